/**
 * Reference model, money: plain BigInt arithmetic in minor units. Deliberately slow and obvious;
 * nothing here comes from src/ or decimal.js.
 */

export type Rounding = "half_up" | "half_even" | "down" | "up";

/** ISO 4217 minor-unit digits of the currencies the reference knows (a subset is enough for tests). */
export const CURRENCY_DIGITS: Readonly<Record<string, number>> = {
  EUR: 2, USD: 2, GBP: 2, CHF: 2, RUB: 2, BRL: 2,
  JPY: 0, KRW: 0, CLP: 0, ISK: 0,
  KWD: 3, BHD: 3, JOD: 3, TND: 3,
};

const AMOUNT = /^(0|[1-9]\d*)(?:\.(\d+))?$/;

/**
 * An amount string as a whole number of minor units, or undefined when it is not an amount of the
 * currency (bad form, or non-zero digits past the minor unit).
 */
export function parseMinor(text: string, digits: number): bigint | undefined {
  const match = AMOUNT.exec(text);
  if (!match) return undefined;
  const whole = match[1] ?? "0";
  let fraction = match[2] ?? "";
  if (fraction.length > digits) {
    if (!/^0*$/.test(fraction.slice(digits))) return undefined;
    fraction = fraction.slice(0, digits);
  }
  return BigInt(whole + fraction.padEnd(digits, "0"));
}

/** Minor units written with exactly `digits` decimals ("12.30"; JPY "1230"). */
export function formatMinor(minor: bigint, digits: number): string {
  if (minor < 0n) throw new Error(`reference: negative amount ${minor}`);
  if (digits === 0) return minor.toString();
  const text = minor.toString().padStart(digits + 1, "0");
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** A non-negative rational numerator / denominator, denominator > 0. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

/** A decimal string ("0.19") as an exact ratio, or undefined. */
export function parseRatio(text: string): Ratio | undefined {
  const match = AMOUNT.exec(text);
  if (!match) return undefined;
  const fraction = match[2] ?? "";
  return { num: BigInt((match[1] ?? "0") + fraction), den: 10n ** BigInt(fraction.length) };
}

/** num / den (both >= 0, den > 0) rounded to a whole number by `mode`. */
export function roundRatio(num: bigint, den: bigint, mode: Rounding): bigint {
  if (den <= 0n || num < 0n) throw new Error(`reference: bad ratio ${num}/${den}`);
  const floor = num / den;
  const rest = num - floor * den;
  if (rest === 0n) return floor;
  switch (mode) {
    case "down":
      return floor;
    case "up":
      return floor + 1n;
    case "half_up":
      return 2n * rest >= den ? floor + 1n : floor;
    case "half_even":
      if (2n * rest > den) return floor + 1n;
      if (2n * rest < den) return floor;
      return floor % 2n === 0n ? floor : floor + 1n;
  }
}

/** amount × num / den, rounded once to a whole number of minor units. */
export function prorateMinor(amount: bigint, num: bigint, den: bigint, mode: Rounding): bigint {
  return roundRatio(amount * num, den, mode);
}

/** max(a − b, 0): a refund is never negative. */
export function minusFloorZero(a: bigint, b: bigint): bigint {
  return a > b ? a - b : 0n;
}

/** |a − b| */
export function distance(a: Ratio, b: Ratio): Ratio {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return { num: left > right ? left - right : right - left, den: a.den * b.den };
}

/** a <= b */
export function atMost(a: Ratio, b: Ratio): boolean {
  return a.num * b.den <= b.num * a.den;
}
