import type { MessageKey } from "../messages.js";

/**
 * The English messages of {@link explain}.
 *
 * @example
 * ```ts
 * import { explain } from "refund-policy";
 * declare const decision: Parameters<typeof explain>[0];
 * explain(decision, { locale: "en" }).summary;
 * ```
 */
export const en: Record<MessageKey, string> = {
  "summary.refund": "Refund of {gross} ({status}).",
  "summary.partial_refund": "Partial refund of {gross} ({status}).",
  "summary.no_refund": "No refund ({status}).",
  "summary.not_allowed": "Not allowed ({status}).",
  "summary.refer_to_developer": "No refund from the platform; the app developer decides ({status}).",
  "status.estimate": "estimate: the final amount is computed after the migration completes",
  "status.final": "final",
  "line.refund": "{item}: {gross} refunded ({net} net + {tax} tax).",
  "line.partial_refund": "{item}: {gross} refunded ({net} net + {tax} tax).",
  "line.no_refund": "{item}: no refund.",
  "line.not_allowed": "{item}: not allowed.",
  "line.refer_to_developer": "{item}: the refund is up to the app developer, {developer}.",
  "line.calculation": "{unused} of {total} {unit} unused, from {from} until {to}.",
  "type.subscription": "Subscription {id}",
  "type.license_key": "License key {id}",
  "type.telephony_credit": "Telephony credit {id}",
  "type.marketplace_app": "MarketPlace app {id}",
  "type.incurred_charge": "Charge {id}",
  "clause.products.non-refundable": "Subscriptions and license keys are non-refundable.",
  "clause.charges.incurred": "Charges already incurred are owed and not refunded.",
  "clause.telephony.no-cash-value": "Prepaid telephony credit has no cash value and is not refunded.",
  "clause.telephony.non-transferable": "Telephony credit cannot be transferred, settle invoices or pay for other services.",
  "clause.telephony.forfeit-on-termination": "Remaining telephony credit may become unusable if the account or number is suspended or terminated.",
  "clause.marketplace.developer-policy": "MarketPlace apps follow their developer's refund terms.",
  "clause.taxes.exclusive": "Fees exclude taxes; each tax is itemized.",
  "clause.billing.non-payment": "On non-payment, access to the cloud service may be barred at once.",
  "clause.subscription.discontinue": "Turning automatic renewal off discontinues the subscription; the current period is not refunded.",
  "clause.migration.partial-refund": "Migrating to an on-premise copy refunds the unused part of a commercial subscription.",
  "reason.not_commercial": "Only paid commercial subscriptions earn a refund on migration.",
  "reason.migration_cancelled": "The migration was cancelled, so nothing is refunded.",
  "reason.no_unused_time": "No unused time is left in the paid period.",
  "reason.already_refunded": "What this earns was already refunded.",
  "reason.outside_refund_window": "The developer's refund window has passed.",
  "reason.within_refund_window": "Within the developer's refund window.",
  "reason.terms_not_registered": "Contact the developer: {contact}.",
  "reason.developer_terms": "As the developer's terms say.",
  "notice.telephony.may-become-unusable": "{item}: the credit may become unusable once the cloud account is closed.",
  "notice.telephony.forfeit-on-termination": "{item}: the credit may be unusable because {cause}; it is not refunded.",
  "notice.billing.access-may-be-barred": "Overdue invoices ({invoices}, {overdue}): access to the cloud service may be barred at once.",
  "notice.taxes.exclusive": "Amounts are net of tax; each tax is listed separately.",
  "notice.subscription.auto-renewal-already-off": "{item}: automatic renewal is already off.",
  "notice.migration.cancelled": "The migration was cancelled.",
  "notice.migration.refund-after-completion": "This is an estimate: the final refund is computed and paid after the migration completes.",
  "cause.account_suspended": "the account is suspended",
  "cause.account_terminated": "the account is terminated",
  "cause.number_suspended": "the phone number is suspended",
  "cause.number_terminated": "the phone number is terminated",
  "effect.disable_auto_renewal": "{item}: automatic renewal is turned off; the service runs until {date}.",
  "unit.day.zero": "days",
  "unit.day.one": "day",
  "unit.day.two": "days",
  "unit.day.few": "days",
  "unit.day.many": "days",
  "unit.day.other": "days",
  "unit.month.zero": "months",
  "unit.month.one": "month",
  "unit.month.two": "months",
  "unit.month.few": "months",
  "unit.month.many": "months",
  "unit.month.other": "months",
};
