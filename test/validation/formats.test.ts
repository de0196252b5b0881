// The formats of amounts, rates, dates, currencies, time zones, ids and periods, anchored at both ends.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { licenseKey, marketplaceApp, request, subscription, tax } from "../../src/testing/index.js";
import { codeAt, problemsOf } from "../helpers.js";

describe("formats are anchored", () => {
  it.each(["x0.19", "0.19x", "01.5", ".5", "5.", "19"])("refuses the tax rate %j", (rate) => {
    expect(problemsOf(request({}, subscription({ taxes: [tax("VAT", "1.00", { rate })] })))[0]).toMatchObject({ code: "invalid_rate" });
  });

  it.each([
    ["0", "0.00"],
    ["0.19", "228.00"],
    ["0.123456789012", "148.15"],
  ])("accepts the tax rate %j", (rate, amount) => {
    expect(() => evaluateRefund(request({}, subscription({ taxes: [tax("VAT", amount, { rate })] })))).not.toThrow();
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

describe("amounts", () => {
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
});

describe("dates", () => {
  it.each(["2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01", "2026-6-1", "20260601", "2026-06-01T25:00:00Z", "2026-06-01T10:00:00", "yesterday"])(
    "refuses the impossible date %s",
    (asOf) => {
      expect(codeAt({ ...request(), asOf }, "asOf")).toBe("invalid_date");
    },
  );
});

describe("currencies, time zones, ids, periods and items", () => {
  it("accepts every currency of the ISO 4217 table with its own digits, and refuses unknown codes", () => {
    expect(() => evaluateRefund(request({ currency: "BHD" }, subscription({ net: "1.234" })))).not.toThrow();
    expect(() => evaluateRefund(request({ currency: "CLF" }, subscription({ net: "1.2345" })))).not.toThrow();
    for (const currency of ["XAU", "xau", "ABC", "EURO", "eu"]) expect(codeAt(request({ currency }), "account.currency")).toBe("unknown_currency");
  });

  it("refuses an unknown time zone", () => {
    expect(codeAt(request({ account: { currency: "EUR", timeZone: "Mars/Olympus" } }), "account.timeZone")).toBe("invalid_time_zone");
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

  it("names duplicate ids, unknown currencies and zones, and inverted periods plainly", () => {
    expect(problemsOf(request({}, licenseKey(), licenseKey()))).toEqual([
      { path: "items[1].id", code: "duplicate_id", message: '"key-1" is the id of an earlier item; ids must be unique' },
    ]);
    expect(problemsOf(request({ currency: "EURO" }))).toEqual([
      { path: "account.currency", code: "unknown_currency", message: 'must be an active ISO 4217 currency code such as "EUR", not "EURO"', expected: "ISO 4217 currency code", received: '"EURO"' },
    ]);
    expect(problemsOf(request({ account: { currency: "EUR", timeZone: "Mars/Olympus" } }))).toEqual([
      { path: "account.timeZone", code: "invalid_time_zone", message: 'must be an IANA time-zone name such as "Europe/Berlin", not "Mars/Olympus"', expected: "IANA time-zone name", received: '"Mars/Olympus"' },
    ]);
    expect(problemsOf(request({}, subscription({ start: "2026-06-01", end: "2026-05-01" })))).toEqual([
      { path: "items[0].period.end", code: "invalid_period", message: "must be after the period's start (periods are [start, end): end is the first day no longer paid for)" },
    ]);
  });
});
