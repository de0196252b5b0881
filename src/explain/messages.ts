import type { ClauseId } from "../clauses.js";
import type { Effect, ForfeitCause, LineReason, NoticeCode, Outcome } from "../contract/decision.js";
import type { ItemType } from "../contract/request.js";
import type { ProblemCode } from "../errors.js";

/**
 * The message keys of {@link explain}. Placeholders in braces (`{gross}`) are filled
 * in; amounts and dates arrive already formatted for the locale. Where a value can be
 * absent (no tax, no developer named, no contact, nothing unused) a variant key says
 * the sentence without it, so no sentence ever has an empty slot. `line.calculation`
 * has `{unused}`, `{total}`, `{unit}` (the unit's word for the total: "6 of 12 months"),
 * `{unusedUnit}` (its word for the unused count: "1 month of 12"), `{from}` and `{to}`,
 * in whatever order the language needs.
 *
 * @category Explain
 * @example
 * ```ts
 * const key: DecisionMessageKey = "summary.partial_refund.taxed";
 * ```
 */
export type DecisionMessageKey =
  | `summary.${Outcome}`
  | `summary.${"refund" | "partial_refund"}.taxed`
  | `status.${"estimate" | "final"}`
  | `line.${Outcome}`
  | `line.${"refund" | "partial_refund"}.taxed`
  | "line.refer_to_developer.named"
  | "line.calculation"
  | "line.calculation.none"
  | `type.${ItemType}`
  | `clause.${ClauseId}`
  | `reason.${LineReason}`
  | "reason.terms_not_registered.no_contact"
  | `notice.${NoticeCode}`
  | "notice.telephony.forfeit-on-termination.no_cause"
  | "notice.billing.access-may-be-barred.no_invoices"
  | `cause.${ForfeitCause}`
  | `effect.${Effect["type"]}`
  | "effect.disable_auto_renewal.migration"
  | `text.${"lines" | "notices" | "effects"}`
  | `unit.${"day" | "month"}.${Intl.LDMLPluralRule}`;

/**
 * The field names {@link explainProblems} knows by name; any other part of a
 * problem's path is shown as it is. An item kind names its own from this list
 * (`labelled` in src/items/), and the English catalog labels every one.
 *
 * @category Explain
 * @example
 * ```ts
 * const field: FieldName = "completedOn";
 * ```
 */
export type FieldName =
  | "request"
  | "options"
  | "asOf"
  | "action"
  | "account"
  | "id"
  | "currency"
  | "timeZone"
  | "status"
  | "overdueInvoices"
  | "amount"
  | "migration"
  | "completedOn"
  | "expectedCompletionOn"
  | "items"
  | "type"
  | "plan"
  | "cycle"
  | "period"
  | "start"
  | "end"
  | "paid"
  | "refunded"
  | "net"
  | "taxes"
  | "code"
  | "rate"
  | "balance"
  | "developer"
  | "name"
  | "contact"
  | "purchasedOn"
  | "incurredOn"
  | "label"
  | "ref"
  | "rounding"
  | "proration"
  | "marketplace"
  | "terms";

/**
 * The message keys of {@link explainProblems}: a sentence per problem code, and a
 * label per known field.
 *
 * @category Explain
 * @example
 * ```ts
 * const key: ProblemMessageKey = "problem.invalid_date";
 * ```
 */
export type ProblemMessageKey = `problem.${ProblemCode}` | "problem.text" | `field.${FieldName}` | "field.item" | "field.path";

/**
 * The message keys of {@link explainSettlement}: the summary, a sentence per step type,
 * a phrase per payment method, a credit note's sentence and the section titles.
 *
 * @category Explain
 * @example
 * ```ts
 * const key: SettlementMessageKey = "settlement.refund_payment";
 * ```
 */
export type SettlementMessageKey =
  | "settlement.summary"
  | "settlement.summary.none"
  | "settlement.refund_payment"
  | "settlement.offset_invoice"
  | "settlement.account_credit"
  | "settlement.out_of_band"
  | "settlement.payment"
  | `settlement.method.${"card" | "direct_debit" | "bank_transfer" | "wallet" | "account_credit" | "other"}`
  | "settlement.credit_note"
  | "settlement.credit_note.taxed"
  | "settlement.text.steps"
  | "settlement.text.credit_notes";

/**
 * Every message key of {@link explain}, {@link explainProblems} and {@link explainSettlement}.
 *
 * @category Explain
 * @example
 * ```ts
 * const key: MessageKey = "summary.partial_refund";
 * ```
 */
export type MessageKey = DecisionMessageKey | ProblemMessageKey | SettlementMessageKey;

/**
 * A locale's messages. A catalog may be partial: a missing key falls back to
 * English.
 *
 * @category Explain
 * @example
 * ```ts
 * const shout: Messages = { "line.no_refund": "{item}: NO REFUND." };
 * ```
 */
export type Messages = Partial<Record<MessageKey, string>>;

/**
 * A language for {@link explain} and {@link explainProblems}: its BCP 47 tag and its
 * messages. English is built in; the others are separate imports, so a bundle
 * carries only the languages it uses (`refund-policy/locale/<tag>`, such as
 * `refund-policy/locale/de`).
 *
 * @category Explain
 * @example
 * ```ts
 * import { explain, type ExplainLocale } from "refund-policy";
 * import { de } from "refund-policy/locale/de";
 * declare const decision: Parameters<typeof explain>[0];
 * const locale: ExplainLocale = de;
 * explain(decision, { locale }).summary;
 * ```
 */
export interface ExplainLocale {
  /** The BCP 47 tag numbers and dates are formatted in, and the catalog reported as used: `"de"`, `"pt-BR"`. */
  readonly code: string;
  /** The catalog; a missing key falls back to English. */
  readonly messages: Messages;
}
