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
