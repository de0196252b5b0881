import type { Messages } from "../messages.js";

/**
 * The Brazilian Portuguese messages of {@link explain} (missing keys fall back to English).
 *
 * @example
 * ```ts
 * import { explain } from "refund-policy";
 * declare const decision: Parameters<typeof explain>[0];
 * explain(decision, { locale: "pt-BR" }).summary;
 * ```
 */
export const ptBR: Messages = {
  "summary.refund": "Reembolso de {gross} ({status}).",
  "summary.partial_refund": "Reembolso parcial de {gross} ({status}).",
  "summary.no_refund": "Sem reembolso ({status}).",
  "summary.not_allowed": "Não permitido ({status}).",
  "summary.refer_to_developer": "A plataforma não reembolsa; o desenvolvedor do app decide ({status}).",
  "status.estimate": "estimativa: o valor final é calculado após a conclusão da migração",
  "status.final": "final",
  "line.refund": "{item}: {gross} reembolsado ({net} líquido + {tax} impostos).",
  "line.partial_refund": "{item}: {gross} reembolsado ({net} líquido + {tax} impostos).",
  "line.no_refund": "{item}: sem reembolso.",
  "line.not_allowed": "{item}: não permitido.",
  "line.refer_to_developer": "{item}: o reembolso cabe ao desenvolvedor do app, {developer}.",
  "line.calculation": "{unused} de {total} {unit} não usados, de {from} até {to}.",
  "type.subscription": "Assinatura {id}",
  "type.license_key": "Chave de licença {id}",
  "type.telephony_credit": "Crédito de telefonia {id}",
  "type.marketplace_app": "App do MarketPlace {id}",
  "type.incurred_charge": "Cobrança {id}",
  "clause.products.non-refundable": "Assinaturas e chaves de licença não são reembolsáveis.",
  "clause.charges.incurred": "Cobranças já incorridas são devidas e não reembolsadas.",
  "clause.telephony.no-cash-value": "Crédito de telefonia pré-pago não tem valor em dinheiro e não é reembolsado.",
  "clause.telephony.non-transferable": "O crédito de telefonia não pode ser transferido, abater faturas nem pagar outros serviços.",
  "clause.telephony.forfeit-on-termination": "O crédito restante pode ficar inutilizável se a conta ou o número forem suspensos ou encerrados.",
  "clause.marketplace.developer-policy": "Apps do MarketPlace seguem as condições de reembolso do seu desenvolvedor.",
  "clause.taxes.exclusive": "As tarifas não incluem impostos; cada imposto é discriminado.",
  "clause.billing.non-payment": "Em caso de falta de pagamento, o acesso ao serviço em nuvem pode ser bloqueado imediatamente.",
  "clause.subscription.discontinue": "Desativar a renovação automática encerra a assinatura; o período atual não é reembolsado.",
  "clause.migration.partial-refund": "Migrar para uma cópia local reembolsa a parte não usada de uma assinatura comercial.",
  "reason.not_commercial": "Só assinaturas comerciais pagas recebem reembolso na migração.",
  "reason.migration_cancelled": "A migração foi cancelada; nada é reembolsado.",
  "reason.no_unused_time": "Não resta tempo não usado no período pago.",
  "reason.already_refunded": "O valor devido já foi reembolsado.",
  "reason.outside_refund_window": "O prazo de reembolso do desenvolvedor terminou.",
  "reason.within_refund_window": "Dentro do prazo de reembolso do desenvolvedor.",
  "reason.terms_not_registered": "Fale com o desenvolvedor: {contact}.",
  "reason.developer_terms": "Conforme as condições do desenvolvedor.",
  "notice.telephony.may-become-unusable": "{item}: o crédito pode ficar inutilizável quando a conta em nuvem for encerrada.",
  "notice.telephony.forfeit-on-termination": "{item}: o crédito pode estar inutilizável porque {cause}; não é reembolsado.",
  "notice.billing.access-may-be-barred": "Faturas vencidas ({invoices}, {overdue}): o acesso ao serviço em nuvem pode ser bloqueado imediatamente.",
  "notice.taxes.exclusive": "Os valores são líquidos; cada imposto aparece separado.",
  "notice.subscription.auto-renewal-already-off": "{item}: a renovação automática já está desativada.",
  "notice.migration.cancelled": "A migração foi cancelada.",
  "notice.migration.refund-after-completion": "Esta é uma estimativa: o reembolso final é calculado e pago após a conclusão da migração.",
  "notice.request.fields-ignored": "Campos que o contrato não tem foram ignorados: {paths}.",
  "cause.account_suspended": "a conta está suspensa",
  "cause.account_terminated": "a conta está encerrada",
  "cause.number_suspended": "o número está suspenso",
  "cause.number_terminated": "o número está encerrado",
  "effect.disable_auto_renewal": "{item}: a renovação automática é desativada; o serviço segue até {date}.",
  "unit.day.one": "dia",
  "unit.day.other": "dias",
  "unit.month.one": "mês",
  "unit.month.other": "meses",
};
