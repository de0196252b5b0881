/**
 * `refund-policy/testing`: builders that make a consumer's test read in one line
 * what it sets up, and a checker that a decision keeps the contract.
 *
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * import { migrationRequest, subscription, assertDecision } from "refund-policy/testing";
 *
 * const decision = assertDecision(evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00" }))));
 * decision.total.net; // "1194.00"
 * ```
 * @module
 */
import { CLAUSES } from "../clauses.js";
import { currencyDigits } from "../money/currencies.js";
import { decimalShape } from "../money/decimal-string.js";
import { Money } from "../money/money.js";
import type {
  BillingCycle,
  IncurredChargeInput,
  ItemInput,
  LicenseKeyInput,
  MarketplaceAppInput,
  RefundAction,
  RefundDecision,
  RefundRequest,
  RefundedInput,
  SubscriptionInput,
  TaxPaidInput,
  TelephonyCreditInput,
} from "../types.js";

/**
 * Shorthands every paid item builder takes: `net` and `taxes` fill `paid`.
 *
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

const OUTCOMES = ["refund", "partial_refund", "no_refund", "not_allowed", "refer_to_developer"];

/**
 * Every way a decision breaks the contract: amounts with the currency's digits,
 * lines and totals that add up to the cent, outcomes that follow from the lines,
 * clauses that exist, `used + unused = total`. An empty list means it keeps it.
 *
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * import { checkDecision, request } from "refund-policy/testing";
 * checkDecision(evaluateRefund(request())); // []
 * ```
 */
export function checkDecision(decision: RefundDecision): string[] {
  const problems: string[] = [];
  const digits = currencyDigits(decision.currency);
  if (digits === undefined) return [`currency "${decision.currency}" is not an ISO 4217 currency`];
  const money = (value: string, where: string): Money => {
    if (decimalShape(value)?.decimals !== digits) {
      problems.push(`${where}: "${value}" is not an amount with exactly ${digits} decimals`);
      return Money.zero;
    }
    return Money.parse(value);
  };
  const clauses: readonly string[] = CLAUSES;
  let net = Money.zero;
  let tax = Money.zero;
  decision.lines.forEach((line, index) => {
    const at = `lines[${index}]`;
    const lineNet = money(line.refund.net, `${at}.refund.net`);
    const lineTax = money(line.refund.tax, `${at}.refund.tax`);
    const taxes = Money.sum(line.refund.taxes.map((entry, i) => money(entry.amount, `${at}.refund.taxes[${i}]`)));
    if (!taxes.equals(lineTax)) problems.push(`${at}: the taxes do not add up to refund.tax`);
    if (!lineNet.plus(lineTax).equals(money(line.refund.gross, `${at}.refund.gross`))) problems.push(`${at}: net + tax is not gross`);
    if (!clauses.includes(line.clause)) problems.push(`${at}: unknown clause "${line.clause}"`);
    if (!OUTCOMES.includes(line.outcome)) problems.push(`${at}: unknown outcome "${line.outcome}"`);
    const paysNothing = lineNet.plus(lineTax).isZero();
    if ((line.outcome === "refund" || line.outcome === "partial_refund") === paysNothing) {
      problems.push(`${at}: outcome "${line.outcome}" does not match a gross of ${line.refund.gross}`);
    }
    const calc = line.calculation;
    if (calc && (calc.used + calc.unused !== calc.total || calc.used < 0 || calc.unused < 0)) problems.push(`${at}: used + unused is not total`);
    net = net.plus(lineNet);
    tax = tax.plus(lineTax);
  });
  if (!net.equals(money(decision.total.net, "total.net"))) problems.push("total.net is not the sum of the lines");
  if (!tax.equals(money(decision.total.tax, "total.tax"))) problems.push("total.tax is not the sum of the lines");
  if (!net.plus(tax).equals(money(decision.total.gross, "total.gross"))) problems.push("total.gross is not net + tax");
  for (const [i, entry] of [...decision.notices, ...decision.effects].entries()) {
    if (!clauses.includes(entry.clause)) problems.push(`notices/effects[${i}]: unknown clause "${entry.clause}"`);
  }
  const zero = net.plus(tax).isZero();
  const expected = !zero
    ? decision.lines.every((line) => line.outcome === "refund")
      ? "refund"
      : "partial_refund"
    : decision.lines.every((line) => line.outcome === "not_allowed")
      ? "not_allowed"
      : decision.lines.some((line) => line.outcome === "refer_to_developer")
        ? "refer_to_developer"
        : "no_refund";
  if (decision.outcome !== expected) problems.push(`outcome is "${decision.outcome}" but the lines make it "${expected}"`);
  return problems;
}

/**
 * Throws if the decision breaks the contract (see {@link checkDecision}); returns it otherwise.
 *
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * import { assertDecision, request } from "refund-policy/testing";
 * const decision = assertDecision(evaluateRefund(request()));
 * ```
 */
export function assertDecision(decision: RefundDecision): RefundDecision {
  const problems = checkDecision(decision);
  if (problems.length > 0) throw new Error(`The decision breaks the refund-policy contract:\n- ${problems.join("\n- ")}`);
  return decision;
}
