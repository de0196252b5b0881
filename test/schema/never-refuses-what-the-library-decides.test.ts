import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeEvaluateRefund, type RefundRequest } from "../../src/index.js";
import { incurredCharge, licenseKey, marketplaceApp, migrationRequest, refunded, request, subscription, tax, telephonyCredit } from "../../src/testing/index.js";
import { validateOptions, validateRequest, verdict } from "./schemas.js";

// The law of the published schemas (CONTRACT.md): a schema never refuses what the library decides.
// The library may refuse more (2026-02-30, digits past a currency's minor unit, duplicate ids).

const counts = { decided: 0, refused: 0 };
/** Runs per law: ten times the suite's setting (200; fewer under mutation testing, FC_RUNS). */
const runs = 10 * (fc.readConfigureGlobal().numRuns ?? 100);

/** If the library decides `input` (under `options`), the schemas accept both. */
function lawHolds(input: unknown, options?: unknown): void {
  const result = safeEvaluateRefund(input, options);
  if (!result.ok) {
    counts.refused++;
    return;
  }
  counts.decided++;
  expect(verdict(validateRequest, input), JSON.stringify(input)).toEqual({ accepted: true, errors: [] });
  if (options !== undefined) expect(verdict(validateOptions, options), JSON.stringify(options)).toEqual({ accepted: true, errors: [] });
}

const valid = fc.constantFrom<RefundRequest>(
  migrationRequest(
    { completedOn: "2026-06-15" },
    subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72", { rate: "0.19" })], refunded: refunded("0.00", { "DE-VAT": "0.00" }) }),
    licenseKey(),
    telephonyCredit({ number: { status: "active" } }),
    marketplaceApp(),
    incurredCharge({ incurredOn: "2026-05-31" }),
  ),
  migrationRequest({ expectedOn: "2026-06-30", currency: "JPY" }, subscription({ net: "12000", cycle: "month", start: "2026-06-01", end: "2026-07-01" })),
  request({ action: "cancel", account: { currency: "KWD", status: "suspended", timeZone: "Asia/Kuwait", overdueInvoices: [{ id: "i", amount: "1.000", dueOn: "2026-05-01" }] } }, subscription({ net: "10.000" }), telephonyCredit({ balance: "1.000" })),
  request({ action: "transfer_credit" }, telephonyCredit()),
  request({}, marketplaceApp({ start: "2026-06-01", end: "2026-07-01" })),
);

/** Values near the edges of each wire form, and plain junk. */
const junk = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(null, "", " ", 0, -1, 1.5, true, [], {}),
  // amounts
  fc.constantFrom("0", "0.00", "1.000", "2388.0000", "1200", "-0", "-1.00", "01", "1.", ".5", "1e3", "1,00", " 1.00", "1.00 ", "١٢٣", "9".repeat(25)),
  // dates and instants
  fc.constantFrom(
    "2026-06-15",
    "2026-02-30",
    "2026-6-15",
    "2026-06-15T10:00:00Z",
    "2026-06-15t10:00:00z",
    "2026-06-15 10:00:00+02:00",
    "2026-06-15T10:00:00.123456789012Z",
    "2026-06-15T10:00Z",
    "2026-06-15T10:00:00+0200",
    "2026-06-15T24:00:00Z",
    "2026-06-15T10:00:00",
    "20260615",
  ),
  // codes, enums, zones
  fc.constantFrom("EUR", "eur", "XAU", "JPY", "refund", "cancel", "gift_card", "subscription", "license_key", "completed", "in_progress", "calls", "month", "Europe/Berlin", "Mars/Olympus"),
  fc.dictionary(fc.constantFrom("x", "net", "status", "__proto__"), fc.jsonValue(), { maxKeys: 3 }),
);

/** Every path of a JSON value, as key lists. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string, unknown>)[key], [...prefix, key]))];
}

/** A copy of `base` with the value at `path` replaced, removed, or a new field `extra` added beside it. */
function breakAt(base: unknown, path: (string | number)[], replacement: unknown, how: "replace" | "remove" | "add"): unknown {
  if (path.length === 0) return how === "replace" ? replacement : base;
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (how === "remove") {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else if (how === "add") {
    if (!Array.isArray(node)) Object.defineProperty(node, "extra", { value: replacement, enumerable: true, writable: true, configurable: true });
  } else {
    Object.defineProperty(node, last, { value: replacement, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

const how = fc.constantFrom("replace" as const, "remove" as const, "add" as const);

describe("the request schema never refuses a request the library decides", () => {
  it("holds for arbitrary JSON requests and options", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.option(fc.jsonValue(), { nil: undefined }), (input, options) => lawHolds(input, options)),
      { numRuns: Math.ceil(runs / 4) },
    );
  });

  it("holds for valid requests with one to three fields replaced, removed or added", () => {
    fc.assert(
      fc.property(valid, fc.array(fc.tuple(fc.nat(), junk, how), { minLength: 1, maxLength: 3 }), (base, breaks) => {
        let input: unknown = base;
        for (const [pick, replacement, change] of breaks) {
          const all = paths(input);
          input = breakAt(input, all[pick % all.length]!, replacement, change);
        }
        lawHolds(input);
      }),
      { numRuns: runs },
    );
  });

  it("holds for valid options with a field replaced or removed", () => {
    const base = { rounding: "half_even", proration: { unit: "day", completionDay: "unused" }, marketplace: { "acme.crm-sync": { terms: "full_within_days", days: 14 } } };
    const optionJunk = fc.oneof(junk, fc.constantFrom("half_up", "down", "up", "auto", "month", "used", "prorated", "non_refundable", "custom", 0, 3660, 3661, 14.5));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), optionJunk, how), { minLength: 1, maxLength: 2 }), (breaks) => {
        let options: unknown = base;
        for (const [pick, replacement, change] of breaks) {
          const all = paths(options);
          options = breakAt(options, all[pick % all.length]!, replacement, change);
        }
        lawHolds(request({}, marketplaceApp()), options);
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
  });

  it("exercised both sides: some broken requests were decided and some refused", () => {
    console.log(`schema law: ${counts.decided} broken requests decided (and accepted by the schemas), ${counts.refused} refused by the library`);
    expect(counts.decided).toBeGreaterThan(runs / 10);
    expect(counts.refused).toBeGreaterThan(runs / 10);
  });
});

describe("the request schema accepts the wire forms of CONTRACT.md", () => {
  it.each([
    "2026-06-20",
    "2026-06-20T10:00:00Z",
    "2026-06-20t10:00:00z",
    "2026-06-20 03:00:00+02:00",
    "2026-06-20T10:00:00.123456789012-07:00",
    "2026-06-20T10:00Z",
    "2026-06-20T10:00:00+0200",
  ])("the date %s", (asOf) => {
    expect(verdict(validateRequest, { ...request(), asOf })).toEqual({ accepted: true, errors: [] });
  });

  it.each(["0", "0.00", "2388.0000", "1200", "12.5"])("the amount %s", (net) => {
    expect(verdict(validateRequest, request({}, licenseKey({ net })))).toEqual({ accepted: true, errors: [] });
  });

  it("an unknown extra field anywhere (the library's unknownFields option may ignore them)", () => {
    const input = { ...request({}, { ...licenseKey(), note: "x" } as never), trace: "abc", account: { currency: "EUR", crmId: 7 } };
    expect(verdict(validateRequest, input)).toEqual({ accepted: true, errors: [] });
  });

  /** A request with every optional field present, each path of which may be given as null. */
  const full = {
    asOf: "2026-06-20",
    action: "migrate_to_on_premise",
    account: { id: "a", currency: "EUR", timeZone: "Europe/Berlin", status: "active", overdueInvoices: [{ id: "i", amount: "1.00", dueOn: "2026-05-01" }] },
    migration: { status: "in_progress", expectedCompletionOn: "2026-06-30" },
    items: [
      {
        id: "s", type: "subscription", plan: "p", commercial: true, cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" },
        paid: { net: "1.00", taxes: [{ code: "V", rate: "0.19", amount: "0.19", refundable: true }] },
        refunded: { net: "0.00", taxes: [{ code: "V", amount: "0.00" }] }, autoRenew: true,
      },
      { id: "k", type: "license_key", product: "p", paid: { net: "1.00" }, refunded: { net: "0.00" } },
      { id: "t", type: "telephony_credit", balance: "1.00", purpose: "calls", number: { status: "active" } },
      { id: "m", type: "marketplace_app", appId: "x", developer: { name: "n", contact: "c" }, purchasedOn: "2026-06-01", period: { start: "2026-06-01", end: "2026-07-01" }, paid: { net: "1.00" }, refunded: { net: "0.00" } },
      { id: "u", type: "incurred_charge", description: "d", amount: "1.00", incurredOn: "2026-05-31" },
    ],
  };
  const optional = [
    "account.id", "account.timeZone", "account.status", "account.overdueInvoices", "account.overdueInvoices.0.dueOn",
    "migration.completedOn", "migration.expectedCompletionOn",
    "items.0.plan", "items.0.commercial", "items.0.paid.taxes", "items.0.paid.taxes.0.rate", "items.0.paid.taxes.0.refundable",
    "items.0.refunded", "items.0.refunded.taxes", "items.0.autoRenew",
    "items.1.product", "items.1.refunded",
    "items.2.number",
    "items.3.developer", "items.3.developer.name", "items.3.developer.contact", "items.3.period", "items.3.refunded",
    "items.4.description", "items.4.incurredOn",
  ];

  it("the full request itself, which the library decides", () => {
    expect(safeEvaluateRefund(full).ok).toBe(true);
    expect(verdict(validateRequest, full)).toEqual({ accepted: true, errors: [] });
  });

  it.each(optional)("null for the optional field %s (read as absent)", (path) => {
    const input = breakAt(full, path.split("."), null, "replace");
    expect(verdict(validateRequest, input)).toEqual({ accepted: true, errors: [] });
  });

  it("null for the migration of an action that is not a migration", () => {
    expect(verdict(validateRequest, { ...request(), migration: null })).toEqual({ accepted: true, errors: [] });
  });

  it("null for every optional option", () => {
    const options = { rounding: null, proration: { unit: null, completionDay: null }, marketplace: null };
    expect(verdict(validateOptions, options)).toEqual({ accepted: true, errors: [] });
    expect(verdict(validateOptions, { proration: null })).toEqual({ accepted: true, errors: [] });
  });
});
