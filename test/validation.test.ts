import { describe, expect, it } from "vitest";
import { evaluateRefund, isRefundPolicyError, RefundPolicyError, type Problem } from "../src/index.js";
import { marketplaceApp, migrationRequest, request, subscription } from "../src/testing/index.js";

/** The problems of a request that must be refused. */
function problemsOf(input: unknown, options?: unknown): Problem[] {
  try {
    evaluateRefund(input as never, options as never);
  } catch (error) {
    expect(error).toBeInstanceOf(RefundPolicyError);
    return [...(error as RefundPolicyError).problems];
  }
  throw new Error("expected the request to be refused");
}

const codeAt = (input: unknown, path: string, options?: unknown) => problemsOf(input, options).find((p) => p.path === path)?.code;

describe("bad input", () => {
  it("lists every problem in one error, each with a path, a stable code and a sentence", () => {
    const problems = problemsOf({
      asOf: "2026-02-30",
      action: "refund_please",
      account: { currency: "EURO" },
      items: [{ id: "sub-1", type: "subscription", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "-5" } }],
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["asOf", "invalid_date"],
      ["action", "unknown_value"],
      ["account.currency", "unknown_currency"],
      ["items[0].paid.net", "invalid_amount"],
    ]);
    for (const problem of problems) expect(problem.message).toMatch(/^[a-z"].{8,}/);
  });

  it("gives a readable error message, a name and a code", () => {
    try {
      evaluateRefund({} as never);
    } catch (error) {
      expect(isRefundPolicyError(error)).toBe(true);
      expect(error).toMatchObject({ name: "RefundPolicyError", code: "invalid_request" });
      expect((error as Error).message).toContain("asOf: is required");
      return;
    }
    throw new Error("unreachable");
  });

  it.each([null, [], "request", 42, undefined])("refuses a request that is not an object: %j", (input) => {
    expect(problemsOf(input)).toEqual([{ path: "", code: "wrong_type", message: "the request must be a JSON object" }]);
  });

  it("names every missing required field", () => {
    expect(problemsOf({}).map((p) => [p.path, p.code])).toEqual([
      ["account", "missing"],
      ["asOf", "missing"],
      ["action", "missing"],
      ["items", "missing"],
    ]);
    const item = { id: "s", type: "subscription" };
    expect(problemsOf(request({}, item as never)).map((p) => p.path)).toEqual(["items[0].cycle", "items[0].period", "items[0].paid"]);
  });

  it.each([
    ["asOf", 20260620],
    ["items", {}],
    ["account", "EUR"],
  ])("refuses a wrong type at %s", (field, value) => {
    expect(codeAt({ ...request(), [field]: value }, field)).toBe("wrong_type");
  });

  it.each(["2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01", "2026-6-1", "20260601", "2026-06-01T25:00:00Z", "2026-06-01T10:00:00", "yesterday"])(
    "refuses the impossible date %s",
    (asOf) => {
      expect(codeAt({ ...request(), asOf }, "asOf")).toBe("invalid_date");
    },
  );

  it.each([
    ["12.3.4", "invalid_amount"],
    ["1e3", "invalid_amount"],
    ["-5.00", "invalid_amount"],
    ["", "invalid_amount"],
    [" 5.00", "invalid_amount"],
    ["05.00", "invalid_amount"],
    ["5.", "invalid_amount"],
    ["5.001", "too_many_decimals"],
    ["123456789012345678901", "amount_too_large"],
  ])("refuses the amount %j (%s)", (net, code) => {
    expect(codeAt(request({}, subscription({ net })), "items[0].paid.net")).toBe(code);
  });

  it.each([12.3, 0, true])("refuses an amount given as a non-string: %j", (net) => {
    expect(codeAt(request({}, { ...subscription(), paid: { net } } as never), "items[0].paid.net")).toBe("wrong_type");
  });

  it("says amounts are never negative", () => {
    expect(problemsOf(request({}, subscription({ net: "-1.00" })))[0]?.message).toContain("never negative");
  });

  it("accepts every currency of the ISO 4217 table with its own digits, and refuses unknown codes", () => {
    expect(() => evaluateRefund(request({ currency: "BHD" }, subscription({ net: "1.234" })))).not.toThrow();
    expect(() => evaluateRefund(request({ currency: "CLF" }, subscription({ net: "1.2345" })))).not.toThrow();
    for (const currency of ["XAU", "eur", "ABC", "EURO"]) expect(codeAt(request({ currency }), "account.currency")).toBe("unknown_currency");
  });

  it("refuses duplicate item ids", () => {
    expect(problemsOf(request({}, subscription(), subscription())).map((p) => [p.path, p.code])).toEqual([["items[1].id", "duplicate_id"]]);
  });

  it("refuses a period that ends before it starts, or on the day it starts", () => {
    expect(codeAt(request({}, subscription({ start: "2026-06-01", end: "2026-05-01" })), "items[0].period.end")).toBe("invalid_period");
    expect(codeAt(request({}, subscription({ start: "2026-06-01", end: "2026-06-01" })), "items[0].period.end")).toBe("invalid_period");
  });

  it("refuses a request without items", () => {
    expect(problemsOf({ ...request(), items: [] })).toEqual([{ path: "items", code: "no_items", message: "must list at least one item" }]);
  });

  it("needs migration details for a migration, and completedOn for a completed one", () => {
    expect(codeAt({ ...request({ action: "migrate_to_on_premise" }) }, "migration")).toBe("missing");
    expect(codeAt(request({ action: "migrate_to_on_premise", migration: { status: "completed" } }), "migration.completedOn")).toBe("missing");
    expect(codeAt(request({ action: "migrate_to_on_premise", migration: { status: "done" as never } }), "migration.status")).toBe("unknown_value");
  });

  it("refuses a migration completed after asOf, migration details on another action, and completedOn on an open migration", () => {
    expect(codeAt(migrationRequest({ completedOn: "2026-07-01", asOf: "2026-06-20" }), "migration.completedOn")).toBe("completed_after_as_of");
    expect(codeAt(request({ action: "refund", migration: { status: "requested" } }), "migration")).toBe("not_applicable");
    expect(codeAt(request({ action: "migrate_to_on_premise", migration: { status: "in_progress", completedOn: "2026-06-01" } }), "migration.completedOn")).toBe(
      "not_applicable",
    );
  });

  it("refuses unknown item types, unknown fields and unknown enum values", () => {
    expect(codeAt(request({}, { id: "x", type: "gift_card" } as never), "items[0].type")).toBe("unknown_value");
    expect(codeAt(request({}, { ...subscription(), autoRenewal: false } as never), "items[0].autoRenewal")).toBe("unknown_field");
    expect(codeAt(request({}, subscription({ cycle: "week" as never })), "items[0].cycle")).toBe("unknown_value");
    expect(codeAt(request({ account: { currency: "EUR", status: "closed" as never } }), "account.status")).toBe("unknown_value");
  });

  it("refuses bad taxes: duplicates, refunds of taxes never paid, and refunds above what was paid", () => {
    const taxes = [{ code: "VAT", amount: "19.00" }, { code: "VAT", amount: "1.00" }];
    expect(codeAt(request({}, subscription({ taxes })), "items[0].paid.taxes[1].code")).toBe("duplicate_tax");
    const sub = subscription({ net: "100.00", taxes: [{ code: "VAT", amount: "19.00" }] });
    expect(codeAt(request({}, { ...sub, refunded: { net: "0.00", taxes: [{ code: "GST", amount: "1.00" }] } }), "items[0].refunded.taxes[0].code")).toBe("unknown_tax");
    expect(codeAt(request({}, { ...sub, refunded: { net: "100.01" } }), "items[0].refunded.net")).toBe("refund_exceeds_paid");
    expect(codeAt(request({}, { ...sub, refunded: { net: "0.00", taxes: [{ code: "VAT", amount: "19.01" }] } }), "items[0].refunded.taxes[0].amount")).toBe(
      "refund_exceeds_paid",
    );
    expect(codeAt(request({}, subscription({ taxes: [{ code: "VAT", amount: "1.00", rate: "19%" }] })), "items[0].paid.taxes[0].rate")).toBe("invalid_rate");
  });

  it("refuses an unknown time zone", () => {
    expect(codeAt(request({ account: { currency: "EUR", timeZone: "Mars/Olympus" } }), "account.timeZone")).toBe("invalid_time_zone");
  });

  it("refuses bad options with paths under options", () => {
    const problems = problemsOf(request(), {
      rounding: "bankers",
      proration: { unit: "week", completionDay: "maybe" },
      marketplace: { "a.b": { terms: "full_within_days" }, "c.d": { terms: "free" }, "e.f": "none", "g.h": { terms: "custom" } },
      extra: 1,
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["options.extra", "unknown_field"],
      ["options.rounding", "unknown_value"],
      ["options.proration.unit", "unknown_value"],
      ["options.proration.completionDay", "unknown_value"],
      ['options.marketplace["a.b"].days', "missing"],
      ['options.marketplace["c.d"].terms', "unknown_value"],
      ['options.marketplace["e.f"]', "wrong_type"],
      ['options.marketplace["g.h"].evaluate', "wrong_type"],
    ]);
    expect(codeAt(request(), "options", [])).toBe("wrong_type");
    expect(codeAt(request(), 'options.marketplace["x"].days', { marketplace: { x: { terms: "full_within_days", days: 1.5 } } })).toBe("wrong_type");
  });

  it("reports problems of the request and of the options together", () => {
    const problems = problemsOf({ ...request(), asOf: "nope" }, { rounding: "nope" });
    expect(problems.map((p) => p.path)).toEqual(["asOf", "options.rounding"]);
  });

  it("refuses over-long strings instead of echoing them", () => {
    const problems = problemsOf(request({}, subscription({ id: "x".repeat(1_000_000) })));
    expect(problems).toEqual([{ path: "items[0].id", code: "too_long", message: "has 1000000 characters; at most 200 are accepted" }]);
  });

  it("checks the developer's contact fields of a MarketPlace app", () => {
    expect(codeAt(request({}, marketplaceApp({ developer: { name: 5 as never } })), "items[0].developer.name")).toBe("wrong_type");
  });
});
