/**
 * The wire contract, request side: the JSON a caller sends. Every amount is a
 * decimal string, every date a `YYYY-MM-DD` string or an RFC 3339 instant.
 * @module
 */

/**
 * A calendar date `YYYY-MM-DD`, or an RFC 3339 instant with an offset
 * (`2026-06-15T23:30:00-07:00`; also `t` or a space for the `T`, `z` for the `Z`,
 * any fractional digits) read as a date in `account.timeZone`.
 * The library also refuses dates that do not exist (`2026-02-30`).
 *
 * @pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?))?$
 * @maxLength 64
 *
 * @example
 * ```ts
 * const start: DateString = "2026-01-01";
 * ```
 */
export type DateString = string;

/**
 * A non-negative decimal string (no sign, exponent or leading zeros). Digits past the
 * currency's minor unit may only be trailing zeros (`"2388.0000"` is `2388.00`).
 *
 * @pattern ^(0|[1-9][0-9]*)(\.[0-9]+)?$
 * @maxLength 64
 *
 * @example
 * ```ts
 * const eur: AmountString = "2388.00";
 * const jpy: AmountString = "1200";
 * ```
 */
export type AmountString = string;

/**
 * An ISO 4217 alphabetic currency code the library supports (every active code; see
 * `supportedCurrencies()`). The published request schema lists them all. A request's code
 * is read in any letter case (Stripe's `"eur"` is `EUR`); a decision writes it upper-case.
 *
 * @example
 * ```ts
 * const currency: CurrencyCode = "EUR";
 * ```
 */
export type CurrencyCode = string;

/**
 * A non-empty identifier (an item's, an invoice's, a tax code, an app id).
 *
 * @minLength 1
 * @maxLength 200
 *
 * @example
 * ```ts
 * const id: Identifier = "sub-1";
 * ```
 */
export type Identifier = string;

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
 * One tax paid on an item. `refundable: false` keeps the tax out of any refund.
 *
 * @example
 * ```ts
 * const vat: TaxPaidInput = { code: "DE-VAT", rate: "0.19", amount: "453.72", refundable: true };
 * ```
 */
export interface TaxPaidInput {
  code: Identifier;
  /**
   * The tax rate as a fraction below 1 written as a decimal string such as `"0.19"`; any
   * number of decimals (`"0.19000000000000"` from a `NUMERIC(p,14)` column is `0.19`), at most
   * 64 characters. When given, the amount must be within one minor unit of net × rate.
   * @pattern ^(0|[1-9][0-9]*)(\.[0-9]+)?$
   * @maxLength 64
   */
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
  /** At most 100. @maxItems 100 */
  taxes?: TaxPaidInput[];
}

/**
 * Money already refunded on an item, net and per tax code. When the item paid a
 * refundable tax, `taxes` is required (zero amounts allowed): an earlier refund that
 * does not say what tax it carried is bad input (`missing`). A tax the list does not
 * name had nothing refunded.
 *
 * @example
 * ```ts
 * const refunded: RefundedInput = { net: "100.00", taxes: [{ code: "DE-VAT", amount: "19.00" }] };
 * ```
 */
export interface RefundedInput {
  net: AmountString;
  /** At most 100. @maxItems 100 */
  taxes?: { code: Identifier; amount: AmountString }[];
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
export type BillingCycle = "month" | "quarter" | "half_year" | "year" | "two_years";

/**
 * What every item may carry for the people downstream: a `label` the customer sees
 * ("Professional plan, 2026"), which explanations use instead of the id, and a `ref` of
 * the caller's own (an invoice line id), echoed on the item's decision line as it is.
 *
 * @example
 * ```ts
 * const caption: ItemCaption = { label: "Professional plan, 2026", ref: "il_1NvJx2" };
 * ```
 */
export interface ItemCaption {
  /**
   * What the customer sees for the item; 1 to 200 characters.
   * @minLength 1
   * @maxLength 200
   */
  label?: string;
  /**
   * An opaque string of the caller's, echoed on the decision line; at most 200 characters.
   * @maxLength 200
   */
  ref?: string;
}

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
export interface SubscriptionInput extends ItemCaption {
  id: Identifier;
  type: "subscription";
  plan?: string;
  /** Default `true`; a free or trial plan is `false`. */
  commercial?: boolean;
  /** The cycle the period is billed for; a period longer than its cycle (by more than 3 days) is bad input. */
  cycle: BillingCycle;
  period: PeriodInput;
  paid: PaidInput;
  refunded?: RefundedInput;
  /** Whether the subscription renews at the period's end. Default `true`. */
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
export interface LicenseKeyInput extends ItemCaption {
  id: Identifier;
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
export interface TelephonyCreditInput extends ItemCaption {
  id: Identifier;
  type: "telephony_credit";
  balance: AmountString;
  purpose: "calls" | "number_rental";
  /** The rented number's status. */
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
export interface MarketplaceAppInput extends ItemCaption {
  id: Identifier;
  type: "marketplace_app";
  appId: Identifier;
  /** Whom to contact when the developer's terms refer the customer to them. */
  developer?: { name?: string; contact?: string };
  /** Not after `asOf`: a purchase that has not happened yet is bad input. */
  purchasedOn: DateString;
  /** For period-based apps; required when the developer's terms are prorated. */
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
export interface IncurredChargeInput extends ItemCaption {
  id: Identifier;
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
 * The kinds of item a request can carry (the `type` of each {@link ItemInput}); each is
 * handled by one rule module.
 *
 * @example
 * ```ts
 * const type: ItemType = "telephony_credit";
 * ```
 */
export type ItemType = ItemInput["type"];

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
 * The refund request: the JSON a caller sends. An optional field given as `null`
 * is read as absent.
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
  /** The evaluation date; the library reads no clock. */
  asOf: DateString;
  action: RefundAction;
  /** The customer's account. */
  account: {
    id?: string;
    /** Every amount in the request is in this currency. */
    currency: CurrencyCode;
    /** An IANA time zone such as `"Europe/Berlin"`; required when any date of the request is an instant. */
    timeZone?: string;
    /** Default `"active"`. */
    status?: AccountStatus;
    /** Invoices past due on the account (at most 100,000). @maxItems 100000 */
    overdueInvoices?: { id: Identifier; amount: AmountString; dueOn?: DateString }[];
  };
  /** Required when `action` is `"migrate_to_on_premise"`, and only then. */
  migration?: {
    status: MigrationStatus;
    /** Required when the migration is completed. */
    completedOn?: DateString;
    /** Used for estimates while the migration is requested or in progress. */
    expectedCompletionOn?: DateString;
  };
  /**
   * Every item the request is about, at least one (at most 100,000); ids unique.
   * @minItems 1
   * @maxItems 100000
   */
  items: ItemInput[];
}
