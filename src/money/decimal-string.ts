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
  const [a, amountDecimals] = scaled(amount);
  const [n, netDecimals] = scaled(net);
  const [r, rateDecimals] = scaled(rate);
  const decimals = Math.max(amountDecimals, netDecimals + rateDecimals, digits);
  const difference = a * 10n ** BigInt(decimals - amountDecimals) - n * r * 10n ** BigInt(decimals - netDecimals - rateDecimals);
  return (difference < 0n ? -difference : difference) <= 10n ** BigInt(decimals - digits);
}

/** A decimal string as the integer of its digits and the number of its decimals: `"12.30"` is `[1230n, 2]`. */
function scaled(text: string): [bigint, number] {
  const point = text.indexOf(".");
  return point < 0 ? [BigInt(text), 0] : [BigInt(text.slice(0, point) + text.slice(point + 1)), text.length - point - 1];
}
