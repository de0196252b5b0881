import type { Checked, Problem, ProblemCode } from "../errors.js";
import { type CalendarDate, parseDateField } from "../calendar/calendar-date.js";
import { decimalShape } from "../money/decimal-string.js";
import { Money } from "../money/money.js";

/** Limits that keep hostile input bounded (documented in docs/SECURITY.md). */
export const LIMITS = {
  /** Items in one request, and overdue invoices on one account. */
  maxItems: 100_000,
  /** Characters in an id, code, plan, product or app id. */
  maxIdLength: 200,
  /** Characters in a free-text field (description, developer name or contact). */
  maxTextLength: 2_000,
  /** Digits before the decimal point of an amount. */
  maxIntegerDigits: 20,
  /** Characters in an amount, all told (20 digits, the point and 43 decimals, zeros past the minor unit included). */
  maxAmountLength: 64,
  /** Characters in a tax rate (any number of decimals up to it: `"0.19000000000000"` is 0.19). */
  maxRateLength: 64,
  /** Characters in an item's `label` or `ref`. */
  maxCaptionLength: 200,
  /** Taxes paid on one item, and taxes refunded on it. */
  maxTaxes: 100,
  /** Levels of nesting in a request (the contract needs 5; fields read past may use the rest). */
  maxDepth: 32,
  /** A request's size, as compact JSON text in UTF-16 code units (the command line counts a line's bytes). */
  maxRequestSize: 32 * 1024 * 1024,
} as const;

// Mutation testing: a check such as `reader.problems.length > 0 || value === undefined` only narrows types.
// Every read records a problem before it gives up on a value, and any problem refuses the request, so a
// mutant of such a check answers the same: it is equivalent. The Stryker disable comments of src/validate/
// that say "narrowing" mean this.
const RATE = /^(0|[1-9]\d*)(?:\.\d+)?$/;

/** A JSON object (not an array, not null). */
export type Fields = Record<string, unknown>;

/** Tells whether a value is a plain JSON-like object. */
export function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as a problem's `received` gives it: a string quoted (its first 40 characters), a number or boolean as written, else its kind. */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "array" : typeof value;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return Number.isFinite(value) ? `the number ${value}` : `the number ${String(value)}`;
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * Reads fields of untrusted input at a path and collects every problem. It only
 * ever reads own properties, so `__proto__`, `constructor` or `prototype` keys are
 * plain unknown fields, never a way into a prototype.
 */
export class Reader {
  readonly problems: Problem[] = [];
  /** Paths of unknown fields read past (only when they are ignored). */
  readonly ignored: string[] = [];
  /** The path of the first date field given as an instant (reading 19: then the zone is required). */
  firstInstant: string | undefined;

  /** `unknownFields`: whether a field the contract does not have is a problem or is read past. */
  constructor(private readonly unknownFields: "refuse" | "ignore") {}

  /** Records a problem; `expected` and `received`, where given, are the data a form can show beside the sentence. */
  add(path: string, code: ProblemCode, message: string, expected?: string, received?: string): undefined {
    const problem: Problem = { path, code, message };
    if (expected !== undefined) problem.expected = expected;
    if (received !== undefined) problem.received = received;
    this.problems.push(problem);
    return undefined;
  }

  /** The value read, or every problem recorded (a value is only trusted when there are none). */
  result<T>(value: T | undefined): Checked<T> {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: narrowing (equivalent: see the note at the top of this file)
    if (this.problems.length > 0 || value === undefined) return { ok: false, problems: this.problems };
    return { ok: true, value };
  }

  /**
   * The own value at `key`, or `undefined` when it is absent or `null`: serializers
   * (Jackson, PHP, Go) send `null` for an optional field they have no value for, so
   * `null` reads as absent everywhere (a required field given `null` is `missing`).
   */
  get(fields: Fields, key: string): unknown {
    return Object.prototype.hasOwnProperty.call(fields, key) ? (fields[key] ?? undefined) : undefined;
  }

  /** Reports every key that is not in `allowed` (or, when unknown fields are ignored, notes its path). */
  onlyKnown(fields: Fields, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(fields)) {
      if (allowed.includes(key)) continue;
      if (this.unknownFields === "refuse") this.add(join(path, key), "unknown_field", `is not a field of ${path || "the request"}`);
      else this.ignored.push(join(path, key));
    }
  }

  private present(fields: Fields, key: string, path: string, required: boolean, why?: string): unknown {
    const value = this.get(fields, key);
    if (value === undefined && required) this.add(join(path, key), "missing", why === undefined ? "is required" : `is required: ${why}`);
    return value;
  }

  /** An object field; `why`, if given, says why a missing one is required. */
  object(fields: Fields, key: string, path: string, required: boolean, why?: string): Fields | undefined {
    const value = this.present(fields, key, path, required, why);
    if (value === undefined) return undefined;
    if (isFields(value)) return value;
    this.add(join(path, key), "wrong_type", `must be an object, not ${describe(value)}`, "object", shown(value));
    return undefined;
  }

  array(fields: Fields, key: string, path: string, required: boolean, maxEntries: number = LIMITS.maxItems): unknown[] | undefined {
    const value = this.present(fields, key, path, required);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.add(join(path, key), "wrong_type", `must be an array, not ${describe(value)}`, "array", shown(value));
      return undefined;
    }
    if (value.length > maxEntries) {
      this.add(join(path, key), "too_many_items", `has ${value.length} entries; at most ${maxEntries} are accepted`, `<=${maxEntries}`, `${value.length}`);
      return undefined;
    }
    // A sparse array's holes (`[, item]` from JavaScript callers) are entries too: read as undefined, never skipped.
    return Array.from(value);
  }

  string(fields: Fields, key: string, path: string, required: boolean, maxLength: number = LIMITS.maxIdLength): string | undefined {
    const value = this.present(fields, key, path, required);
    if (value === undefined) return undefined;
    if (typeof value !== "string") {
      this.add(join(path, key), "wrong_type", `must be a string, not ${describe(value)}`, "string", shown(value));
      return undefined;
    }
    if (value.length > maxLength) {
      this.add(join(path, key), "too_long", `has ${value.length} characters; at most ${maxLength} are accepted`, `<=${maxLength}`, `${value.length}`);
      return undefined;
    }
    if (required && value.length === 0) {
      this.add(join(path, key), "missing", "must not be empty");
      return undefined;
    }
    return value;
  }

  boolean(fields: Fields, key: string, path: string): boolean | undefined {
    const value = this.get(fields, key);
    if (value === undefined || typeof value === "boolean") return value;
    this.add(join(path, key), "wrong_type", `must be true or false, not ${describe(value)}`, "boolean", shown(value));
    return undefined;
  }

  oneOf<T extends string>(fields: Fields, key: string, path: string, values: readonly T[], required: boolean): T | undefined {
    const value = this.present(fields, key, path, required);
    if (value === undefined) return undefined;
    if (typeof value === "string" && (values as readonly string[]).includes(value)) return value as T;
    this.add(join(path, key), "unknown_value", `must be one of ${values.map((v) => `"${v}"`).join(", ")}, not ${describe(value)}`, values.map((v) => `"${v}"`).join(" | "), shown(value));
    return undefined;
  }

  date(fields: Fields, key: string, path: string, required: boolean, timeZone: string | undefined): CalendarDate | undefined {
    // 64 characters: an instant with a zone offset and up to 39 fractional digits.
    const text = this.string(fields, key, path, required, 64);
    if (text === undefined) return undefined;
    const date = parseDateField(text, timeZone);
    // A plain date is exactly 10 characters; anything longer that reads is an instant.
    if (date !== undefined && text.length > 10) this.firstInstant ??= join(path, key);
    if (date === undefined) {
      this.add(join(path, key), "invalid_date", `must be a real calendar date YYYY-MM-DD (years 0001-9999) or an ISO 8601 instant with an offset, not ${describe(text)}`, "YYYY-MM-DD", shown(text));
    }
    return date;
  }

  /**
   * A non-negative decimal string with at most `digits` decimals, not counting
   * trailing zeros (a `DECIMAL(12,4)` column's `"2388.0000"` is EUR 2388.00, JPY
   * `"1200.00"` is 1200); `undefined` digits: the currency is unknown, so only the
   * form is checked.
   */
  amount(fields: Fields, key: string, path: string, required: boolean, digits: number | undefined): Money | undefined {
    const value = this.present(fields, key, path, required);
    if (value === undefined) return undefined;
    const at = join(path, key);
    if (typeof value !== "string") {
      this.add(at, "wrong_type", `must be a decimal string such as "12.30", not ${describe(value)}`, "decimal string", shown(value));
      return undefined;
    }
    if (value.length > LIMITS.maxAmountLength) {
      this.add(at, "too_long", `has ${value.length} characters; an amount has at most ${LIMITS.maxAmountLength}`, `<=${LIMITS.maxAmountLength}`, `${value.length}`);
      return undefined;
    }
    const shape = decimalShape(value);
    if (!shape) {
      const hint = value.startsWith("-") ? "; amounts are never negative" : "";
      this.add(at, "invalid_amount", `must be a decimal string such as "12.30", not ${describe(value)}${hint}`, "decimal string", shown(value));
      return undefined;
    }
    if (shape.integerDigits > LIMITS.maxIntegerDigits) {
      this.add(at, "amount_too_large", `has more than ${LIMITS.maxIntegerDigits} digits before the decimal point`, `<=${LIMITS.maxIntegerDigits}`, `${shape.integerDigits}`);
      return undefined;
    }
    // Digits past the minor unit are accepted only as zeros (the decision writes the amount without them).
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: zeros are counted only where there are more decimals than digits to save time; counting them for every amount gives the same answer
    if (digits !== undefined && shape.decimals > digits) {
      const significant = significantDecimals(value, shape.decimals);
      if (significant > digits) {
        this.add(at, "too_many_decimals", `has ${significant} decimal${significant === 1 ? "" : "s"}; the currency allows ${digits}`, `<=${digits}`, `${significant}`);
        return undefined;
      }
    }
    return Money.parse(value);
  }

  /** A tax rate: a decimal string of any number of decimals, at most {@link LIMITS}.maxRateLength characters. */
  rate(fields: Fields, key: string, path: string): string | undefined {
    const value = this.get(fields, key);
    if (value === undefined) return undefined;
    if (typeof value === "string" && value.length > LIMITS.maxRateLength) {
      this.add(join(path, key), "too_long", `has ${value.length} characters; at most ${LIMITS.maxRateLength} are accepted`, `<=${LIMITS.maxRateLength}`, `${value.length}`);
      return undefined;
    }
    if (typeof value === "string" && RATE.test(value)) return value;
    this.add(join(path, key), "invalid_rate", `must be a decimal string such as "0.19", not ${describe(value)}`, "decimal string", shown(value));
    return undefined;
  }
}

/** The decimals of a checked decimal string that has `decimals` (at least one) of them, trailing zeros not counted. */
function significantDecimals(text: string, decimals: number): number {
  let significant = decimals;
  // The decimal point, before the first decimal, ends the count of zeros.
  while (text.charCodeAt(text.length - decimals + significant - 1) === 48) significant--;
  return significant;
}

/** `join("items[2]", "paid")` is `items[2].paid`. */
export function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}
