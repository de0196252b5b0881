/**
 * The wire contract: the JSON request, options and decision (see CONTRACT.md).
 * Every amount is a decimal string, every date a `YYYY-MM-DD` string.
 * @module
 */
import type { ClauseId } from "./clauses.js";
import type { MarketplaceAppView, MarketplaceVerdict } from "./model.js";

/**
 * A calendar date `YYYY-MM-DD`, or an ISO 8601 instant with an offset
 * (`2026-06-15T23:30:00-07:00`) read as a date in `account.timeZone`.
 *
 * @example
 * ```ts
 * const start: DateString = "2026-01-01";
 * ```
 */
export type DateString = string;

/**
 * A non-negative decimal string with at most the currency's minor-unit digits.
 *
 * @example
 * ```ts
 * const eur: AmountString = "2388.00";
 * const jpy: AmountString = "1200";
 * ```
 */
export type AmountString = string;

/**
 * What the customer asks for.
 *
 * @example
 * ```ts
 * const action: RefundAction = "migrate_to_on_premise";
 * ```
 */
export type RefundAction =
  | "refund"
  | "cancel"
  | "migrate_to_on_premise"
  | "transfer_credit"
  | "apply_credit_to_invoice"
  | "pay_with_credit";

/**
 * The kinds of item a request can carry; each is handled by one rule module.
 *
 * @example
 * ```ts
 * const type: ItemType = "telephony_credit";
 * ```
 */
export type ItemType = "subscription" | "license_key" | "telephony_credit" | "marketplace_app" | "incurred_charge";

/**
 * One tax paid on an item. `refundable: false` keeps the tax out of any refund.
 *
 * @example
 * ```ts
 * const vat: TaxPaidInput = { code: "DE-VAT", rate: "0.19", amount: "453.72", refundable: true };
 * ```
 */
export interface TaxPaidInput {
  code: string;
  rate?: string;
  amount: AmountString;
  /** Default `true`. */
  refundable?: boolean;
}

/**
 * What was paid for an item: the net amount (after discounts, before tax) and each tax.
 *
 * @example
 * ```ts
 * const paid: PaidInput = { net: "30.00", taxes: [{ code: "VAT", amount: "5.70" }] };
 * ```
 */
export interface PaidInput {
  net: AmountString;
  taxes?: TaxPaidInput[];
}

/**
 * Money already refunded on an item, net and per tax code.
 *
 * @example
 * ```ts
 * const refunded: RefundedInput = { net: "100.00", taxes: [{ code: "DE-VAT", amount: "19.00" }] };
 * ```
 */
export interface RefundedInput {
  net: AmountString;
  taxes?: { code: string; amount: AmountString }[];
}

/**
 * A half-open calendar range `[start, end)`; `end` is the first day no longer paid for.
 *
 * @example
 * ```ts
 * const period: PeriodInput = { start: "2026-01-01", end: "2027-01-01" };
 * ```
 */
export interface PeriodInput {
  start: DateString;
  end: DateString;
}

/**
 * A billing cycle of a subscription.
 *
 * @example
 * ```ts
 * const cycle: BillingCycle = "year";
 * ```
 */
export type BillingCycle = "month" | "quarter" | "year" | "two_years";

/**
 * A commercial (or free/trial) subscription plan for one prepaid period.
 *
 * @example
 * ```ts
 * const sub: SubscriptionInput = {
 *   id: "sub-1", type: "subscription", plan: "professional", cycle: "year",
 *   period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "2388.00" },
 * };
 * ```
 */
export interface SubscriptionInput {
  id: string;
  type: "subscription";
  plan?: string;
  /** Default `true`. */
  commercial?: boolean;
  cycle: BillingCycle;
  period: PeriodInput;
  paid: PaidInput;
  refunded?: RefundedInput;
  /** Default `true`. */
  autoRenew?: boolean;
}

/**
 * A license key for an on-premise product.
 *
 * @example
 * ```ts
 * const key: LicenseKeyInput = { id: "key-1", type: "license_key", product: "business", paid: { net: "1490.00" } };
 * ```
 */
export interface LicenseKeyInput {
  id: string;
  type: "license_key";
  product?: string;
  paid: PaidInput;
  refunded?: RefundedInput;
}

/**
 * The status of an account or of a rented phone number.
 *
 * @example
 * ```ts
 * const status: AccountStatus = "suspended";
 * ```
 */
export type AccountStatus = "active" | "suspended" | "terminated";

/**
 * Prepaid telephony or VoIP credit.
 *
 * @example
 * ```ts
 * const credit: TelephonyCreditInput = { id: "tel-1", type: "telephony_credit", balance: "25.00", purpose: "calls" };
 * ```
 */
export interface TelephonyCreditInput {
  id: string;
  type: "telephony_credit";
  balance: AmountString;
  purpose: "calls" | "number_rental";
  number?: { status: AccountStatus };
}

/**
 * A MarketPlace app bought through the platform; its developer sets the refund terms.
 *
 * @example
 * ```ts
 * const app: MarketplaceAppInput = {
 *   id: "app-1", type: "marketplace_app", appId: "acme.crm-sync",
 *   developer: { name: "Acme", contact: "support@acme.example" },
 *   purchasedOn: "2026-06-01", paid: { net: "30.00" },
 * };
 * ```
 */
export interface MarketplaceAppInput {
  id: string;
  type: "marketplace_app";
  appId: string;
  developer?: { name?: string; contact?: string };
  purchasedOn: DateString;
  period?: PeriodInput;
  paid: PaidInput;
  refunded?: RefundedInput;
}

/**
 * A charge for usage already consumed (calls, SMS, storage...).
 *
 * @example
 * ```ts
 * const sms: IncurredChargeInput = { id: "use-1", type: "incurred_charge", amount: "3.20", incurredOn: "2026-05-31" };
 * ```
 */
export interface IncurredChargeInput {
  id: string;
  type: "incurred_charge";
  description?: string;
  amount: AmountString;
  incurredOn?: DateString;
}

/**
 * Any item of a request.
 *
 * @example
 * ```ts
 * const items: ItemInput[] = [{ id: "key-1", type: "license_key", paid: { net: "10.00" } }];
 * ```
 */
export type ItemInput =
  | SubscriptionInput
  | LicenseKeyInput
  | TelephonyCreditInput
  | MarketplaceAppInput
  | IncurredChargeInput;

/**
 * The state of a cloud-to-on-premise migration.
 *
 * @example
 * ```ts
 * const status: MigrationStatus = "in_progress";
 * ```
 */
export type MigrationStatus = "requested" | "in_progress" | "completed" | "cancelled";

/**
 * The refund request, exactly as CONTRACT.md fixes it.
 *
 * @example
 * ```ts
 * const request: RefundRequest = {
 *   asOf: "2026-06-20",
 *   action: "refund",
 *   account: { id: "acct-42", currency: "EUR" },
 *   items: [{ id: "key-1", type: "license_key", paid: { net: "1490.00" } }],
 * };
 * ```
 */
export interface RefundRequest {
  asOf: DateString;
  action: RefundAction;
  account: {
    id?: string;
    currency: string;
    timeZone?: string;
    status?: AccountStatus;
    overdueInvoices?: { id: string; amount: AmountString; dueOn?: DateString }[];
  };
  migration?: {
    status: MigrationStatus;
    completedOn?: DateString;
    expectedCompletionOn?: DateString;
  };
  items: ItemInput[];
}

/**
 * How a figure is rounded to the currency's minor unit (once, at the end).
 *
 * @example
 * ```ts
 * const mode: RoundingMode = "half_even";
 * ```
 */
export type RoundingMode = "half_up" | "half_even" | "down" | "up";

/**
 * A MarketPlace developer's refund terms, declared as data.
 *
 * - `non_refundable`: never refunded.
 * - `full_within_days`: a full refund up to `days` days after `purchasedOn`.
 * - `prorated`: the unused days of the app's paid period.
 *
 * @example
 * ```ts
 * const terms: MarketplaceTermsInput = { terms: "full_within_days", days: 14 };
 * ```
 */
export type MarketplaceTermsInput =
  | { terms: "non_refundable" }
  | { terms: "full_within_days"; days: number }
  | { terms: "prorated" };

/**
 * A developer's terms as a function (TypeScript API only; JSON options cannot carry it).
 *
 * @example
 * ```ts
 * const goodwill: CustomMarketplaceTerms = {
 *   terms: "custom",
 *   evaluate: (app) => (app.action === "migrate_to_on_premise" ? { outcome: "refund", net: "10.00" } : { outcome: "no_refund" }),
 * };
 * ```
 */
export interface CustomMarketplaceTerms {
  terms: "custom";
  /** Called once per app line; must be pure and return a {@link MarketplaceVerdict}. */
  evaluate: (app: MarketplaceAppView) => MarketplaceVerdict;
}

/**
 * The JSON options: the configurable readings of CLAUSES.md and the developers' terms.
 *
 * @example
 * ```ts
 * const options: RefundOptions = {
 *   rounding: "half_even",
 *   proration: { unit: "day", completionDay: "unused" },
 *   marketplace: { "acme.crm-sync": { terms: "full_within_days", days: 14 } },
 * };
 * ```
 */
export interface RefundOptions {
  rounding?: RoundingMode;
  proration?: {
    unit?: "auto" | "day" | "month";
    completionDay?: "used" | "unused";
  };
  /** The developers' terms, by `appId`. */
  marketplace?: Record<string, MarketplaceTermsInput | CustomMarketplaceTerms>;
}

/**
 * The outcome of one line, or of the whole decision.
 *
 * @example
 * ```ts
 * const outcome: Outcome = "partial_refund";
 * ```
 */
export type Outcome = "refund" | "partial_refund" | "no_refund" | "not_allowed" | "refer_to_developer";

/**
 * Money refunded on one line, or in total. `gross = net + tax`.
 *
 * @example
 * ```ts
 * const refund: RefundAmounts = { net: "1194.00", tax: "226.86", gross: "1420.86", taxes: [{ code: "DE-VAT", amount: "226.86" }] };
 * ```
 */
export interface RefundAmounts {
  net: AmountString;
  tax: AmountString;
  gross: AmountString;
  taxes: { code: string; amount: AmountString }[];
}

/**
 * How a prorated line was counted.
 *
 * @example
 * ```ts
 * const calc: Calculation = { unit: "month", used: 6, unused: 6, total: 12, unusedFrom: "2026-07-01", to: "2027-01-01" };
 * ```
 */
export interface Calculation {
  unit: "day" | "month";
  used: number;
  unused: number;
  total: number;
  /** The first unused day (the period end when nothing is unused). */
  unusedFrom: string;
  /** The period end. */
  to: string;
}

/**
 * Why a line earned what it did, beyond its clause; used by {@link explain}.
 *
 * @example
 * ```ts
 * const reason: LineReason = "not_commercial";
 * ```
 */
export type LineReason =
  | "not_commercial"
  | "migration_cancelled"
  | "no_unused_time"
  | "already_refunded"
  | "outside_refund_window"
  | "within_refund_window"
  | "terms_not_registered"
  | "developer_terms";

/**
 * The decision for one request item.
 *
 * @example
 * ```ts
 * const line: DecisionLine = {
 *   itemId: "key-1", type: "license_key", outcome: "no_refund", clause: "products.non-refundable",
 *   refund: { net: "0.00", tax: "0.00", gross: "0.00", taxes: [] },
 * };
 * ```
 */
export interface DecisionLine {
  itemId: string;
  type: ItemType;
  outcome: Outcome;
  clause: ClauseId;
  refund: RefundAmounts;
  calculation?: Calculation;
  reason?: LineReason;
  /** On `refer_to_developer` lines: whom to contact. */
  developer?: { name?: string; contact?: string };
}

/**
 * A stable notice code; what the policy says beside the money.
 *
 * @example
 * ```ts
 * const code: NoticeCode = "billing.access-may-be-barred";
 * ```
 */
export type NoticeCode =
  | "telephony.may-become-unusable"
  | "telephony.forfeit-on-termination"
  | "billing.access-may-be-barred"
  | "taxes.exclusive"
  | "subscription.auto-renewal-already-off"
  | "migration.cancelled"
  | "migration.refund-after-completion";

/**
 * A notice of the decision.
 *
 * @example
 * ```ts
 * const notice: Notice = { code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination", itemId: "tel-1" };
 * ```
 */
export interface Notice {
  code: NoticeCode;
  clause: ClauseId;
  itemId?: string;
  /** For `telephony.forfeit-on-termination`: what was suspended or terminated. */
  cause?: "account_suspended" | "account_terminated" | "number_suspended" | "number_terminated";
  /** For `billing.access-may-be-barred`: the overdue invoices and their sum. */
  invoiceIds?: string[];
  overdue?: AmountString;
}

/**
 * What should happen next, dated.
 *
 * @example
 * ```ts
 * const effect: Effect = { type: "disable_auto_renewal", itemId: "sub-1", on: "2027-01-01", clause: "subscription.discontinue" };
 * ```
 */
export interface Effect {
  type: "disable_auto_renewal";
  itemId: string;
  /** The period end: the service runs until this day and is not renewed. */
  on: string;
  clause: ClauseId;
}

/**
 * The decision, exactly as CONTRACT.md fixes it: plain JSON.
 *
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * const decision: RefundDecision = evaluateRefund({
 *   asOf: "2026-06-20", action: "refund", account: { currency: "EUR" },
 *   items: [{ id: "key-1", type: "license_key", paid: { net: "1490.00" } }],
 * });
 * decision.outcome; // "no_refund"
 * ```
 */
export interface RefundDecision {
  policy: { id: string; version: string };
  asOf: string;
  action: RefundAction;
  status: "estimate" | "final";
  outcome: Outcome;
  currency: string;
  total: { net: AmountString; tax: AmountString; gross: AmountString };
  lines: DecisionLine[];
  notices: Notice[];
  effects: Effect[];
}
