// Money is exact (src/money/money.ts: "an immutable, exact ... decimal amount", one rounding at the end).
// decimal.js holds 80 significant digits; amounts written as plain decimal strings are summed and prorated
// as integers, so they stay exact however many digits they have: no hidden rounding before the one rounding.
import { describe, expect, it } from "vitest";
import { Money } from "../../src/rules/index.js";

const down = { digits: 2, rounding: "down" as const };
const big = `1${"0".repeat(78)}`; // 79 digits: a third of it has 78 integer digits, then the cents

describe("Money stays exact beyond decimal.js' 80 significant digits", () => {
  it("prorates by unit counts rounding once: two thirds of 10^78, rounded down, ends in .66 (not .67 from a first rounding at 80 digits)", () => {
    expect(Money.parse(big).prorate(2, 3, down).format(2)).toBe(`${"6".repeat(78)}.66`);
  });

  it("prorates by a Money ratio (the taxes' share) rounding once as well", () => {
    expect(Money.parse(big).prorate(Money.parse("2"), Money.parse("3"), down).format(2)).toBe(`${"6".repeat(78)}.66`);
    expect(Money.parse(big).prorate(Money.parse("2.0"), 3, down).format(2)).toBe(`${"6".repeat(78)}.66`);
    expect(Money.parse(big).prorate(2, Money.parse("3.00"), down).format(2)).toBe(`${"6".repeat(78)}.66`);
  });

  it("adds every cent of amounts with more than 80 digits", () => {
    const huge = `1${"0".repeat(85)}.01`;
    expect(Money.parse(huge).plus(Money.parse("0.01")).format(2)).toBe(`1${"0".repeat(85)}.02`);
    expect(Money.sum([Money.parse("0.01"), Money.parse(huge), Money.parse("0.00")]).format(2)).toBe(`1${"0".repeat(85)}.02`);
  });
});
