import { describe, expect, it } from "vitest";
import { safeEvaluateRefund } from "../../src/index.js";
import { migrationRequest, subscription, tax } from "../../src/testing/index.js";

const codes = (net: string, rate: string, amount: string) => {
  const result = safeEvaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription({ net, taxes: [tax("VAT", amount, { rate })] })));
  return result.ok ? [] : result.problems.map((p) => p.code);
};

describe("a rate checks against the net in whatever decimals each is written (CLAUSES.md reading 17)", () => {
  it("accepts 20.00 on a net written without decimals (100) at 0.2, and refuses 2.00", () => {
    expect(codes("100", "0.2", "20.00")).toEqual([]);
    expect(codes("100", "0.2", "20")).toEqual([]);
    expect(codes("100", "0.2", "2.00")).toEqual(["tax_rate_mismatch"]);
  });

  it("allows one minor unit either way, and not two", () => {
    expect(codes("100", "0.19", "19.01")).toEqual([]);
    expect(codes("100", "0.19", "18.99")).toEqual([]);
    expect(codes("100", "0.19", "18.98")).toEqual(["tax_rate_mismatch"]);
    expect(codes("100", "0.19", "19.02")).toEqual(["tax_rate_mismatch"]);
  });
});
