/**
 * The typed, normalized request the rule modules work on: amounts are {@link Money},
 * dates are {@link CalendarDate}, defaults are filled in.
 * @module
 */
import type { CalendarDate } from "./calendar/calendar-date.js";
import type { Money } from "./money/money.js";
import type { MarketplaceAppView, MarketplaceVerdict, RoundingMode } from "./contract/options.js";
import type { AccountStatus, BillingCycle, MarketplaceAppInput, MigrationStatus, RefundAction } from "./contract/request.js";

/**
 * A tax paid on an item.
 *
 * @example
 * ```ts
 * const vat: TaxPaid = { code: "DE-VAT", amount: Money.parse("19.00"), refundable: true };
 * ```
 */
export interface TaxPaid {
  readonly code: string;
  readonly amount: Money;
  readonly refundable: boolean;
  /** The rate the request gave, in canonical decimal form (`"0.190"` is `"0.19"`); decision lines carry it. */
  readonly rate?: string;
}

/**
 * What was paid for an item, and what of it was already refunded.
 *
 * @example
 * ```ts
 * const payment: Payment = {
 *   net: Money.parse("100.00"), taxes: [],
 *   refundedNet: Money.zero, refundedTaxes: new Map(),
 * };
 * ```
 */
export interface Payment {
  readonly net: Money;
  readonly taxes: readonly TaxPaid[];
  readonly refundedNet: Money;
  /** Already refunded, by tax code. */
  readonly refundedTaxes: ReadonlyMap<string, Money>;
}

/**
 * A half-open range of calendar dates `[start, end)`.
 *
 * @example
 * ```ts
 * const period: Period = { start: parseCalendarDate("2026-01-01")!, end: parseCalendarDate("2027-01-01")! };
 * ```
 */
export interface Period {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/**
 * The item's caption as the request gave it: the customer's `label` and the caller's `ref`
 * (each absent when not given), echoed on the item's decision line.
 *
 * @example
 * ```ts
 * const caption: Caption = { label: "Professional plan, 2026" };
 * ```
 */
export interface Caption {
  readonly label?: string;
  readonly ref?: string;
}

/**
 * A normalized subscription.
 *
 * @example
 * ```ts
 * declare const sub: Subscription;
 * sub.commercial; // defaults to true
 * ```
 */
export interface Subscription extends Caption {
  readonly type: "subscription";
  readonly id: string;
  readonly commercial: boolean;
  readonly cycle: BillingCycle;
  readonly period: Period;
  readonly payment: Payment;
  readonly autoRenew: boolean;
}

/**
 * A normalized license key.
 *
 * @example
 * ```ts
 * declare const key: LicenseKey;
 * key.payment.net.format(2);
 * ```
 */
export interface LicenseKey extends Caption {
  readonly type: "license_key";
  readonly id: string;
  readonly payment: Payment;
}

/**
 * Normalized telephony credit.
 *
 * @example
 * ```ts
 * declare const credit: TelephonyCredit;
 * credit.numberStatus; // "active" when not given
 * ```
 */
export interface TelephonyCredit extends Caption {
  readonly type: "telephony_credit";
  readonly id: string;
  readonly balance: Money;
  readonly purpose: "calls" | "number_rental";
  readonly numberStatus: AccountStatus;
}

/**
 * A developer's terms as they apply to one app: the registered terms, where
 * prorated terms carry the app's paid period they are counted over.
 *
 * @example
 * ```ts
 * declare const app: MarketplaceApp;
 * if (app.terms?.terms === "prorated") app.terms.period.end;
 * ```
 */
export type AppTerms =
  | Exclude<MarketplaceTerms, { readonly terms: "prorated" }>
  | { readonly terms: "prorated"; readonly period: Period };

/**
 * A normalized MarketPlace app. `terms` are its developer's registered terms
 * (absent: none registered); `input` is the item as the request gave it, for a
 * developer's custom terms.
 *
 * @example
 * ```ts
 * declare const app: MarketplaceApp;
 * app.appId; // "acme.crm-sync"
 * ```
 */
export interface MarketplaceApp extends Caption {
  readonly type: "marketplace_app";
  readonly id: string;
  readonly appId: string;
  readonly developer: { readonly name?: string; readonly contact?: string };
  readonly purchasedOn: CalendarDate;
  readonly payment: Payment;
  readonly terms: AppTerms | undefined;
  readonly input: Readonly<MarketplaceAppInput>;
}

/**
 * A normalized incurred charge.
 *
 * @example
 * ```ts
 * declare const charge: IncurredCharge;
 * charge.amount.format(2);
 * ```
 */
export interface IncurredCharge extends Caption {
  readonly type: "incurred_charge";
  readonly id: string;
  readonly amount: Money;
}

/**
 * Every normalized item, by its `type`.
 *
 * @example
 * ```ts
 * type Key = ItemsByType["license_key"]; // LicenseKey
 * ```
 */
export interface ItemsByType {
  subscription: Subscription;
  license_key: LicenseKey;
  telephony_credit: TelephonyCredit;
  marketplace_app: MarketplaceApp;
  incurred_charge: IncurredCharge;
}

/**
 * Any normalized item.
 *
 * @example
 * ```ts
 * declare const item: Item;
 * if (item.type === "subscription") item.period;
 * ```
 */
export type Item = ItemsByType[keyof ItemsByType];

/**
 * An overdue invoice on the account.
 *
 * @example
 * ```ts
 * const invoice: OverdueInvoice = { id: "inv-7", amount: Money.parse("49.00"), dueOn: undefined };
 * ```
 */
export interface OverdueInvoice {
  readonly id: string;
  readonly amount: Money;
  readonly dueOn: CalendarDate | undefined;
}

/**
 * The account a request is about.
 *
 * @example
 * ```ts
 * declare const account: Account;
 * account.digits; // 2 for EUR
 * ```
 */
export interface Account {
  readonly currency: string;
  /** The currency's ISO 4217 minor-unit digits. */
  readonly digits: number;
  readonly status: AccountStatus;
  readonly overdueInvoices: readonly OverdueInvoice[];
}

/**
 * The migration of a request, with the day its refund is computed for.
 *
 * @example
 * ```ts
 * declare const migration: Migration;
 * migration.final; // true once completed, and for a cancelled migration too
 * ```
 */
export interface Migration {
  readonly status: MigrationStatus;
  /** The completion day (final), else the later of the expected completion day and `asOf` (estimate). */
  readonly referenceDay: CalendarDate;
  /** `false` while the migration is requested or in progress (an estimate); `true` once it completed, and for a cancelled one (either way the decision is final). */
  readonly final: boolean;
}

/**
 * The normalized request.
 *
 * @example
 * ```ts
 * declare const request: NormalizedRequest;
 * request.items.length;
 * ```
 */
export interface NormalizedRequest {
  readonly asOf: CalendarDate;
  readonly action: RefundAction;
  readonly account: Account;
  readonly migration: Migration | undefined;
  readonly items: readonly Item[];
  /** Paths of the fields the contract does not have, read past under `unknownFields: "ignore"`. */
  readonly ignoredFields: readonly string[];
}

/**
 * A developer's terms: the declarative JSON terms, or (TypeScript API) a custom evaluator.
 *
 * @example
 * ```ts
 * const terms: MarketplaceTerms = { terms: "prorated" };
 * ```
 */
export type MarketplaceTerms =
  | { readonly terms: "non_refundable" }
  | { readonly terms: "full_within_days"; readonly days: number }
  | { readonly terms: "prorated" }
  | {
      readonly terms: "custom";
      /** Called once per app line; must be pure. */
      readonly evaluate: (app: MarketplaceAppView) => MarketplaceVerdict;
    };

/**
 * The normalized options: the configurable readings, with defaults filled in.
 *
 * @example
 * ```ts
 * declare const options: NormalizedOptions;
 * options.rounding; // "half_up" by default
 * ```
 */
export interface NormalizedOptions {
  readonly rounding: RoundingMode;
  readonly unit: "auto" | "day" | "month";
  readonly completionDay: "used" | "unused";
  readonly marketplace: ReadonlyMap<string, MarketplaceTerms>;
  /** What a field the contract does not have does to a request: refuses it (default), or is ignored. */
  readonly unknownFields: "refuse" | "ignore";
  /** The date that picks a history's version: `asOf`, the earliest purchase, or a given day. */
  readonly versionDate: "asOf" | "purchase" | CalendarDate;
  /** The digest of these options, as the decision carries it (`policy.options`). */
  readonly digest: string;
}
