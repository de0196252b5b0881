import { describe, expect, it } from "vitest";
import { evaluateRefund, type Problem, safeEvaluateRefund } from "../../src/index.js";
import { migrationRequest, refunded, subscription, tax } from "../../src/testing/index.js";

/** The problems of a completed migration of one yearly subscription (1200.00 unless given), or [] if decided. */
function problemsOf(sub: ReturnType<typeof subscription>, currency?: string): Problem[] {
  const result = safeEvaluateRefund(migrationRequest({ completedOn: "2026-06-15", ...(currency ? { currency } : {}) }, sub));
  return result.ok ? [] : [...result.problems];
}
const withTax = (net: string, rate: string, amount: string) => subscription({ net, taxes: [tax("VAT", amount, { rate })] });

describe("a tax given with a rate must agree with it (CLAUSES.md reading 17)", () => {
  it("refuses a tax of 999.00 on a net of 100.00 at 0.19, saying what was expected", () => {
    expect(problemsOf(withTax("100.00", "0.19", "999.00"))).toEqual([
      {
        path: "items[0].paid.taxes[0].amount",
        code: "tax_rate_mismatch",
        message: expect.stringContaining("expected 19.00 (100.00 × 0.19), within 0.01"),
        expected: "19.00",
        received: "999.00",
      },
    ]);
  });

  it("refuses a rate written as a percentage (19), saying it is a fraction such as 0.19", () => {
    const problems = problemsOf(withTax("100.00", "19", "19.00"));
    expect(problems).toEqual([{ path: "items[0].paid.taxes[0].rate", code: "invalid_rate", message: expect.stringContaining("a fraction"), expected: "<1", received: '"19"' }]);
    expect(problems[0]?.message).toContain("0.19");
  });

  it("refuses a rate of 1 or more even when the amount agrees with it", () => {
    expect(problemsOf(withTax("1200.00", "1.5", "1800.00")).map((p) => p.code)).toEqual(["invalid_rate"]);
    expect(problemsOf(withTax("100.00", "1", "100.00")).map((p) => p.code)).toEqual(["invalid_rate"]);
  });

  it("gives one problem per tax: a bad rate is not also compared with the amount", () => {
    const sub = subscription({ net: "100.00", taxes: [tax("VAT", "999.00", { rate: "19" }), tax("CITY", "50.00", { rate: "0.01" })] });
    expect(problemsOf(sub).map((p) => `${p.code} @ ${p.path}`)).toEqual([
      "invalid_rate @ items[0].paid.taxes[0].rate",
      "tax_rate_mismatch @ items[0].paid.taxes[1].amount",
    ]);
  });

  it("accepts an amount exactly one minor unit off net × rate, either way (exact decimals, where binary floats would refuse 19.01)", () => {
    expect(problemsOf(withTax("100.00", "0.19", "19.01"))).toEqual([]);
    expect(problemsOf(withTax("100.00", "0.19", "18.99"))).toEqual([]);
    expect(problemsOf(withTax("100.00", "0.19", "19.02")).map((p) => p.code)).toEqual(["tax_rate_mismatch"]);
    expect(problemsOf(withTax("100.00", "0.19", "18.98")).map((p) => p.code)).toEqual(["tax_rate_mismatch"]);
  });

  it("accepts a tax rounded from a product with more digits (1.15 × 0.07 = 0.0805 → 0.08)", () => {
    expect(problemsOf(withTax("1.15", "0.07", "0.08"))).toEqual([]);
    expect(problemsOf(withTax("1.15", "0.07", "0.09"))).toEqual([]);
    expect(problemsOf(withTax("1.15", "0.07", "0.07")).map((p) => p.code)).toEqual(["tax_rate_mismatch"]);
  });

  it("measures one minor unit in the account's currency (JPY: 1 yen)", () => {
    expect(problemsOf(withTax("1000", "0.1", "101"), "JPY")).toEqual([]);
    expect(problemsOf(withTax("1000", "0.1", "102"), "JPY")).toEqual([
      { path: "items[0].paid.taxes[0].amount", code: "tax_rate_mismatch", message: expect.stringContaining("expected 100 (1000 × 0.1), within 1"), expected: "100", received: "102" },
    ]);
  });

  it("accepts a zero rate only with a zero tax", () => {
    expect(problemsOf(withTax("100.00", "0", "0.00"))).toEqual([]);
    expect(problemsOf(withTax("100.00", "0", "1.00")).map((p) => p.code)).toEqual(["tax_rate_mismatch"]);
  });

  it("does not check a tax given without a rate (compound taxes, invoice-level rounding)", () => {
    expect(problemsOf(subscription({ net: "100.00", taxes: [tax("VAT", "999.00")] }))).toEqual([]);
  });

  it("refunds a tax that agrees with its rate in proportion, as before", () => {
    const decision = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, withTax("1200.00", "0.19", "228.01")));
    expect(decision.lines[0]?.refund).toMatchObject({ net: "600.00", tax: "114.01" });
  });
});

describe("earlier refunds per tax name only taxes the item paid", () => {
  it("refuses a refunded tax the item never paid (unknown_tax)", () => {
    const sub = subscription({ net: "1200.00", taxes: [tax("VAT", "228.00", { rate: "0.19" })], refunded: refunded("0.00", { GST: "1.00" }) });
    expect(problemsOf(sub)).toEqual([{ path: "items[0].refunded.taxes[0].code", code: "unknown_tax", message: expect.stringContaining('"GST"') }]);
  });

  it("accepts a refunded tax the item paid", () => {
    const sub = subscription({ net: "1200.00", taxes: [tax("VAT", "228.00", { rate: "0.19" })], refunded: refunded("0.00", { VAT: "1.00" }) });
    expect(problemsOf(sub)).toEqual([]);
  });
});
