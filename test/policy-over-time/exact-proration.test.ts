import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Money, ROUNDING_MODES } from "../../src/index.js";
import { amountOf } from "../arbitraries.js";

// Money.prorate computes whole-number and plain-decimal ratios in integers (the fast path the
// corpus commands rely on); a ratio of computed amounts still goes through decimal.js. Both must agree.
describe("exact proration in integers", () => {
  it("gives the same amount as decimal division for every rounding mode", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 22n }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 3_700 }),
        fc.integer({ min: 0, max: 3_700 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...ROUNDING_MODES),
        (units, scale, numerator, denominator, digits, rounding) => {
          const amount = Money.parse(amountOf(units, scale));
          const context = { digits, rounding };
          const exact = amount.prorate(numerator, denominator, context);
          // A computed amount (plus zero keeps the text; plus a computed zero does not) takes decimal.js' path.
          const viaDecimal = Money.parse(amountOf(units, scale)).prorate(Money.parse(String(numerator)).plus(Money.parse("0.5")).minus(Money.parse("0.5")), denominator, context);
          expect(exact.format(digits)).toBe(viaDecimal.format(digits));
        },
      ),
    );
  });

  it("rounds ties by the mode: half_up away from zero, half_even to even, down and up", () => {
    const tie = Money.parse("0.05");
    expect(ROUNDING_MODES.map((rounding) => tie.prorate(1, 2, { digits: 2, rounding }).format(2))).toEqual(["0.03", "0.02", "0.02", "0.03"]);
    expect(Money.parse("0.07").prorate(1, 2, { digits: 2, rounding: "half_even" }).format(2)).toBe("0.04");
    expect(Money.parse("100.00").prorate(Money.parse("1.5"), Money.parse("4.50"), { digits: 2, rounding: "half_up" }).format(2)).toBe("33.33");
    expect(Money.parse("100.00").prorate(3, 0, { digits: 2, rounding: "up" }).isZero()).toBe(true);
  });
});
