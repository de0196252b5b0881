// Behaviour at the edges: every required field, every optional field's type, exact messages, limits,
// anchors of the formats, and the small helpers' branches. Written from the mutation report: each test
// here fails for a mistake a user would feel (a field silently ignored, a limit off by one).
import { describe, expect, it } from "vitest";
import {
  bitrix24Policy,
  CLAUSES,
  definePolicy,
  evaluateRefund,
  explain,
  isRefundPolicyError,
  parseDateField,
  formatCalendarDate,
  policyClauses,
  RefundPolicyError,
  type Problem,
  type RefundRequest,
} from "../src/index.js";
import {
  checkDecision,
  incurredCharge,
  licenseKey,
  marketplaceApp,
  migrationRequest,
  refunded,
  request,
  subscription,
  tax,
  telephonyCredit,
} from "../src/testing/index.js";

function problemsOf(input: unknown, options?: unknown): Problem[] {
  try {
    evaluateRefund(input as RefundRequest, options as never);
  } catch (error) {
    if (!isRefundPolicyError(error)) throw error;
    return [...error.problems];
  }
  throw new Error("expected the request to be refused");
}

/** A request using every field of the contract, valid. */
const full = (): RefundRequest => ({
  asOf: "2026-06-20",
  action: "migrate_to_on_premise",
  account: { id: "acct-42", currency: "EUR", timeZone: "Europe/Berlin", status: "active", overdueInvoices: [{ id: "inv-7", amount: "49.00", dueOn: "2026-05-01" }] },
  migration: { status: "completed", completedOn: "2026-06-15" },
  items: [
    subscription({ taxes: [tax("VAT", "228.00", { rate: "0.19", refundable: true })], refunded: refunded("0.00", { VAT: "0.00" }), autoRenew: true, commercial: true }),
    licenseKey(),
    telephonyCredit({ number: { status: "active" } }),
    marketplaceApp({ start: "2026-06-01", end: "2026-07-01" }),
    incurredCharge({ incurredOn: "2026-05-31" }),
  ],
});

function without(path: (string | number)[]): unknown {
  const copy = structuredClone(full()) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  delete node[path[path.length - 1]!];
  return copy;
}

function replaced(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(full()) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const dotted = (path: (string | number)[]) => path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");

describe("the full request", () => {
  it("is valid", () => {
    expect(checkDecision(evaluateRefund(full()))).toEqual([]);
  });
});

describe("only the required fields", () => {
  it("are enough for every item type and the account", () => {
    const minimal: RefundRequest = {
      asOf: "2026-06-20",
      action: "refund",
      account: { currency: "EUR", overdueInvoices: [{ id: "i", amount: "1.00" }] },
      items: [
        { id: "s", type: "subscription", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "1.00" } },
        { id: "k", type: "license_key", paid: { net: "1.00" } },
        { id: "t", type: "telephony_credit", balance: "1.00", purpose: "calls" },
        { id: "a", type: "marketplace_app", appId: "x", purchasedOn: "2026-06-01", paid: { net: "1.00" }, developer: {} },
        { id: "c", type: "incurred_charge", amount: "1.00" },
      ],
    };
    expect(checkDecision(evaluateRefund(minimal))).toEqual([]);
    expect(evaluateRefund(minimal).lines[3]).toMatchObject({ outcome: "refer_to_developer", developer: {} });
  });
});

describe("every required field", () => {
  it.each([
    ["asOf"],
    ["action"],
    ["items"],
    ["account", "currency"],
    ["account", "overdueInvoices", 0, "id"],
    ["account", "overdueInvoices", 0, "amount"],
    ["migration"],
    ["migration", "status"],
    ["migration", "completedOn"],
    ["items", 0, "id"],
    ["items", 0, "type"],
    ["items", 0, "cycle"],
    ["items", 0, "period"],
    ["items", 0, "period", "start"],
    ["items", 0, "period", "end"],
    ["items", 0, "paid"],
    ["items", 0, "paid", "net"],
    ["items", 0, "paid", "taxes", 0, "code"],
    ["items", 0, "paid", "taxes", 0, "amount"],
    ["items", 0, "refunded", "net"],
    ["items", 0, "refunded", "taxes", 0, "code"],
    ["items", 0, "refunded", "taxes", 0, "amount"],
    ["items", 1, "paid"],
    ["items", 2, "balance"],
    ["items", 2, "purpose"],
    ["items", 2, "number", "status"],
    ["items", 3, "appId"],
    ["items", 3, "purchasedOn"],
    ["items", 3, "paid"],
    ["items", 4, "amount"],
  ] as (string | number)[][])("is reported as missing when %s… is left out", (...path) => {
    expect(problemsOf(without(path))).toContainEqual({ path: dotted(path), code: "missing", message: "is required" });
  });

  it("refuses an empty id", () => {
    expect(problemsOf(replaced(["items", 0, "id"], ""))).toEqual([{ path: "items[0].id", code: "missing", message: "must not be empty" }]);
  });
});

describe("every optional field is checked, not ignored", () => {
  it.each([
    [["account", "id"], 5, "wrong_type", "must be a string, not the number 5"],
    [["account", "timeZone"], true, "wrong_type", "must be a string, not a boolean"],
    [["account", "overdueInvoices"], "inv-7", "wrong_type", 'must be an array, not "inv-7"'],
    [["account", "overdueInvoices", 0], 5, "wrong_type", "must be an object"],
    [["account", "overdueInvoices", 0, "dueOn"], "May 1st", "invalid_date", 'must be a real calendar date YYYY-MM-DD (years 0001-9999) or an ISO 8601 instant with an offset, not "May 1st"'],
    [["migration", "expectedCompletionOn"], "soon", "invalid_date", 'must be a real calendar date YYYY-MM-DD (years 0001-9999) or an ISO 8601 instant with an offset, not "soon"'],
    [["items", 0], 5, "wrong_type", "each item must be an object"],
    [["items", 0, "plan"], 5, "wrong_type", "must be a string, not the number 5"],
    [["items", 0, "commercial"], "yes", "wrong_type", 'must be true or false, not "yes"'],
    [["items", 0, "autoRenew"], "no", "wrong_type", 'must be true or false, not "no"'],
    [["items", 0, "period"], [], "wrong_type", "must be an object, not an array"],
    [["items", 0, "paid", "taxes"], {}, "wrong_type", "must be an array, not an object"],
    [["items", 0, "paid", "taxes", 0], "VAT", "wrong_type", "each tax must be an object"],
    [["items", 0, "paid", "taxes", 0, "refundable"], 1, "wrong_type", "must be true or false, not the number 1"],
    [["items", 0, "paid", "taxes", 0, "rate"], 0.19, "invalid_rate", 'must be a decimal string such as "0.19", not the number 0.19'],
    [["items", 0, "refunded", "taxes", 0], 5, "wrong_type", "each tax must be an object"],
    [["items", 1, "product"], 5, "wrong_type", "must be a string, not the number 5"],
    [["items", 2, "number"], "active", "wrong_type", 'must be an object, not "active"'],
    [["items", 3, "developer"], "Acme", "wrong_type", 'must be an object, not "Acme"'],
    [["items", 3, "developer", "name"], 5, "wrong_type", "must be a string, not the number 5"],
    [["items", 3, "developer", "contact"], 5, "wrong_type", "must be a string, not the number 5"],
    [["items", 4, "description"], 5, "wrong_type", "must be a string, not the number 5"],
    [["items", 4, "incurredOn"], "2026-05-32", "invalid_date", 'must be a real calendar date YYYY-MM-DD (years 0001-9999) or an ISO 8601 instant with an offset, not "2026-05-32"'],
    [["items", 0, "paid", "net"], NaN, "wrong_type", 'must be a decimal string such as "12.30", not the number NaN'],
    [["items", 0, "paid", "net"], "x".repeat(50), "invalid_amount", `must be a decimal string such as "12.30", not "${"x".repeat(40)}…"`],
    [["action"], "refund please", "unknown_value", 'must be one of "refund", "cancel", "migrate_to_on_premise", "transfer_credit", "apply_credit_to_invoice", "pay_with_credit", not "refund please"'],
    [["account"], undefined, "missing", "is required"],
  ] as [(string | number)[], unknown, string, string][])("%j = %j gives %s", (path, value, code, message) => {
    expect(problemsOf(replaced(path, value))).toContainEqual({ path: dotted(path), code, message });
  });
});

describe("unknown fields, at every level", () => {
  it.each([
    [[], "the request"],
    [["account"], "account"],
    [["account", "overdueInvoices", 0], "account.overdueInvoices[0]"],
    [["migration"], "migration"],
    [["items", 0], "items[0]"],
    [["items", 0, "period"], "items[0].period"],
    [["items", 0, "paid"], "items[0].paid"],
    [["items", 0, "paid", "taxes", 0], "items[0].paid.taxes[0]"],
    [["items", 0, "refunded"], "items[0].refunded"],
    [["items", 0, "refunded", "taxes", 0], "items[0].refunded.taxes[0]"],
    [["items", 1], "items[1]"],
    [["items", 2], "items[2]"],
    [["items", 2, "number"], "items[2].number"],
    [["items", 3], "items[3]"],
    [["items", 3, "developer"], "items[3].developer"],
    [["items", 4], "items[4]"],
  ] as [(string | number)[], string][])("are refused in %j", (path, where) => {
    const problems = problemsOf(replaced([...path, "extra"], 1));
    expect(problems).toEqual([{ path: where === "the request" ? "extra" : `${where}.extra`, code: "unknown_field", message: `is not a field of ${where}` }]);
  });
});

describe("limits, at their edges", () => {
  it("accepts ids of 200 characters and texts of 2,000, and refuses one more", () => {
    expect(() => evaluateRefund(request({}, subscription({ id: "x".repeat(200) })))).not.toThrow();
    expect(problemsOf(request({}, subscription({ id: "x".repeat(201) })))).toEqual([{ path: "items[0].id", code: "too_long", message: "has 201 characters; at most 200 are accepted" }]);
    expect(() => evaluateRefund(request({}, incurredCharge({ description: "d".repeat(2_000) })))).not.toThrow();
    expect(problemsOf(request({}, incurredCharge({ description: "d".repeat(2_001) })))[0]?.code).toBe("too_long");
  });

  it("accepts 20 integer digits and refuses 21", () => {
    expect(() => evaluateRefund(request({}, licenseKey({ net: `${"9".repeat(20)}.00` })))).not.toThrow();
    expect(problemsOf(request({}, licenseKey({ net: `${"9".repeat(21)}.00` })))).toEqual([
      { path: "items[0].paid.net", code: "amount_too_large", message: "has more than 20 digits before the decimal point" },
    ]);
  });

  it("accepts 100,000 overdue invoices and refuses 100,001", () => {
    const invoices = Array.from({ length: 100_000 }, (_, i) => ({ id: `i${i}`, amount: "1.00" }));
    const decision = evaluateRefund(request({ account: { currency: "EUR", overdueInvoices: invoices } }, licenseKey()));
    expect(decision.notices[0]?.overdue).toBe("100000.00");
    invoices.push({ id: "one-more", amount: "1.00" });
    expect(problemsOf(request({ account: { currency: "EUR", overdueInvoices: invoices } }, licenseKey()))).toEqual([
      { path: "account.overdueInvoices", code: "too_many_items", message: "has 100001 entries; at most 100000 are accepted" },
    ]);
  });

  it("accepts amounts with exactly the currency's digits, or fewer", () => {
    for (const net of ["12", "12.3", "12.30", "0", "0.00"]) expect(() => evaluateRefund(request({}, licenseKey({ net })))).not.toThrow();
    expect(problemsOf(request({}, licenseKey({ net: "12.301" })))).toEqual([{ path: "items[0].paid.net", code: "too_many_decimals", message: "has 3 decimals; the currency allows 2" }]);
  });
});

describe("formats are anchored", () => {
  it.each(["x0.19", "0.19x", "01.5", "0.1234567890123", ".5", "5."])("refuses the tax rate %j", (rate) => {
    expect(problemsOf(request({}, subscription({ taxes: [tax("VAT", "1.00", { rate })] })))[0]).toMatchObject({ code: "invalid_rate" });
  });

  it.each(["0", "0.19", "19", "0.123456789012"])("accepts the tax rate %j", (rate) => {
    expect(() => evaluateRefund(request({}, subscription({ taxes: [tax("VAT", "1.00", { rate })] })))).not.toThrow();
  });

  it.each(["x1.00", "1.00x", "01.00", "1.", "-1.00"])("refuses a custom verdict of %j", (net) => {
    const options = { marketplace: { "acme.crm-sync": { terms: "custom" as const, evaluate: () => ({ outcome: "refund" as const, net }) } } };
    expect(problemsOf(request({}, marketplaceApp()), options)[0]?.code).toBe("invalid_terms_result");
  });

  it("accepts a custom verdict without decimals, and of zero", () => {
    const run = (net: string) =>
      evaluateRefund(request({}, marketplaceApp()), { marketplace: { "acme.crm-sync": { terms: "custom", evaluate: () => ({ outcome: "refund", net }) } } }).lines[0]!;
    expect(run("7").refund.net).toBe("7.00");
    expect(run("0")).toMatchObject({ outcome: "no_refund", reason: "developer_terms" });
  });

  it.each(["2026-06-15x", "x2026-06-15", "2026-06-15T10:00:00Zx", "x2026-06-15T10:00:00Z", "2026-06-15T10:00:00.Z"])("refuses the date %j", (asOf) => {
    expect(problemsOf({ ...request(), asOf })[0]?.code).toBe("invalid_date");
  });
});

describe("instants", () => {
  const day = (text: string) => formatCalendarDate(parseDateField(text, undefined)!);

  it("count seconds, minutes and offsets exactly at the day's edge", () => {
    expect(day("2026-06-15T23:59:59Z")).toBe("2026-06-15");
    expect(day("2026-06-15T23:59:59-00:01")).toBe("2026-06-16");
    expect(day("2026-06-16T00:00:59+00:01")).toBe("2026-06-15");
    expect(day("2026-06-16T00:30+00:45")).toBe("2026-06-15");
    expect(day("2026-06-15T12:00:00+18:00")).toBe("2026-06-14");
    expect(day("2026-06-15T12:00:00-18:00")).toBe("2026-06-16");
    expect(parseDateField("2026-06-15T12:00:00+18:01", undefined)).toBeUndefined();
    expect(parseDateField("2026-06-15T12:00:60Z", undefined)).toBeUndefined();
    expect(parseDateField("2026-06-15T12:00:59Z", undefined)).toBeDefined();
    expect(parseDateField("2026-06-15T12:00:00+05:60", undefined)).toBeUndefined();
  });

  it("check the day of every month length", () => {
    for (const [month, last] of [["01", 31], ["02", 28], ["03", 31], ["04", 30], ["05", 31], ["06", 30], ["07", 31], ["08", 31], ["09", 30], ["10", 31], ["11", 30], ["12", 31]] as const) {
      expect(day(`2026-${month}-${last}T00:00:00Z`)).toBe(`2026-${month}-${last}`);
      expect(parseDateField(`2026-${month}-${last + 1}T00:00:00Z`, undefined)).toBeUndefined();
    }
    expect(parseDateField("2026-00-10T00:00:00Z", undefined)).toBeUndefined();
    expect(parseDateField("2026-06-00T00:00:00Z", undefined)).toBeUndefined();
  });
});

describe("the migration's reference day", () => {
  it("estimates from expectedCompletionOn, not asOf, when both are given", () => {
    const june = subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "30.00" });
    const decision = evaluateRefund({ ...migrationRequest({ expectedOn: "2026-06-10" }, june), asOf: "2026-06-20" });
    expect(decision.lines[0]?.calculation).toMatchObject({ used: 10, unused: 20 });
    expect(decision.total.net).toBe("20.00");
  });

  it("explains a missing migration with its own message", () => {
    expect(problemsOf({ ...request({ action: "refund" }), migration: { status: "requested" } })).toEqual([
      { path: "migration", code: "not_applicable", message: 'applies only to the action "migrate_to_on_premise", not "refund"' },
    ]);
    expect(problemsOf(migrationRequest({ completedOn: "2026-07-01", asOf: "2026-06-20" }))).toEqual([
      { path: "migration.completedOn", code: "completed_after_as_of", message: "a completed migration cannot complete after asOf" },
    ]);
  });
});

describe("taxes and refunds, exact messages", () => {
  it("names the duplicated, unknown or over-refunded tax", () => {
    const sub = subscription({ net: "100.00", taxes: [tax("VAT", "19.00")] });
    expect(problemsOf(request({}, { ...sub, refunded: { net: "0.00", taxes: [{ code: "VAT", amount: "1.00" }, { code: "VAT", amount: "1.00" }] } }))).toEqual([
      { path: "items[0].refunded.taxes[1].code", code: "duplicate_tax", message: '"VAT" is listed twice' },
    ]);
    expect(problemsOf(request({}, { ...sub, refunded: { net: "0.00", taxes: [{ code: "GST", amount: "1.00" }] } }))).toEqual([
      { path: "items[0].refunded.taxes[0].code", code: "unknown_tax", message: '"GST" is not a tax paid on this item' },
    ]);
    expect(problemsOf(request({}, { ...sub, refunded: { net: "100.01" } }))).toEqual([{ path: "items[0].refunded.net", code: "refund_exceeds_paid", message: "more was refunded than was paid" }]);
    expect(problemsOf(request({}, { ...sub, refunded: { net: "0.00", taxes: [{ code: "VAT", amount: "19.01" }] } }))).toEqual([
      { path: "items[0].refunded.taxes[0].amount", code: "refund_exceeds_paid", message: "more VAT was refunded than was paid" },
    ]);
    expect(problemsOf(request({}, subscription({ taxes: [tax("VAT", "1.00"), tax("VAT", "2.00")] })))).toEqual([
      { path: "items[0].paid.taxes[1].code", code: "duplicate_tax", message: '"VAT" is listed twice' },
    ]);
  });

  it("accepts refunds of exactly what was paid", () => {
    const sub = subscription({ net: "100.00", taxes: [tax("VAT", "19.00")], refunded: refunded("100.00", { VAT: "19.00" }) });
    expect(evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, sub)).total.gross).toBe("0.00");
  });

  it("names duplicate ids, unknown currencies and zones, and inverted periods plainly", () => {
    expect(problemsOf(request({}, licenseKey(), licenseKey()))).toEqual([
      { path: "items[1].id", code: "duplicate_id", message: '"key-1" is the id of an earlier item; ids must be unique' },
    ]);
    expect(problemsOf(request({ currency: "EURO" }))).toEqual([
      { path: "account.currency", code: "unknown_currency", message: 'must be an active ISO 4217 currency code such as "EUR", not "EURO"' },
    ]);
    expect(problemsOf(request({ account: { currency: "EUR", timeZone: "Mars/Olympus" } }))).toEqual([
      { path: "account.timeZone", code: "invalid_time_zone", message: 'must be an IANA time-zone name such as "Europe/Berlin", not "Mars/Olympus"' },
    ]);
    expect(problemsOf(request({}, subscription({ start: "2026-06-01", end: "2026-05-01" })))).toEqual([
      { path: "items[0].period.end", code: "invalid_period", message: "must be after the period's start (periods are [start, end): end is the first day no longer paid for)" },
    ]);
  });
});

describe("options, exact messages and edges", () => {
  it("refuses non-object options and terms", () => {
    expect(problemsOf(request(), "fast")).toEqual([{ path: "options", code: "wrong_type", message: "the options must be a JSON object" }]);
    expect(problemsOf(request(), { marketplace: { x: 5 } })).toEqual([
      { path: 'options.marketplace["x"]', code: "wrong_type", message: 'an app\'s terms must be an object such as { "terms": "non_refundable" }' },
    ]);
    expect(problemsOf(request(), { marketplace: { x: {} } })).toEqual([{ path: 'options.marketplace["x"].terms', code: "missing", message: "is required" }]);
    expect(problemsOf(request(), { marketplace: { x: { terms: "custom" } } })).toEqual([
      { path: 'options.marketplace["x"].evaluate', code: "wrong_type", message: "custom terms need an evaluate function (TypeScript API only)" },
    ]);
    expect(problemsOf(request(), { proration: { step: 1 } })).toEqual([{ path: "options.proration.step", code: "unknown_field", message: "is not a field of options.proration" }]);
    expect(problemsOf(request(), { proration: 5 })[0]).toMatchObject({ path: "options.proration", code: "wrong_type" });
    expect(problemsOf(request(), { marketplace: 5 })[0]).toMatchObject({ path: "options.marketplace", code: "wrong_type" });
    expect(problemsOf(request(), { marketplace: { x: { terms: "prorated", days: 3 } } })[0]).toMatchObject({ path: 'options.marketplace["x"].days', code: "unknown_field" });
  });

  it.each([
    [0, true],
    [3660, true],
    [-1, false],
    [3661, false],
    ["14", false],
  ])("takes full_within_days with days = %j: %s", (days, ok) => {
    const run = () => evaluateRefund(request({}, marketplaceApp()), { marketplace: { "acme.crm-sync": { terms: "full_within_days", days: days as number } } });
    if (ok) expect(run).not.toThrow();
    else expect(problemsOf(request({}, marketplaceApp()), { marketplace: { "acme.crm-sync": { terms: "full_within_days", days } } })).toEqual([
      { path: 'options.marketplace["acme.crm-sync"].days', code: "wrong_type", message: "must be a whole number of days from 0 to 3660" },
    ]);
  });

  it("applies every option it is given, and the defaults otherwise", () => {
    const june = subscription({ cycle: "month", start: "2026-06-01", end: "2026-06-04", net: "10.00" });
    const at = (options?: object) => evaluateRefund(migrationRequest({ completedOn: "2026-06-01" }, june), options as never).total.net;
    expect(at()).toBe("6.67");
    expect(at({ rounding: "down" })).toBe("6.66");
    expect(at({ proration: { completionDay: "unused" } })).toBe("10.00");
    expect(at({ proration: { unit: "month" } })).toBe("0.00");
    expect(at({ proration: {} })).toBe("6.67");
  });
});

describe("the error", () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `p${i}`, code: "missing" as const, message: `m${i}` }));

  it("shows the first five problems in its message and counts the rest", () => {
    expect(new RefundPolicyError(many(5)).message).toBe("Invalid refund request: p0: m0; p1: m1; p2: m2; p3: m3; p4: m4");
    expect(new RefundPolicyError(many(7)).message).toBe("Invalid refund request: p0: m0; p1: m1; p2: m2; p3: m3; p4: m4 (and 2 more)");
    expect(new RefundPolicyError(many(7)).problems).toHaveLength(7);
    expect(Object.isFrozen(new RefundPolicyError(many(1)).problems[0])).toBe(true);
  });

  it("is recognised across copies of the library, and nothing else is", () => {
    const foreign = Object.assign(new Error("x"), { name: "RefundPolicyError", problems: [] });
    expect(isRefundPolicyError(foreign)).toBe(true);
    expect(isRefundPolicyError(Object.assign(new Error("x"), { name: "RefundPolicyError" }))).toBe(false);
    expect(isRefundPolicyError(Object.assign(new Error("x"), { problems: [] }))).toBe(false);
    expect(isRefundPolicyError({ name: "RefundPolicyError", problems: [] })).toBe(false);
    expect(isRefundPolicyError(new RefundPolicyError([]))).toBe(true);
  });
});

describe("policies", () => {
  it.each(["2026-1-01", "x2026-01-01", "2026-01-01x", "2026-01-0a", "26-01-01", "2026-001-01"])("refuses the version %j", (version) => {
    expect(() => definePolicy({ ...bitrix24Policy, version })).toThrow(`policy version must be a date YYYY-MM-DD, not "${version}"`);
  });

  it("accepts a well-formed version and keeps the modules", () => {
    const policy = definePolicy({ ...bitrix24Policy, version: "2030-12-31" });
    expect(policy.modules.subscription).toBe(bitrix24Policy.modules.subscription);
    expect(policyClauses(policy).size).toBe(CLAUSES.length);
  });

  it("names its account rules and their clauses", () => {
    expect(bitrix24Policy.accountRules.map((rule) => [rule.id, [...rule.clauses]])).toEqual([
      ["non-payment", ["billing.non-payment"]],
      ["taxes", ["taxes.exclusive"]],
      ["migration", ["migration.partial-refund"]],
    ]);
    expect(Object.values(bitrix24Policy.modules).map((module) => [module.itemType, [...module.clauses]])).toEqual([
      ["subscription", ["products.non-refundable", "subscription.discontinue", "migration.partial-refund", "telephony.non-transferable"]],
      ["license_key", ["products.non-refundable", "telephony.non-transferable"]],
      ["telephony_credit", ["telephony.no-cash-value", "telephony.non-transferable", "telephony.forfeit-on-termination"]],
      ["marketplace_app", ["marketplace.developer-policy", "telephony.non-transferable"]],
      ["incurred_charge", ["charges.incurred", "telephony.non-transferable"]],
    ]);
  });
});

describe("decisions, edge cases", () => {
  it("is no_refund, not not_allowed, when only some lines are refused", () => {
    const decision = evaluateRefund(request({ action: "transfer_credit" }, telephonyCredit()));
    expect(decision.outcome).toBe("not_allowed");
    // Lines of a plain refund: none is not_allowed, none is referred.
    expect(evaluateRefund(request({}, telephonyCredit(), licenseKey())).outcome).toBe("no_refund");
  });

  it("writes a reason only where there is one", () => {
    const decision = evaluateRefund(request({}, licenseKey()));
    expect(Object.keys(decision.lines[0]!)).toEqual(["itemId", "type", "outcome", "clause", "refund"]);
  });

  it("requires a prorated app's period only for apps whose terms are prorated", () => {
    const options = { marketplace: { "other.app": { terms: "prorated" as const } } };
    expect(() => evaluateRefund(request({}, marketplaceApp(), subscription()), options)).not.toThrow();
    expect(problemsOf(request({}, subscription(), marketplaceApp({ appId: "other.app" })), options)).toEqual([
      { path: "items[1].period", code: "missing", message: 'is required: the developer\'s terms for "other.app" are prorated over the app\'s paid period' },
    ]);
  });
});

describe("explain, edge cases", () => {
  const referral = (developer: object | undefined) => explain(evaluateRefund(request({}, { ...marketplaceApp(), developer } as never))).lines[0]!.text;

  it("falls back from the developer's contact to the name, and to nothing", () => {
    expect(referral({ name: "Acme" })).toBe("MarketPlace app app-1: the refund is up to the app developer, Acme. Contact the developer: Acme.");
    expect(referral({ contact: "help@x.example" })).toBe("MarketPlace app app-1: the refund is up to the app developer, help@x.example. Contact the developer: help@x.example.");
    expect(referral(undefined)).toBe("MarketPlace app app-1: the refund is up to the app developer, . Contact the developer: .");
  });

  it("marks lines, notices and effects in the text", () => {
    const decision = evaluateRefund(request({ action: "cancel", account: { currency: "EUR", overdueInvoices: [{ id: "a", amount: "1.00" }, { id: "b", amount: "2.00" }] } }, subscription()));
    expect(explain(decision).text.split("\n")).toEqual([
      "No refund (final).",
      "- Subscription sub-1: no refund. Turning automatic renewal off discontinues the subscription; the current period is not refunded.",
      "! Overdue invoices (a, b, €3.00): access to the cloud service may be barred at once.",
      "> Subscription sub-1: automatic renewal is turned off; the service runs until January 1, 2027.",
    ]);
  });

  it("reports the built-in catalog it used, also with overrides", () => {
    expect(explain(evaluateRefund(request()), { locale: "fr", messages: {} }).locale).toBe("fr");
    expect(explain(evaluateRefund(request()), { locale: "fr-CA" }).locale).toBe("fr");
    expect(explain(evaluateRefund(request())).locale).toBe("en");
  });

  it("keeps a double period that does not end a sentence", () => {
    const decision = evaluateRefund(request({}, licenseKey()));
    const text = explain(decision, { messages: { "line.no_refund": "{item}: see section 2..3 of the terms.." } }).lines[0]!.text;
    expect(text).toBe("License key key-1: see section 2..3 of the terms. Subscriptions and license keys are non-refundable.");
  });

  it("names an item a notice refers to even when it is not a line", () => {
    const decision = evaluateRefund(request({}, licenseKey()));
    decision.notices.push({ code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination", itemId: "ghost" });
    decision.notices.push({ code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination" });
    expect(explain(decision).notices).toEqual(["ghost: the credit may become unusable once the cloud account is closed.", ": the credit may become unusable once the cloud account is closed."]);
  });
});

describe("testing helpers, edge cases", () => {
  it("build defaults a user can rely on", () => {
    expect(licenseKey()).toEqual({ id: "key-1", type: "license_key", product: "on-premise-business", paid: { net: "1490.00" } });
    expect(incurredCharge()).toEqual({ id: "use-1", type: "incurred_charge", description: "SMS", amount: "3.20" });
    expect(marketplaceApp({ start: "2026-06-01" }).period).toBeUndefined();
    expect(request({ currency: "USD", account: { id: "a", currency: "EUR" } }).account).toEqual({ id: "a", currency: "USD" });
    expect(request({ account: { id: "a", currency: "JPY" } }).account).toEqual({ id: "a", currency: "JPY" });
    expect(subscription().paid).toEqual({ net: "1200.00" });
    expect(migrationRequest({ expectedOn: "2026-07-01", asOf: "2026-06-01", currency: "USD" })).toMatchObject({ asOf: "2026-06-01", account: { currency: "USD" } });
  });

  it("check every part of a decision", () => {
    const good = evaluateRefund(request({ action: "cancel" }, subscription()));
    const broken = (change: (d: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return checkDecision(copy);
    };
    expect(broken((d) => (d.total.gross = "1.00"))).toEqual(["total.gross is not net + tax"]);
    expect(broken((d) => (d.total.tax = "1.00"))).toEqual(["total.tax is not the sum of the lines"]);
    expect(broken((d) => (d.effects[0]!.clause = "x" as never))).toEqual(['notices/effects[0]: unknown clause "x"']);
    expect(broken((d) => (d.lines[0]!.outcome = "maybe" as never))).toContain('lines[0]: unknown outcome "maybe"');
    expect(broken((d) => (d.lines[0]!.refund.net = "x"))).toContain('lines[0].refund.net: "x" is not an amount with exactly 2 decimals');
    expect(broken((d) => (d.lines[0]!.refund.taxes = [{ code: "T", amount: "0.0" }]))).toContain('lines[0].refund.taxes[0]: "0.0" is not an amount with exactly 2 decimals');
    expect(broken((d) => (d.lines[0]!.calculation = { unit: "day", used: -1, unused: 2, total: 1, unusedFrom: "x", to: "y" }))).toEqual(["lines[0]: used + unused is not total"]);
    expect(broken((d) => (d.lines[0]!.calculation = { unit: "day", used: 2, unused: -1, total: 1, unusedFrom: "x", to: "y" }))).toEqual(["lines[0]: used + unused is not total"]);
    expect(broken((d) => (d.outcome = "not_allowed"))).toEqual(['outcome is "not_allowed" but the lines make it "no_refund"']);
    const mixed = evaluateRefund(request({}, marketplaceApp(), licenseKey()));
    expect(mixed.outcome).toBe("refer_to_developer");
    expect(checkDecision(mixed)).toEqual([]);
    const paid = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription(), subscription({ id: "s2", start: "2026-07-01", end: "2027-07-01" })));
    expect(paid.outcome).toBe("partial_refund");
    expect(checkDecision({ ...paid, outcome: "refund" })).toEqual(['outcome is "refund" but the lines make it "partial_refund"']);
    expect(checkDecision({ ...paid, lines: [paid.lines[1]!], total: { net: "1200.00", tax: "0.00", gross: "1200.00" }, outcome: "refund" })).toEqual([]);
  });
});
