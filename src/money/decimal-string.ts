import type { RoundingMode } from "../contract/options.js";

// Mutation testing: these helpers answer on exact integers where they can, and `undefined` ("use decimal.js")
// where they cannot. A mutant that only answers `undefined` more often sends the amount to decimal.js: it
// changes the speed, not the value, so it is equivalent (property tests hold the two paths equal).
// The Stryker disable comments that say "the integer path" mean this.

const DECIMAL_STRING = /^(0|[1-9]\d*)(?:\.(\d+))?$/;

/**
 * The shape of a non-negative decimal string such as `"12.30"` (no sign, exponent, or
 * leading zeros): its digits before and after the point, or `undefined` for anything else.
 * The one reading of the wire's amount form, shared by validation, custom MarketPlace
 * verdicts and `checkDecision`.
 *
 * @example
 * ```ts
 * decimalShape("12.30"); // { integerDigits: 2, decimals: 2 }
 * decimalShape("1e3"); // undefined
 * ```
 */
export function decimalShape(text: string): { integerDigits: number; decimals: number } | undefined {
  const match = DECIMAL_STRING.exec(text);
  return match ? { integerDigits: match[1]!.length, decimals: match[2]?.length ?? 0 } : undefined;
}

/**
 * Whether `amount` is within one minor unit (of a currency with `digits` decimals) of
 * `net × rate`, for decimal strings already checked by {@link decimalShape}. Exact:
 * all three are read as integers scaled to a common power of ten (BigInt, no float
 * and no decimal.js object; several times cheaper than decimal.js on the hot path).
 *
 * @example
 * ```ts
 * withinMinorUnitOfProduct("19.01", "100.00", "0.19", 2); // true: 19.00 ± 0.01
 * withinMinorUnitOfProduct("19.02", "100.00", "0.19", 2); // false
 * ```
 */
export function withinMinorUnitOfProduct(amount: string, net: string, rate: string, digits: number): boolean {
  const a = scaled(amount);
  const [n, netDecimals] = scaled(net);
  const [r, rateDecimals] = scaled(rate);
  const product: Scaled = [n * r, netDecimals + rateDecimals];
  const decimals = Math.max(a[1], product[1], digits);
  const difference = atDecimals(a, decimals) - atDecimals(product, decimals);
  return (difference < 0n ? -difference : difference) <= 10n ** BigInt(decimals - digits);
}

/**
 * A non-negative amount as the integer of its digits and its number of decimals.
 *
 * @example
 * ```ts
 * const twelveThirty: Scaled = [1230n, 2]; // 12.30
 * ```
 */
export type Scaled = [bigint, number];

/**
 * `value × numerator ÷ denominator`, rounded once to `digits` decimals by `rounding`, as a
 * count of minor units (`1194.00` is `119400n`); exact (BigInt, no float), for non-negative
 * scaled amounts (see {@link plainScaled}); `undefined` for a zero denominator. Proration
 * is most of a decision's arithmetic, and this is several times cheaper than decimal.js'
 * 80-digit division; a property test holds the two equal.
 *
 * @example
 * ```ts
 * prorateMinor([238800n, 2], [6n, 0], [12n, 0], 2, "half_up"); // 119400n
 * prorateMinor([1000n, 2], [1n, 0], [3n, 0], 2, "up"); // 334n
 * ```
 */
// Stryker disable next-line BlockStatement: the integer path (equivalent: an empty body answers `undefined`)
export function prorateMinor(value: Scaled, numerator: Scaled, denominator: Scaled, digits: number, rounding: RoundingMode): bigint | undefined {
  // Stryker disable next-line ConditionalExpression: the integer path (equivalent: see the note at the top)
  if (denominator[0] === 0n) return undefined;
  // value × numerator ÷ denominator × 10^digits = v·n·10^(digits + dDecimals − vDecimals − nDecimals) ÷ d
  let dividend = value[0] * numerator[0];
  let divisor = denominator[0];
  const shift = digits + denominator[1] - value[1] - numerator[1];
  // Stryker disable next-line EqualityOperator: at a shift of 0 either branch multiplies by 10^0 (equivalent)
  if (shift >= 0) dividend *= 10n ** BigInt(shift);
  else divisor *= 10n ** BigInt(-shift);
  const quotient = dividend / divisor;
  const twice = (dividend % divisor) * 2n;
  if (twice === 0n || rounding === "down") return quotient;
  const up = rounding === "up" || twice > divisor || (twice === divisor && (rounding === "half_up" || quotient % 2n === 1n));
  return up ? quotient + 1n : quotient;
}

/**
 * A count of minor units (negative too) as a decimal string with exactly `digits` decimals.
 *
 * @example
 * ```ts
 * formatMinor(5n, 2); // "0.05"
 * formatMinor(-1250n, 2); // "-12.50"
 * ```
 */
export function formatMinor(minor: bigint, digits: number): string {
  if (minor < 0n) return `-${formatMinor(-minor, digits)}`;
  const text = minor.toString();
  if (digits === 0) return text;
  const padded = text.padStart(digits + 1, "0");
  return `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * A scaled amount's integer at `decimals` decimals (no fewer than its own).
 *
 * @example
 * ```ts
 * atDecimals([1230n, 2], 4); // 123000n: 12.30 as 12.3000
 * ```
 */
export function atDecimals([units, own]: Scaled, decimals: number): bigint {
  return units * 10n ** BigInt(decimals - own);
}

const PLAIN = /^\d+(?:\.\d+)?$/;

/**
 * A plain non-negative decimal string (digits, at most one point; leading zeros allowed) or
 * whole number as the integer of its digits and its number of decimals; `undefined` for any
 * other form (a sign, an exponent, a fraction of a number).
 *
 * @example
 * ```ts
 * plainScaled("12.30"); // [1230n, 2]
 * plainScaled("1e3"); // undefined
 * ```
 */
export function plainScaled(value: string | number): Scaled | undefined {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the integer path (equivalent: see the note at the top; a negative count is tested)
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? [BigInt(value), 0] : undefined;
  return PLAIN.test(value) ? scaled(value) : undefined;
}

/** A decimal string as the integer of its digits and the number of its decimals: `"12.30"` is `[1230n, 2]`. */
function scaled(text: string): Scaled {
  const point = text.indexOf(".");
  // Stryker disable next-line EqualityOperator: a checked decimal never starts with its point (equivalent)
  return point < 0 ? [BigInt(text), 0] : [BigInt(text.slice(0, point) + text.slice(point + 1)), text.length - point - 1];
}
