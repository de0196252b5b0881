import type { Messages } from "../messages.js";

/**
 * The Spanish messages of {@link explain} (missing keys fall back to English).
 *
 * @example
 * ```ts
 * import { explain } from "refund-policy";
 * declare const decision: Parameters<typeof explain>[0];
 * explain(decision, { locale: "es" }).summary;
 * ```
 */
export const es: Messages = {
  "summary.refund": "Reembolso de {gross} ({status}).",
  "summary.partial_refund": "Reembolso parcial de {gross} ({status}).",
  "summary.no_refund": "Sin reembolso ({status}).",
  "summary.not_allowed": "No permitido ({status}).",
  "summary.refer_to_developer": "La plataforma no reembolsa; decide el desarrollador de la app ({status}).",
  "status.estimate": "estimación: el importe final se calcula cuando termine la migración",
  "status.final": "definitivo",
  "line.refund": "{item}: {gross} reembolsado ({net} neto + {tax} impuestos).",
  "line.partial_refund": "{item}: {gross} reembolsado ({net} neto + {tax} impuestos).",
  "line.no_refund": "{item}: sin reembolso.",
  "line.not_allowed": "{item}: no permitido.",
  "line.refer_to_developer": "{item}: el reembolso depende del desarrollador de la app, {developer}.",
  "line.calculation": "{unused} de {total} {unit} sin usar, del {from} al {to}.",
  "type.subscription": "Suscripción {id}",
  "type.license_key": "Clave de licencia {id}",
  "type.telephony_credit": "Crédito de telefonía {id}",
  "type.marketplace_app": "App de MarketPlace {id}",
  "type.incurred_charge": "Cargo {id}",
  "clause.products.non-refundable": "Las suscripciones y las claves de licencia no son reembolsables.",
  "clause.charges.incurred": "Los cargos ya incurridos se deben y no se reembolsan.",
  "clause.telephony.no-cash-value": "El crédito de telefonía prepagado no tiene valor en efectivo y no se reembolsa.",
  "clause.telephony.non-transferable": "El crédito de telefonía no se puede transferir, aplicar a facturas ni usar para pagar otros servicios.",
  "clause.telephony.forfeit-on-termination": "El crédito restante puede quedar inutilizable si la cuenta o el número se suspenden o cancelan.",
  "clause.marketplace.developer-policy": "Las apps de MarketPlace siguen las condiciones de reembolso de su desarrollador.",
  "clause.taxes.exclusive": "Las tarifas no incluyen impuestos; cada impuesto se detalla.",
  "clause.billing.non-payment": "Ante la falta de pago, el acceso al servicio en la nube puede bloquearse de inmediato.",
  "clause.subscription.discontinue": "Desactivar la renovación automática da de baja la suscripción; el periodo actual no se reembolsa.",
  "clause.migration.partial-refund": "Migrar a una copia local reembolsa la parte no usada de una suscripción comercial.",
  "reason.not_commercial": "Solo las suscripciones comerciales pagadas reciben reembolso al migrar.",
  "reason.migration_cancelled": "La migración se canceló; no se reembolsa nada.",
  "reason.no_unused_time": "No queda tiempo sin usar en el periodo pagado.",
  "reason.already_refunded": "Lo que corresponde ya fue reembolsado.",
  "reason.outside_refund_window": "El plazo de reembolso del desarrollador ha vencido.",
  "reason.within_refund_window": "Dentro del plazo de reembolso del desarrollador.",
  "reason.terms_not_registered": "Contacte al desarrollador: {contact}.",
  "reason.developer_terms": "Según las condiciones del desarrollador.",
  "notice.telephony.may-become-unusable": "{item}: el crédito puede quedar inutilizable al cerrar la cuenta en la nube.",
  "notice.telephony.forfeit-on-termination": "{item}: el crédito puede ser inutilizable porque {cause}; no se reembolsa.",
  "notice.billing.access-may-be-barred": "Facturas vencidas ({invoices}, {overdue}): el acceso al servicio en la nube puede bloquearse de inmediato.",
  "notice.taxes.exclusive": "Los importes son netos; cada impuesto figura por separado.",
  "notice.subscription.auto-renewal-already-off": "{item}: la renovación automática ya está desactivada.",
  "notice.migration.cancelled": "La migración se canceló.",
  "notice.migration.refund-after-completion": "Es una estimación: el reembolso final se calcula y paga cuando termine la migración.",
  "notice.request.fields-ignored": "Se ignoraron campos que el contrato no tiene: {paths}.",
  "cause.account_suspended": "la cuenta está suspendida",
  "cause.account_terminated": "la cuenta está cancelada",
  "cause.number_suspended": "el número está suspendido",
  "cause.number_terminated": "el número está cancelado",
  "effect.disable_auto_renewal": "{item}: se desactiva la renovación automática; el servicio sigue hasta el {date}.",
  "unit.day.one": "día",
  "unit.day.other": "días",
  "unit.month.one": "mes",
  "unit.month.other": "meses",
};
