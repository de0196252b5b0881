/**
 * Random whole accounts for the reference comparison: 1 to 8 items of every type, every action and
 * migration status, every option, earlier refunds (with their taxes, an empty list, or none given),
 * instants with and without the account's zone, 0/2/3-digit currencies in either letter case, whole
 * periods, stubs and periods longer than their cycle (every cycle, half-year too), MarketPlace
 * purchases around asOf, zero-net apps with a levy, and items with labels and refs.
 * Requests are valid most of the time; the bad inputs of readings 11 and 17 (and a refunded tax never
 * paid) come at a low rate. A case is plain data (printable as a counterexample); custom MarketPlace
 * terms are data too and become functions in `buildOptions`.
 */
import fc from "fast-check";
import { later, monthBoundary, plusDays } from "./calendar.js";
import { formatMinor, parseMinor } from "./money.js";
import type { AppView } from "./types.js";

const CURRENCIES = [["EUR", 2], ["USD", 2], ["JPY", 0], ["KRW", 0], ["KWD", 3], ["BHD", 3]] as const;
const ZONES = [
  "UTC", "Europe/Berlin", "Europe/Dublin", "America/Los_Angeles", "America/St_Johns", "America/Sao_Paulo", "Asia/Kathmandu",
  "Asia/Tokyo", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Apia", "Pacific/Kiritimati",
  "Pacific/Pago_Pago", "Pacific/Marquesas", "Africa/Casablanca", "Etc/GMT+12", "Asia/Tehran",
] as const;
const APP_IDS = ["acme.crm", "beta.forms", "gamma.sms", "delta.chat", "eps.docs"] as const;
const FIRST_DAY = Date.UTC(2024, 0, 1) / 86_400_000;

/** A verdict a custom evaluator gives, per status it is told. */
export type CustomVerdict = "no_refund" | "refer" | "full" | "half" | "zero" | "too_much";
export type TermsSpec =
  | { terms: "non_refundable" }
  | { terms: "full_within_days"; days: number }
  | { terms: "prorated" }
  | { terms: "custom"; estimate: CustomVerdict; final: CustomVerdict };

export interface AccountCase {
  request: Record<string, unknown>;
  options: { rounding?: string; proration?: Record<string, string>; marketplace?: Record<string, TermsSpec> };
}

const dayNumber = (n: number) => new Date((FIRST_DAY + n) * 86_400_000).toISOString().slice(0, 10);

const pad = (n: number) => String(n).padStart(2, "0");
const offsetText = fc.oneof(
  fc.constantFrom("Z", "+00:00"),
  fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => {
    const minutes = Math.abs(q) * 15;
    return `${q < 0 ? "-" : "+"}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }),
);

/**
 * A date field: the date, or (sometimes) an instant with an offset near it. Rarely, one of the other
 * forms databases print (CONTRACT.md): a space or a lower-case "t" for the "T", a lower-case "z", or
 * more than nine fractional digits.
 */
const dateField = (date: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 40, arbitrary: fc.constant(date) },
    {
      weight: 7,
      arbitrary: fc
        .record({
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          second: fc.integer({ min: 0, max: 59 }),
          fraction: fc.integer({ min: 0, max: 9 }),
          offset: offsetText,
          form: fc.oneof({ weight: 30, arbitrary: fc.constant("rfc3339") }, { weight: 1, arbitrary: fc.constantFrom("space", "lower_t", "lower_z", "long_fraction") }),
        })
        .map(({ hour, minute, second, fraction, offset, form }) => {
          const digits = form === "long_fraction" ? 12 : fraction;
          const frac = digits === 0 ? "" : `.${"7".repeat(digits)}`;
          const separator = form === "space" ? " " : form === "lower_t" ? "t" : "T";
          const zone = form === "lower_z" ? "z" : offset;
          return `${date}${separator}${pad(hour)}:${pad(minute)}:${pad(second)}${frac}${zone}`;
        }),
    },
  );

const amount = (digits: number, max: bigint) => fc.bigInt({ min: 0n, max }).map((m) => formatMinor(m, digits));

/** Taxes of a payment of `net` minor units: with a rate that agrees (reading 17), without one, or (rarely) a wrong one. */
const taxes = (net: bigint, digits: number) =>
  fc.array(
    fc.record({
      perMille: fc.integer({ min: 0, max: 270 }),
      withRate: fc.oneof({ weight: 40, arbitrary: fc.constant("agrees") }, { weight: 20, arbitrary: fc.constant("none") }, { weight: 1, arbitrary: fc.constantFrom("off_by_one", "wrong", "percent") }),
      refundable: fc.oneof({ weight: 4, arbitrary: fc.constant<boolean | undefined>(undefined) }, { weight: 3, arbitrary: fc.boolean() }),
    }),
    { maxLength: 2 },
  ).map((list) =>
    list.map(({ perMille, withRate, refundable }, i) => {
      const exact = (net * BigInt(perMille)) / 1000n;
      const tax: Record<string, unknown> = { code: `T${i}`, amount: formatMinor(exact, digits) };
      const rate = `0.${String(perMille).padStart(3, "0")}`;
      if (withRate === "agrees") tax.rate = rate;
      if (withRate === "off_by_one") Object.assign(tax, { rate, amount: formatMinor(exact + 1n, digits) });
      if (withRate === "wrong") Object.assign(tax, { rate, amount: formatMinor(exact + 2n + net / 50n, digits) });
      if (withRate === "percent") tax.rate = String(Math.max(1, Math.round(perMille / 10)));
      if (refundable !== undefined) tax.refundable = refundable;
      return tax;
    }),
  );

/**
 * paid + refunded of an item: net, taxes, and an earlier refund of part of them, recorded with its
 * taxes, with an empty list (no tax refunded), or without a list (reading 2: bad input when a
 * refundable tax was paid). A zero net sometimes carries a levy (reading 21).
 */
const payment = (digits: number, positive: boolean) =>
  // Small nets too, where a prorated figure rounds to zero.
  fc.oneof(
    { weight: 5, arbitrary: fc.bigInt({ min: positive ? 1n : 0n, max: 10n ** BigInt(digits + 4) }) },
    { weight: 2, arbitrary: fc.bigInt({ min: positive ? 1n : 0n, max: 40n }) },
  ).chain((net) =>
    fc.record({
      taxes: taxes(net, digits),
      levy: net === 0n ? fc.option(fc.bigInt({ min: 0n, max: 10n ** BigInt(digits + 2) }), { freq: 2, nil: undefined }) : fc.constant(undefined),
      refundedPerMille: fc.oneof({ weight: 3, arbitrary: fc.constant(-1) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 1000 }) }),
      refundedTaxes: fc.oneof({ weight: 8, arbitrary: fc.constant("listed") }, { weight: 1, arbitrary: fc.constantFrom("empty", "absent") }),
      strayTax: fc.integer({ min: 0, max: 150 }),
    }).map(({ taxes: generated, levy, refundedPerMille, refundedTaxes: recorded, strayTax }) => {
      const paidTaxes = levy === undefined ? generated : [...generated, { code: "LEVY", amount: formatMinor(levy, digits) }];
      const out: Record<string, unknown> = { paid: paidTaxes.length > 0 ? { net: formatMinor(net, digits), taxes: paidTaxes } : { net: formatMinor(net, digits) } };
      if (refundedPerMille >= 0) {
        const part = (m: bigint) => formatMinor((m * BigInt(refundedPerMille)) / 1000n, digits);
        const refundedTaxes = paidTaxes.map((t) => ({ code: t.code, amount: part(parseMinor(String(t.amount), digits)!) }));
        if (strayTax === 0) refundedTaxes.push({ code: "NEVER-PAID", amount: formatMinor(0n, digits) });
        if (recorded === "listed") out.refunded = { net: part(net), taxes: refundedTaxes };
        else if (recorded === "empty") out.refunded = { net: part(net), taxes: [] };
        else out.refunded = { net: part(net) };
      }
      return out;
    }),
  );

const CYCLE_MONTHS = { month: 1, quarter: 3, half_year: 6, year: 12, two_years: 24 } as const;

/** What the customer sees and the caller's own string, on some items. */
const caption = fc.record(
  { label: fc.constantFrom("Professional plan, 2026", "Téléphonie — crédit", "Ключ лицензии"), ref: fc.constantFrom("il_1", "inv-7/2", "") },
  { requiredKeys: [] },
);

const item = (digits: number, asOfDay: number, id = "x") =>
  fc.oneof(
    fc.record({
      cycle: fc.constantFrom("month", "quarter", "half_year", "year", "two_years"),
      // Mostly the period running on asOf (at any point of it), sometimes one long over or not yet begun.
      position: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 1000 }) }, { weight: 1, arbitrary: fc.integer({ min: -200, max: 3000 }) }),
      // Days off start + the cycle's months: 0 a whole period; below 0 a stub; 1–3 a stub the anniversary
      // grace lets through; more, longer than the cycle (reading 20).
      irregular: fc.oneof(
        { weight: 10, arbitrary: fc.constant(0) },
        { weight: 3, arbitrary: fc.integer({ min: -400, max: -1 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) },
        { weight: 1, arbitrary: fc.integer({ min: 4, max: 400 }) },
      ),
      commercial: fc.constantFrom<boolean | undefined>(undefined, undefined, true, false),
      autoRenew: fc.constantFrom<boolean | undefined>(undefined, true, false),
      pay: payment(digits, false),
    }).chain(({ cycle, position, irregular, commercial, autoRenew, pay }) => {
      const start = dayNumber(asOfDay - Math.round((position * CYCLE_MONTHS[cycle] * 30.4) / 1000));
      const whole = monthBoundary(start, CYCLE_MONTHS[cycle]);
      const end = irregular === 0 ? whole : later(plusDays(whole, irregular), plusDays(start, 1));
      return fc.record({ start: dateField(start), end: dateField(end) }).map((period) => {
        const sub: Record<string, unknown> = { id, type: "subscription", plan: "professional", cycle, period, ...pay };
        if (commercial !== undefined) sub.commercial = commercial;
        if (autoRenew !== undefined) sub.autoRenew = autoRenew;
        return sub;
      });
    }),
    payment(digits, true).map((pay) => ({ id, type: "license_key", product: "business", ...pay })),
    fc.record({
      balance: amount(digits, 10n ** 6n),
      purpose: fc.constantFrom("calls", "number_rental"),
      number: fc.constantFrom(undefined, "active", "suspended", "terminated"),
    }).map(({ balance, purpose, number }) => (number === undefined ? { id, type: "telephony_credit", balance, purpose } : { id, type: "telephony_credit", balance, purpose, number: { status: number } })),
    fc.record({
      appId: fc.constantFrom(...APP_IDS),
      developer: fc.constantFrom(undefined, { name: "Acme" }, { name: "Acme", contact: "support@acme.example" }),
      // Mostly before asOf, often around it, sometimes after it (reading 18: bad input).
      purchased: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: -90, max: 0 }) }, { weight: 6, arbitrary: fc.integer({ min: -2, max: 2 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 10 }) }),
      periodStart: fc.integer({ min: -60, max: 10 }),
      periodDays: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 400 }) }, { weight: 1, arbitrary: fc.constant(0) }),
      pay: fc.oneof({ weight: 5, arbitrary: payment(digits, true) }, { weight: 1, arbitrary: payment(digits, false) }),
    }).chain(({ appId, developer, purchased, periodStart, periodDays, pay }) =>
      fc.record({
        purchasedOn: dateField(dayNumber(asOfDay + purchased)),
        start: dateField(dayNumber(asOfDay + periodStart)),
        end: dateField(dayNumber(asOfDay + periodStart + periodDays)),
      }).map(({ purchasedOn, start, end }) => {
        const app: Record<string, unknown> = { id, type: "marketplace_app", appId, purchasedOn, ...pay };
        if (developer !== undefined) app.developer = developer;
        if (periodDays > 0) app.period = { start, end };
        return app;
      }),
    ),
    fc.record({ amountText: amount(digits, 10n ** 5n), incurred: fc.option(fc.integer({ min: -60, max: 0 }), { nil: undefined }) }).map(({ amountText, incurred }) =>
      incurred === undefined
        ? { id, type: "incurred_charge", description: "SMS", amount: amountText }
        : { id, type: "incurred_charge", description: "SMS", amount: amountText, incurredOn: dayNumber(asOfDay + incurred) },
    ),
  );

const verdict: fc.Arbitrary<CustomVerdict> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom<CustomVerdict>("no_refund", "refer", "full", "half", "zero") },
  { weight: 1, arbitrary: fc.constant<CustomVerdict>("too_much") },
);

const termsSpec: fc.Arbitrary<TermsSpec | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant({ terms: "non_refundable" as const }),
  fc.integer({ min: 0, max: 60 }).map((days) => ({ terms: "full_within_days" as const, days })),
  fc.constant({ terms: "prorated" as const }),
  fc.record({ estimate: verdict, final: verdict }).map((v) => ({ terms: "custom" as const, ...v })),
);

const ACTIONS = fc.oneof(
  { weight: 8, arbitrary: fc.constant("migrate_to_on_premise") },
  { weight: 3, arbitrary: fc.constantFrom("refund", "cancel") },
  { weight: 2, arbitrary: fc.constantFrom("transfer_credit", "apply_credit_to_invoice", "pay_with_credit") },
);

/** A whole account and its options. */
export const accountCase: fc.Arbitrary<AccountCase> = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    // Without a zone now and then: an instant then needs one (reading 19).
    zone: fc.option(fc.constantFrom(...ZONES), { freq: 10, nil: undefined }),
    status: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.constantFrom("active", "suspended", "terminated") }),
    asOfDay: fc.integer({ min: 0, max: 5 * 365 }),
    action: ACTIONS,
    migrationStatus: fc.constantFrom("requested", "in_progress", "completed", "cancelled"),
    completedBack: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 500 }) }),
    expected: fc.option(fc.integer({ min: -60, max: 90 }), { nil: undefined }),
    addTelephony: fc.oneof({ weight: 12, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    options: fc.record(
      {
        rounding: fc.constantFrom("half_up", "half_even", "down", "up"),
        unit: fc.constantFrom("auto", "day", "month"),
        completionDay: fc.constantFrom("used", "unused"),
        terms: fc.tuple(...APP_IDS.map(() => termsSpec)),
      },
      { requiredKeys: ["terms"] },
    ),
    invoices: fc.array(fc.record({ amountMinor: fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 100_000n })), due: fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }) }), { maxLength: 3 }),
  })
  .chain((c) => {
    const [currency, digits] = c.currency;
    const asOf = dayNumber(c.asOfDay);
    return fc.record({
      items: fc
        .array(fc.tuple(item(digits, c.asOfDay), fc.option(caption, { freq: 3, nil: undefined })), { minLength: 1, maxLength: 8 })
        .map((list) => list.map(([it, shown], i) => ({ ...it, ...shown, id: `i${i}` }))),
      currencyCase: fc.oneof({ weight: 6, arbitrary: fc.constant("upper") }, { weight: 1, arbitrary: fc.constant("lower") }),
      asOfField: dateField(asOf),
      completedOn: dateField(dayNumber(c.asOfDay - c.completedBack)),
      expectedOn: c.expected === undefined ? fc.constant(undefined) : dateField(dayNumber(c.asOfDay + c.expected)),
      dueOns: fc.tuple(...c.invoices.map((inv) => (inv.due === undefined ? fc.constant(undefined) : dateField(dayNumber(c.asOfDay + inv.due))))),
    }).map(({ items, currencyCase, asOfField, completedOn, expectedOn, dueOns }): AccountCase => {
      const account: Record<string, unknown> = { id: "acct", currency: currencyCase === "lower" ? currency.toLowerCase() : currency };
      if (c.zone !== undefined) account.timeZone = c.zone;
      if (c.status !== undefined) account.status = c.status;
      if (c.invoices.length > 0) {
        account.overdueInvoices = c.invoices.map((inv, i) => {
          const due = dueOns[i];
          const invoice: Record<string, unknown> = { id: `inv-${i}`, amount: formatMinor(inv.amountMinor, digits) };
          if (due !== undefined) invoice.dueOn = due;
          return invoice;
        });
      }
      const list: Record<string, unknown>[] = [...items];
      const credit = ["transfer_credit", "apply_credit_to_invoice", "pay_with_credit"].includes(c.action);
      if (credit && c.addTelephony && !list.some((i) => i.type === "telephony_credit")) {
        list.push({ id: "tel-0", type: "telephony_credit", balance: formatMinor(2500n, digits), purpose: "calls" });
      }
      const request: Record<string, unknown> = { asOf: asOfField, action: c.action, account, items: list };
      if (c.action === "migrate_to_on_premise") {
        const migration: Record<string, unknown> = { status: c.migrationStatus };
        if (c.migrationStatus === "completed") migration.completedOn = completedOn;
        if (expectedOn !== undefined) migration.expectedCompletionOn = expectedOn;
        request.migration = migration;
      }
      const options: AccountCase["options"] = {};
      if (c.options.rounding !== undefined) options.rounding = c.options.rounding;
      const proration: Record<string, string> = {};
      if (c.options.unit !== undefined) proration.unit = c.options.unit;
      if (c.options.completionDay !== undefined) proration.completionDay = c.options.completionDay;
      if (Object.keys(proration).length > 0) options.proration = proration;
      const marketplace: Record<string, TermsSpec> = {};
      c.options.terms.forEach((terms, i) => {
        if (terms !== undefined) marketplace[APP_IDS[i]!] = terms;
      });
      if (Object.keys(marketplace).length > 0) options.marketplace = marketplace;
      return { request, options };
    });
  });

/** A custom evaluator's call, as the test records it. */
export interface CustomCall {
  appId: string;
  action: string;
  referenceDay: string;
  status: unknown;
}

/** The options object both evaluators get: custom terms become recording functions. */
export function buildOptions(spec: AccountCase["options"], digits: number, calls: CustomCall[]): Record<string, unknown> {
  const { marketplace, ...rest } = spec;
  if (marketplace === undefined) return { ...rest };
  const built: Record<string, unknown> = {};
  for (const [appId, terms] of Object.entries(marketplace)) {
    if (terms.terms !== "custom") {
      built[appId] = terms;
      continue;
    }
    built[appId] = {
      terms: "custom",
      evaluate: (view: AppView) => {
        calls.push({ appId, action: view.action, referenceDay: view.referenceDay, status: view.status });
        const kind = view.status === "estimate" ? terms.estimate : terms.final;
        const paid = parseMinor(view.paidNet, digits) ?? 0n;
        if (kind === "no_refund") return { outcome: "no_refund" };
        if (kind === "refer") return { outcome: "refer_to_developer" };
        const net = kind === "full" ? paid : kind === "half" ? paid / 2n : kind === "zero" ? 0n : paid + 1n;
        return { outcome: "refund", net: formatMinor(net, digits) };
      },
    };
  }
  return { ...rest, marketplace: built };
}
