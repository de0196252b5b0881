import type { ProblemMessageKey } from "../messages.js";

/**
 * The English messages of {@link explainProblems}: built in, complete, and the
 * fallback of every other catalog key by key.
 *
 * @example
 * ```ts
 * import { explainProblems } from "refund-policy";
 * explainProblems([{ path: "asOf", code: "missing", message: "is required" }])[0]?.text;
 * // "Date of the request: This is required."
 * ```
 */
export const enProblems: Record<ProblemMessageKey, string> = {
  "problem.missing": "This is required.",
  "problem.wrong_type": "This has the wrong kind of value.",
  "problem.unknown_value": "This is not one of the accepted values.",
  "problem.unknown_field": "This field is not known here; remove it.",
  "problem.too_long": "This is too long.",
  "problem.invalid_date": "This is not a real calendar date (YYYY-MM-DD).",
  "problem.invalid_amount": "This is not an amount such as 12.30.",
  "problem.too_many_decimals": "This has more decimals than the currency allows.",
  "problem.amount_too_large": "This amount is too large.",
  "problem.invalid_rate": "This rate is not a fraction such as 0.19, or does not match the tax amount.",
  "problem.unknown_currency": "This currency is not supported.",
  "problem.invalid_time_zone": "This is not a known time zone.",
  "problem.duplicate_id": "This id is already used by another entry.",
  "problem.duplicate_tax": "This tax is listed twice.",
  "problem.unknown_tax": "This tax was not paid on the item.",
  "problem.refund_exceeds_paid": "More was refunded than was paid.",
  "problem.invalid_period": "The period must end after it starts.",
  "problem.no_items": "Add at least one item.",
  "problem.too_many_items": "There are too many entries.",
  "problem.not_applicable": "This does not apply to this request.",
  "problem.completed_after_as_of": "The migration cannot complete after the request's date.",
  "problem.invalid_terms_result": "The developer's refund terms gave an answer that cannot be used.",
  "problem.invalid_json": "This is not valid JSON.",
  "problem.wrong_item_type": "This rule module handles another item type.",
  "field.request": "Request",
  "field.options": "Options",
  "field.asOf": "Date of the request",
  "field.action": "Action",
  "field.account": "Account",
  "field.id": "ID",
  "field.currency": "Currency",
  "field.timeZone": "Time zone",
  "field.status": "Status",
  "field.overdueInvoices": "Overdue invoice",
  "field.amount": "Amount",
  "field.migration": "Migration",
  "field.completedOn": "Completion date",
  "field.expectedCompletionOn": "Expected completion date",
  "field.items": "Item",
  "field.type": "Type",
  "field.plan": "Plan",
  "field.cycle": "Billing cycle",
  "field.period": "Period",
  "field.start": "Start",
  "field.end": "End",
  "field.paid": "Paid",
  "field.refunded": "Already refunded",
  "field.net": "Amount before tax",
  "field.taxes": "Tax",
  "field.code": "Code",
  "field.rate": "Rate",
  "field.balance": "Balance",
  "field.developer": "Developer",
  "field.name": "Name",
  "field.contact": "Contact",
  "field.purchasedOn": "Purchase date",
  "field.incurredOn": "Date incurred",
  "field.rounding": "Rounding",
  "field.proration": "Proration",
  "field.marketplace": "MarketPlace",
  "field.terms": "Terms",
  "field.item": "{field} {number}",
  "problem.text": "{field}: {message}",
  "field.path": "{parent} › {field}",
};
