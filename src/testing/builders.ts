import type {
  BillingCycle,
  IncurredChargeInput,
  ItemInput,
  LicenseKeyInput,
  MarketplaceAppInput,
  RefundAction,
  RefundedInput,
  RefundRequest,
  SubscriptionInput,
  TaxPaidInput,
  TelephonyCreditInput,
} from "../contract/request.js";

/**
 * Shorthands every paid item builder takes: `net` and `taxes` fill `paid`.
 *
 * @category Testing
 * @example
 * ```ts
 * const paid: PaidShorthand = { net: "100.00", taxes: [tax("VAT", "19.00")] };
 * ```
 */
export interface PaidShorthand {
  net?: string;
  taxes?: TaxPaidInput[];
}

/**
 * A tax line: `tax("DE-VAT", "19.00")`, optionally not refundable.
 *
 * @category Testing
 * @example
 * ```ts
 * import { tax } from "refund-policy/testing";
 * tax("DE-VAT", "453.72", { rate: "0.19" }); // { code: "DE-VAT", amount: "453.72", rate: "0.19" }
 * ```
 */
export function tax(code: string, amount: string, extra: { rate?: string; refundable?: boolean } = {}): TaxPaidInput {
  return { code, amount, ...extra };
}

/**
 * A subscription: by default `sub-1`, yearly, 2026-01-01 to 2027-01-01, 1200.00 net paid.
 *
 * @category Testing
 * @example
 * ```ts
 * import { subscription } from "refund-policy/testing";
 * subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "49.00" });
 * ```
 */
export function subscription(
  overrides: Partial<Omit<SubscriptionInput, "type">> & PaidShorthand & { start?: string; end?: string; cycle?: BillingCycle } = {},
): SubscriptionInput {
  const { net, taxes, start, end, ...rest } = overrides;
  return {
    id: "sub-1",
    type: "subscription",
    plan: "professional",
    cycle: "year",
    ...rest,
    period: rest.period ?? { start: start ?? "2026-01-01", end: end ?? "2027-01-01" },
    paid: rest.paid ?? paidOf(net ?? "1200.00", taxes),
  };
}

/**
 * A license key: by default `key-1`, 1490.00 net paid.
 *
 * @category Testing
 * @example
 * ```ts
 * import { licenseKey } from "refund-policy/testing";
 * licenseKey({ net: "99.00" });
 * ```
 */
export function licenseKey(overrides: Partial<Omit<LicenseKeyInput, "type">> & PaidShorthand = {}): LicenseKeyInput {
  const { net, taxes, ...rest } = overrides;
  return { id: "key-1", type: "license_key", product: "on-premise-business", ...rest, paid: rest.paid ?? paidOf(net ?? "1490.00", taxes) };
}

/**
 * Telephony credit: by default `tel-1`, 25.00 for calls.
 *
 * @category Testing
 * @example
 * ```ts
 * import { telephonyCredit } from "refund-policy/testing";
 * telephonyCredit({ purpose: "number_rental", number: { status: "suspended" } });
 * ```
 */
export function telephonyCredit(overrides: Partial<Omit<TelephonyCreditInput, "type">> = {}): TelephonyCreditInput {
  return { id: "tel-1", type: "telephony_credit", balance: "25.00", purpose: "calls", ...overrides };
}

/**
 * A MarketPlace app: by default `app-1`, `acme.crm-sync`, bought 2026-06-01 for 30.00 net.
 *
 * @category Testing
 * @example
 * ```ts
 * import { marketplaceApp } from "refund-policy/testing";
 * marketplaceApp({ appId: "beta.forms", start: "2026-06-01", end: "2026-07-01" });
 * ```
 */
export function marketplaceApp(
  overrides: Partial<Omit<MarketplaceAppInput, "type">> & PaidShorthand & { start?: string; end?: string } = {},
): MarketplaceAppInput {
  const { net, taxes, start, end, ...rest } = overrides;
  const app: MarketplaceAppInput = {
    id: "app-1",
    type: "marketplace_app",
    appId: "acme.crm-sync",
    developer: { name: "Acme", contact: "support@acme.example" },
    purchasedOn: "2026-06-01",
    ...rest,
    paid: rest.paid ?? paidOf(net ?? "30.00", taxes),
  };
  if (start !== undefined && end !== undefined) app.period = { start, end };
  return app;
}

/**
 * An incurred charge: by default `use-1`, 3.20.
 *
 * @category Testing
 * @example
 * ```ts
 * import { incurredCharge } from "refund-policy/testing";
 * incurredCharge({ amount: "10.00" });
 * ```
 */
export function incurredCharge(overrides: Partial<Omit<IncurredChargeInput, "type">> = {}): IncurredChargeInput {
  return { id: "use-1", type: "incurred_charge", description: "SMS", amount: "3.20", ...overrides };
}

/**
 * Money already refunded on an item.
 *
 * @category Testing
 * @example
 * ```ts
 * import { refunded, subscription } from "refund-policy/testing";
 * subscription({ refunded: refunded("100.00", { "DE-VAT": "19.00" }) });
 * ```
 */
export function refunded(net: string, taxes: Record<string, string> = {}): RefundedInput {
  return { net, taxes: Object.entries(taxes).map(([code, amount]) => ({ code, amount })) };
}

function paidOf(net: string, taxes: TaxPaidInput[] | undefined): SubscriptionInput["paid"] {
  return taxes === undefined ? { net } : { net, taxes };
}

/**
 * A request: by default `asOf` 2026-06-20, a `refund` in EUR for account `acct-1`,
 * with the items given (a default subscription when none).
 *
 * @category Testing
 * @example
 * ```ts
 * import { request, licenseKey } from "refund-policy/testing";
 * request({ action: "refund", currency: "USD" }, licenseKey());
 * ```
 */
export function request(
  overrides: Partial<Omit<RefundRequest, "items">> & { currency?: string } = {},
  ...items: ItemInput[]
): RefundRequest {
  const { currency, account, ...rest } = overrides;
  return {
    asOf: "2026-06-20",
    action: "refund" satisfies RefundAction,
    ...rest,
    account: { id: "acct-1", currency: currency ?? account?.currency ?? "EUR", ...account, ...(currency ? { currency } : {}) },
    items: items.length > 0 ? items : [subscription()],
  };
}

/**
 * A migration request: completed on `completedOn` (final), else in progress with
 * `expectedOn` (an estimate), else cancelled with `cancelled: true`.
 *
 * @category Testing
 * @example
 * ```ts
 * import { migrationRequest, subscription } from "refund-policy/testing";
 * migrationRequest({ expectedOn: "2026-06-30" }, subscription());
 * ```
 */
export function migrationRequest(
  when: { completedOn?: string; expectedOn?: string; cancelled?: boolean; asOf?: string; currency?: string },
  ...items: ItemInput[]
): RefundRequest {
  const migration: NonNullable<RefundRequest["migration"]> = when.cancelled
    ? { status: "cancelled" }
    : when.completedOn !== undefined
      ? { status: "completed", completedOn: when.completedOn }
      : { status: "in_progress", ...(when.expectedOn === undefined ? {} : { expectedCompletionOn: when.expectedOn }) };
  const base = request({ action: "migrate_to_on_premise", migration, ...(when.currency ? { currency: when.currency } : {}) }, ...items);
  if (when.asOf !== undefined) base.asOf = when.asOf;
  return base;
}
