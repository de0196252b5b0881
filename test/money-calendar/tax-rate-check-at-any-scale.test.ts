// tax_rate_mismatch (docs/errors.md): a tax given with a rate must be within one minor unit of paid net × rate,
// computed exactly, whatever number of decimals the net, the rate and the amount are written with.
import { describe, expect, it } from "vitest";
import { safeEvaluateRefund } from "../../src/index.js";
import { licenseKey, request, tax } from "../../src/testing/index.js";

/** The problem codes of a license key paid `net` with one VAT line, in `currency` (none: accepted). */
function codes(net: string, amount: string, rate: string, currency = "EUR"): string[] {
  const result = safeEvaluateRefund(request({ currency }, licenseKey({ net, taxes: [tax("VAT", amount, { rate })] })));
  return result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}`);
}

describe("a tax rate is checked exactly against net × rate, at any scale of the figures", () => {
  it("accepts an amount written with more decimals than net × rate has, within one minor unit", () => {
    expect(codes("100", "20.00", "0.2")).toEqual([]);
    expect(codes("100", "20.01", "0.2")).toEqual([]);
    expect(codes("100", "19.99", "0.2")).toEqual([]);
    expect(codes("100", "20.100", "0.201", "KWD")).toEqual([]);
  });

  it("refuses one more minor unit off", () => {
    expect(codes("100", "20.02", "0.2")).toEqual(["items[0].paid.taxes[0].amount tax_rate_mismatch"]);
    expect(codes("100", "19.98", "0.2")).toEqual(["items[0].paid.taxes[0].amount tax_rate_mismatch"]);
    expect(codes("100", "20.102", "0.201", "KWD")).toEqual(["items[0].paid.taxes[0].amount tax_rate_mismatch"]);
  });

  it("accepts an amount written with fewer decimals than net × rate has (JPY)", () => {
    expect(codes("1005", "191", "0.19", "JPY")).toEqual([]);
    expect(codes("1005", "193", "0.19", "JPY")).toEqual(["items[0].paid.taxes[0].amount tax_rate_mismatch"]);
  });
});
