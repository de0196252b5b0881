/**
 * The wire contract, request side: the JSON a caller sends. Every amount is a
 * decimal string, every date a `YYYY-MM-DD` string or an RFC 3339 instant.
 * @module
 */

/**
 * A calendar date `YYYY-MM-DD`, or an RFC 3339 instant with an offset
 * (`2026-06-15T23:30:00-07:00`, `2026-06-15 23:30:00.123456-07`) read as a date
 * in `account.timeZone`.
 *
 * @example
 * ```ts
 * const start: DateString = "2026-01-01";
 * ```
 */
export type DateString = string;

/**
 * A non-negative decimal string with at most the currency's minor-unit digits,
 * not counting trailing zeros (`"2388.0000"` is EUR 2388.00). A decision writes
 * exactly the minor-unit digits.
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
