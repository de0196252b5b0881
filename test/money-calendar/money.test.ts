// Money: exact decimal amounts, the currencies' minor units, one rounding at the end.
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currencyDigits, Money, supportedCurrencies } from "../../src/rules/index.js";

describe("money", () => {
  it("has the ISO 4217 minor units of every active currency", () => {
    expect([currencyDigits("USD"), currencyDigits("JPY"), currencyDigits("KWD"), currencyDigits("CLF"), currencyDigits("XAU")]).toEqual([2, 0, 3, 4, undefined]);
    expect(supportedCurrencies().length).toBe(166);
    for (const withdrawn of ["HRK", "CUC", "SLL", "ZWL", "XDR"]) expect(currencyDigits(withdrawn)).toBeUndefined();
    expect(supportedCurrencies()).toEqual([...supportedCurrencies()].sort());
  });

  it("is exact where binary floats are not (0.1 + 0.2)", () => {
    expect(Money.parse("0.1").plus(Money.parse("0.2")).format(2)).toBe("0.30");
    expect(Money.sum([Money.parse("0.1"), Money.parse("0.2")]).equals(Money.parse("0.3"))).toBe(true);
  });

  it("prorates with one rounding at the end, and gives zero over zero", () => {
    const ctx = { digits: 2, rounding: "half_up" as const };
    expect(Money.parse("100.00").prorate(1, 3, ctx).format(2)).toBe("33.33");
    expect(Money.parse("100.00").prorate(2, 3, ctx).format(2)).toBe("66.67");
    expect(Money.parse("5.00").prorate(1, 0, ctx).isZero()).toBe(true);
    expect(Money.parse("10.00").prorate(Money.parse("1"), Money.parse("4"), ctx).format(2)).toBe("2.50");
    expect(Money.parse("1.005").round(ctx).format(2)).toBe("1.01");
    expect(Money.parse("1.005").round({ digits: 2, rounding: "half_even" }).format(2)).toBe("1.00");
    // The largest amounts (20 integer digits) keep every digit: 12345678901234567890.12 × 199 / 365, from BigInt.
    expect(Money.parse("12345678901234567890.12").prorate(199, 365, ctx).format(2)).toBe("6730931784508709616.81");
  });

  it("writes what decimal.js' toFixed writes, for read and computed amounts alike", () => {
    const Exact = Decimal.clone({ precision: 100 });
    // Zero in every form ("0", "0.00") comes often.
    const amount = fc.tuple(fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n ** 20n })), fc.integer({ min: 0, max: 4 })).map(([units, scale]) => {
      const text = units.toString().padStart(scale + 1, "0");
      return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
    });
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 0, max: 4 }), (a, b, digits) => {
        const oracle = (text: string) => new Exact(text).toFixed(digits, Decimal.ROUND_HALF_UP);
        expect(Money.parse(a).format(digits)).toBe(oracle(a));
        expect(Money.parse(a).plus(Money.parse(b)).format(digits)).toBe(oracle(new Exact(a).plus(b).toString()));
        expect(Money.parse(a).isZero()).toBe(new Exact(a).isZero());
        // A sum of sums (the decision's totals) stays exact whichever way it is held.
        expect(Money.parse(a).plus(Money.parse(b)).plus(Money.parse(a)).equals(Money.parse(new Exact(a).times(2).plus(b).toString()))).toBe(true);
      }),
    );
  });

  it("writes exactly the currency's decimals, from read or computed amounts, whatever was written before", () => {
    const ctx = { digits: 2, rounding: "half_up" as const };
    expect(Money.parse("30").format(2)).toBe("30.00");
    expect(Money.parse("30.5").format(2)).toBe("30.50");
    expect(Money.parse("30.50").format(2)).toBe("30.50");
    expect(Money.parse("30.50").format(0)).toBe("31"); // more decimals than the currency: rounded half-up
    expect(Money.parse("0").format(3)).toBe("0.000");
    expect(Money.parse("0.00").format(0)).toBe("0");
    const third = Money.parse("100.00").prorate(1, 3, ctx); // computed: 33.33
    expect([third.format(2), third.format(4), third.format(0), third.format(2)]).toEqual(["33.33", "33.3300", "33", "33.33"]);
    expect(Money.parse("1.00").plus(Money.parse("2.5")).format(3)).toBe("3.500");
    expect(Money.parse("2.00").minusFloorZero(Money.parse("2.00")).format(2)).toBe("0.00");
    expect(Money.parse("0.00").plus(Money.parse("0.0")).format(1)).toBe("0.0");
    expect(Money.parse("1.25").plus(Money.parse("1.25")).format(0)).toBe("3");
    expect(Money.parse("123456789012345678901234.5").format(2)).toBe("123456789012345678901234.50");
  });

  it("never goes below zero when taking off earlier refunds", () => {
    expect(Money.parse("1.00").minusFloorZero(Money.parse("2.00")).format(2)).toBe("0.00");
    expect(Money.parse("3.00").minusFloorZero(Money.parse("2.00")).format(2)).toBe("1.00");
  });

  it("never touches the consumer's global decimal.js settings", async () => {
    const { Decimal } = await import("decimal.js");
    const before = { precision: Decimal.precision, rounding: Decimal.rounding };
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
    try {
      expect(Money.parse("2388.00").prorate(199, 365, { digits: 2, rounding: "half_up" }).format(2)).toBe("1301.95");
    } finally {
      Decimal.set(before);
    }
    expect(Decimal.precision).toBe(before.precision);
  });
});

describe("proration: the exact integer path gives what decimal.js gives", () => {
  const Exact = Decimal.clone({ precision: 200 });
  const MODES = { half_up: Decimal.ROUND_HALF_UP, half_even: Decimal.ROUND_HALF_EVEN, down: Decimal.ROUND_DOWN, up: Decimal.ROUND_UP } as const;
  // Plain decimal strings with 0 to 4 decimals, leading zeros sometimes ("007.50" is a plain form too).
  const plain = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 })).map(([units, scale, zeros]) => {
    const text = "0".repeat(zeros) + units.toString().padStart(scale + 1, "0");
    return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  });
  const ratioPart = fc.oneof(fc.integer({ min: 0, max: 4_000 }), plain);
  const mode = fc.constantFrom(...(Object.keys(MODES) as (keyof typeof MODES)[]));

  it("for unit counts and Money ratios, in every rounding mode and minor unit, ties included", () => {
    fc.assert(
      fc.property(plain, ratioPart, ratioPart, fc.integer({ min: 0, max: 4 }), mode, (value, numerator, denominator, digits, rounding) => {
        const asMoney = (part: number | string) => (typeof part === "number" ? part : Money.parse(part));
        const got = Money.parse(value).prorate(asMoney(numerator), asMoney(denominator), { digits, rounding });
        const d = new Exact(denominator);
        const expected = d.isZero() ? new Exact(0) : new Exact(value).times(numerator).dividedBy(d).toDecimalPlaces(digits, MODES[rounding]);
        expect(got.format(digits)).toBe(expected.toFixed(digits));
        expect(got.isZero()).toBe(expected.isZero());
      }),
      // 3,000 in the normal suites (ties and zero denominators are rare draws); fewer under mutation testing.
      { numRuns: 15 * (fc.readConfigureGlobal().numRuns ?? 200) },
    );
    // Exact halves, where the modes part ways: 0.125 × 1/1 to 2 decimals, and 0.135.
    const at = (value: string, rounding: keyof typeof MODES) => Money.parse(value).prorate(1, 1, { digits: 2, rounding }).format(2);
    expect(["half_up", "half_even", "down", "up"].map((r) => at("0.125", r as keyof typeof MODES))).toEqual(["0.13", "0.12", "0.12", "0.13"]);
    expect(at("0.135", "half_even")).toBe("0.14");
    expect(at("0.1251", "half_even")).toBe("0.13");
  });

  it("keeps decimal.js for amounts that are no plain decimal string", () => {
    const ctx = { digits: 2, rounding: "half_up" as const };
    expect(Money.parse("1e3").prorate(1, 3, ctx).format(2)).toBe("333.33");
    expect(Money.parse("-10.00").prorate(1, 3, ctx).format(2)).toBe("-3.33");
    expect(Money.parse("10.00").prorate(0.5, 1, ctx).format(2)).toBe("5.00");
    // A negative count is no plain amount either: decimal.js rounds it away from zero when asked to round up.
    expect(Money.parse("10.00").prorate(-1, 3, { digits: 2, rounding: "up" }).format(2)).toBe("-3.34");
    // A computed amount (a sum) prorates the same as its written form.
    const sum = Money.parse("0.1").plus(Money.parse("0.2"));
    expect(sum.prorate(1, 3, ctx).format(2)).toBe(Money.parse("0.3").prorate(1, 3, ctx).format(2));
  });
});
