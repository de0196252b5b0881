import type { Messages } from "../messages.js";

/**
 * The Russian messages of {@link explain} (missing keys fall back to English).
 *
 * @example
 * ```ts
 * import { explain } from "refund-policy";
 * declare const decision: Parameters<typeof explain>[0];
 * explain(decision, { locale: "ru" }).summary;
 * ```
 */
export const ru: Messages = {
  "summary.refund": "Возврат {gross} ({status}).",
  "summary.partial_refund": "Частичный возврат {gross} ({status}).",
  "summary.no_refund": "Без возврата ({status}).",
  "summary.not_allowed": "Не допускается ({status}).",
  "summary.refer_to_developer": "Платформа не возвращает средства; решает разработчик приложения ({status}).",
  "status.estimate": "предварительно: окончательная сумма рассчитывается после завершения миграции",
  "status.final": "окончательно",
  "line.refund": "{item}: возврат {gross} ({net} без налога + {tax} налог).",
  "line.partial_refund": "{item}: возврат {gross} ({net} без налога + {tax} налог).",
  "line.no_refund": "{item}: без возврата.",
  "line.not_allowed": "{item}: не допускается.",
  "line.refer_to_developer": "{item}: о возврате решает разработчик приложения, {developer}.",
  "line.calculation": "Не использовано {unused} из {total} {unit}, с {from} по {to}.",
  "type.subscription": "Подписка {id}",
  "type.license_key": "Лицензионный ключ {id}",
  "type.telephony_credit": "Баланс телефонии {id}",
  "type.marketplace_app": "Приложение MarketPlace {id}",
  "type.incurred_charge": "Начисление {id}",
  "clause.products.non-refundable": "Подписки и лицензионные ключи возврату не подлежат.",
  "clause.charges.incurred": "Уже начисленные платежи подлежат оплате и не возвращаются.",
  "clause.telephony.no-cash-value": "Предоплаченный баланс телефонии не имеет денежной стоимости и не возвращается.",
  "clause.telephony.non-transferable": "Баланс телефонии нельзя перевести, зачесть в счета или использовать для оплаты других услуг.",
  "clause.telephony.forfeit-on-termination": "Остаток баланса может стать недоступным при блокировке или закрытии аккаунта или номера.",
  "clause.marketplace.developer-policy": "Для приложений MarketPlace действуют условия возврата их разработчика.",
  "clause.taxes.exclusive": "Цены указаны без налогов; каждый налог указан отдельно.",
  "clause.billing.non-payment": "При неоплате доступ к облачному сервису может быть закрыт немедленно.",
  "clause.subscription.discontinue": "Отключение автопродления прекращает подписку; текущий период не возвращается.",
  "clause.migration.partial-refund": "При переходе на коробочную версию возвращается неиспользованная часть коммерческой подписки.",
  "reason.not_commercial": "При миграции возврат положен только за оплаченные коммерческие подписки.",
  "reason.migration_cancelled": "Миграция отменена; возврата нет.",
  "reason.no_unused_time": "В оплаченном периоде не осталось неиспользованного времени.",
  "reason.already_refunded": "Причитающаяся сумма уже возвращена.",
  "reason.outside_refund_window": "Срок возврата, установленный разработчиком, истёк.",
  "reason.within_refund_window": "В пределах срока возврата, установленного разработчиком.",
  "reason.terms_not_registered": "Обратитесь к разработчику: {contact}.",
  "reason.developer_terms": "По условиям разработчика.",
  "notice.telephony.may-become-unusable": "{item}: баланс может стать недоступным после закрытия облачного аккаунта.",
  "notice.telephony.forfeit-on-termination": "{item}: баланс может быть недоступен, так как {cause}; он не возвращается.",
  "notice.billing.access-may-be-barred": "Просроченные счета ({invoices}, {overdue}): доступ к облачному сервису может быть закрыт немедленно.",
  "notice.taxes.exclusive": "Суммы указаны без налогов; каждый налог указан отдельно.",
  "notice.subscription.auto-renewal-already-off": "{item}: автопродление уже отключено.",
  "notice.migration.cancelled": "Миграция отменена.",
  "notice.migration.refund-after-completion": "Это предварительный расчёт: окончательный возврат рассчитывается и выплачивается после завершения миграции.",
  "notice.request.fields-ignored": "Поля, которых нет в контракте, пропущены: {paths}.",
  "cause.account_suspended": "аккаунт заблокирован",
  "cause.account_terminated": "аккаунт закрыт",
  "cause.number_suspended": "номер заблокирован",
  "cause.number_terminated": "номер отключён",
  "effect.disable_auto_renewal": "{item}: автопродление отключается; сервис работает до {date}.",
  "unit.day.one": "дня",
  "unit.day.few": "дней",
  "unit.day.many": "дней",
  "unit.day.other": "дня",
  "unit.month.one": "месяца",
  "unit.month.few": "месяцев",
  "unit.month.many": "месяцев",
  "unit.month.other": "месяца",
};
