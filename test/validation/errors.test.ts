// Bad input gets one error listing every problem, each with a path, a stable code and a sentence.
import { describe, expect, it } from "vitest";
import { evaluateRefund, isRefundPolicyError, RefundPolicyError } from "../../src/index.js";
import { problemsOf } from "../helpers.js";

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
