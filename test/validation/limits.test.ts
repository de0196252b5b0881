// The limits on sizes, at their edges: the last accepted value and the first refused one.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { incurredCharge, licenseKey, request, subscription } from "../../src/testing/index.js";
import { problemsOf } from "../helpers.js";

describe("limits, at their edges", () => {
  it("accepts ids of 200 characters and texts of 2,000, and refuses one more", () => {
    expect(() => evaluateRefund(request({}, subscription({ id: "x".repeat(200) })))).not.toThrow();
    expect(problemsOf(request({}, subscription({ id: "x".repeat(201) })))).toEqual([{ path: "items[0].id", code: "too_long", message: "has 201 characters; at most 200 are accepted", expected: "<=200", received: "201" }]);
    expect(() => evaluateRefund(request({}, incurredCharge({ description: "d".repeat(2_000) })))).not.toThrow();
    expect(problemsOf(request({}, incurredCharge({ description: "d".repeat(2_001) })))[0]?.code).toBe("too_long");
  });

  it("accepts 20 integer digits and refuses 21", () => {
    expect(() => evaluateRefund(request({}, licenseKey({ net: `${"9".repeat(20)}.00` })))).not.toThrow();
    expect(problemsOf(request({}, licenseKey({ net: `${"9".repeat(21)}.00` })))).toEqual([
      { path: "items[0].paid.net", code: "amount_too_large", message: "has more than 20 digits before the decimal point", expected: "<=20", received: "21" },
    ]);
  });

  // A hundred thousand invoices are read and summed twice: well under a second, but many times that under
  // mutation testing's instrumented code on a busy machine.
  it("accepts 100,000 overdue invoices and refuses 100,001", { timeout: 60_000 }, () => {
    const invoices = Array.from({ length: 100_000 }, (_, i) => ({ id: `i${i}`, amount: "1.00" }));
    const decision = evaluateRefund(request({ account: { currency: "EUR", overdueInvoices: invoices } }, licenseKey()));
    expect(decision.notices[0]).toMatchObject({ overdue: "100000.00" });
    invoices.push({ id: "one-more", amount: "1.00" });
    expect(problemsOf(request({ account: { currency: "EUR", overdueInvoices: invoices } }, licenseKey()))).toEqual([
      { path: "account.overdueInvoices", code: "too_many_items", message: "has 100001 entries; at most 100000 are accepted", expected: "<=100000", received: "100001" },
    ]);
  });

  it("accepts amounts with exactly the currency's digits, or fewer", () => {
    for (const net of ["12", "12.3", "12.30", "0", "0.00"]) expect(() => evaluateRefund(request({}, licenseKey({ net })))).not.toThrow();
    expect(problemsOf(request({}, licenseKey({ net: "12.301" })))).toEqual([{ path: "items[0].paid.net", code: "too_many_decimals", message: "has 3 decimals; the currency allows 2", expected: "<=2", received: "3" }]);
  });

  it("refuses over-long strings instead of echoing them", () => {
    const problems = problemsOf(request({}, subscription({ id: "x".repeat(1_000_000) })));
    expect(problems).toEqual([{ path: "items[0].id", code: "too_long", message: "has 1000000 characters; at most 200 are accepted", expected: "<=200", received: "1000000" }]);
  });
});
