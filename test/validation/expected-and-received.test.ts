import { describe, expect, expectTypeOf, it } from "vitest";
import { safeEvaluateRefund, type Checked, type RefundDecision, type SafeDecision } from "../../src/index.js";
import { licenseKey, request, subscription, tax } from "../../src/testing/index.js";

/** The one problem of a request, as data (its sentence left out). */
function problemOf(input: unknown, options?: unknown): Record<string, unknown> {
  const result = safeEvaluateRefund(input, options);
  if (result.ok) throw new Error("the request was decided");
  expect(result.problems).toHaveLength(1);
  const { message: _message, ...data } = result.problems[0]!;
  return data;
}

describe("problems carry what a form needs beside the sentence: what was expected and what was received", () => {
  it("a value of the wrong kind says which kind, and what it got", () => {
    expect(problemOf({ ...request({}, licenseKey()), asOf: 20260620 })).toEqual({ path: "asOf", code: "wrong_type", expected: "string", received: "20260620" });
    expect(problemOf({ ...request({}, licenseKey()), items: {} })).toEqual({ path: "items", code: "wrong_type", expected: "array", received: "object" });
    expect(problemOf(request({}, licenseKey({ net: 12 as never })))).toEqual({ path: "items[0].paid.net", code: "wrong_type", expected: "decimal string", received: "12" });
    expect(problemOf(request({}, subscription({ autoRenew: "yes" as never })))).toEqual({ path: "items[0].autoRenew", code: "wrong_type", expected: "boolean", received: '"yes"' });
  });

  it("a value not among the accepted ones lists them", () => {
    expect(problemOf(request({}, subscription({ cycle: "week" as never })))).toEqual({
      path: "items[0].cycle", code: "unknown_value", expected: '"month" | "quarter" | "half_year" | "year" | "two_years"', received: '"week"',
    });
  });

  it("a bound says the bound and the count", () => {
    expect(problemOf(request({}, licenseKey({ net: "1.001" })))).toEqual({ path: "items[0].paid.net", code: "too_many_decimals", expected: "<=2", received: "3" });
    expect(problemOf(request({}, licenseKey({ id: "k".repeat(201) })))).toEqual({ path: "items[0].id", code: "too_long", expected: "<=200", received: "201" });
    expect(problemOf(request({}, licenseKey({ net: "1".repeat(21) })))).toEqual({ path: "items[0].paid.net", code: "amount_too_large", expected: "<=20", received: "21" });
  });

  it("a date, a currency, a zone and a rate say their form and what was given", () => {
    expect(problemOf({ ...request({}, licenseKey()), asOf: "2026-02-30" })).toEqual({ path: "asOf", code: "invalid_date", expected: "YYYY-MM-DD", received: '"2026-02-30"' });
    expect(problemOf(request({ currency: "XXY" }, licenseKey()))).toEqual({ path: "account.currency", code: "unknown_currency", expected: "ISO 4217 currency code", received: '"XXY"' });
    expect(problemOf(request({ account: { currency: "EUR", timeZone: "Mars/Olympus" } }, licenseKey()))).toEqual({
      path: "account.timeZone", code: "invalid_time_zone", expected: "IANA time-zone name", received: '"Mars/Olympus"',
    });
    expect(problemOf(request({}, licenseKey({ net: "100.00", taxes: [tax("VAT", "19.00", { rate: "19" })] })))).toEqual({
      path: "items[0].paid.taxes[0].rate", code: "invalid_rate", expected: "<1", received: '"19"',
    });
  });

  it("a tax that disagrees with its rate gives the tax the rate makes", () => {
    expect(problemOf(request({}, licenseKey({ net: "100.00", taxes: [tax("VAT", "18.00", { rate: "0.19" })] })))).toEqual({
      path: "items[0].paid.taxes[0].amount", code: "tax_rate_mismatch", expected: "19.00", received: "18.00",
    });
  });

  it("a missing field or an unknown one carries its sentence only", () => {
    expect(problemOf({ ...request({}, licenseKey()), asOf: undefined })).toEqual({ path: "asOf", code: "missing" });
    expect(problemOf({ ...request({}, licenseKey()), extra: 1 })).toEqual({ path: "extra", code: "unknown_field" });
  });
});

describe("one result shape", () => {
  it("safeEvaluateRefund answers as every reader does: { ok, value } or { ok, problems }", () => {
    expectTypeOf<SafeDecision>().toMatchTypeOf<Checked<RefundDecision>>();
    const result = safeEvaluateRefund(request({}, licenseKey()));
    expect(result.ok && result.value).toEqual(result.ok && result.decision);
  });
});
