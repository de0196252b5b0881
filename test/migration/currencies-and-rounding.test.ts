// migration.partial-refund: refunds in the currency's minor units, rounded once by the chosen mode.
import { describe, expect, it } from "vitest";
import { evaluateRefund, type RoundingMode } from "../../src/index.js";
import { migrationRequest, subscription, tax } from "../../src/testing/index.js";
import { migrate } from "../helpers.js";

describe("currencies", () => {
  it("rounds JPY to whole yen (1000 × 10 / 31 = 322.58… → 323)", () => {
    const line = migrate("2026-07-21", subscription({ cycle: "month", start: "2026-07-01", end: "2026-08-01", net: "1000" }), undefined, "JPY");
    expect(line.calculation).toMatchObject({ unused: 10, total: 31 });
    expect(line.refund).toEqual({ net: "323", tax: "0", gross: "323", taxes: [] });
  });

  it("keeps three decimals for KWD, taxes included", () => {
    const sub = subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "100.000", taxes: [tax("KW-VAT", "5.000")] });
    const line = migrate("2026-06-20", sub, undefined, "KWD");
    expect(line.refund).toEqual({ net: "33.333", tax: "1.667", gross: "35.000", taxes: [{ code: "KW-VAT", amount: "1.667" }] });
  });

  it("rejects amounts with more decimals than the currency has", () => {
    expect(() => evaluateRefund(migrationRequest({ completedOn: "2026-06-15", currency: "JPY" }, subscription({ net: "1000.5" })))).toThrowError(
      expect.objectContaining({ problems: [expect.objectContaining({ path: "items[0].paid.net", code: "too_many_decimals" })] }),
    );
  });
});

describe("rounding at half a minor unit", () => {
  // Two days, one unused: exactly half of the amount paid.
  const twoDays = (net: string) => subscription({ cycle: "month", start: "2026-06-01", end: "2026-06-03", net });
  const cases: [RoundingMode, string, string][] = [
    ["half_up", "5.03", "5.08"],
    ["half_even", "5.02", "5.08"],
    ["down", "5.02", "5.07"],
    ["up", "5.03", "5.08"],
  ];

  it.each(cases)("%s rounds 5.025 to %s and 5.075 to %s", (rounding, first, second) => {
    expect(migrate("2026-06-01", twoDays("10.05"), { rounding }).refund.net).toBe(first);
    expect(migrate("2026-06-01", twoDays("10.15"), { rounding }).refund.net).toBe(second);
  });

  it("rounds a tax tie by the same mode (KWD 3.333 × 50.000 / 100.000 = 1.6665)", () => {
    const sub = subscription({ cycle: "month", start: "2026-06-01", end: "2026-06-03", net: "100.000", taxes: [tax("KW-VAT", "3.333")] });
    const taxFor = (rounding: RoundingMode) => migrate("2026-06-01", sub, { rounding }, "KWD").refund.tax;
    expect([taxFor("half_up"), taxFor("half_even"), taxFor("down"), taxFor("up")]).toEqual(["1.667", "1.666", "1.666", "1.667"]);
  });

  it("rounds away from zero only with up, below a tie", () => {
    // 10.01 / 2 = 5.005 is a tie; 10.03 × 1/3 = 3.34333…
    const threeDays = subscription({ cycle: "month", start: "2026-06-01", end: "2026-06-04", net: "10.03" });
    expect(migrate("2026-06-02", threeDays, { rounding: "up" }).refund.net).toBe("3.35");
    expect(migrate("2026-06-02", threeDays, { rounding: "half_up" }).refund.net).toBe("3.34");
  });
});
