// Reading the plain values a credit note and its parties are made of, each problem collected with its path.
import type { Problem } from "../errors.js";
import { decimalShape } from "../money/decimal-string.js";

/** Characters XML 1.0 can carry (its `Char` production): no control character but tab, line feed and carriage return, no lone surrogate. */
const XML_TEXT = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/**
 * Problems found so far, in the order the fields are read.
 *
 * @example
 * ```ts
 * const problems: Problems = [];
 * ```
 */
export type Problems = Problem[];

/**
 * Whether a value is a plain object (not an array, not null).
 *
 * @example
 * ```ts
 * isRecord([]); // false
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * An optional field: `null` and `undefined` are both absent.
 *
 * @example
 * ```ts
 * present(null); // false
 * ```
 */
export function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * Records that a required field is absent (or `null`): `undefined`, as every reader returns after a problem.
 *
 * @example
 * ```ts
 * missing("creditNote.total.net", []); // undefined, with { path: "creditNote.total.net", code: "missing", message: "is required" } recorded
 * ```
 */
export function missing(path: string, problems: Problems): undefined {
  problems.push({ path, code: "missing", message: "is required" });
  return undefined;
}

/**
 * A text field an XML document can carry: a string of XML characters, not blank. `undefined` after
 * recording the problem. The text itself is kept as given: only the writer escapes it.
 *
 * @example
 * ```ts
 * readText("Acme & Sons", "parties.buyer.name", []); // "Acme & Sons"
 * ```
 */
export function readText(value: unknown, path: string, problems: Problems): string | undefined {
  if (!present(value)) return missing(path, problems);
  if (typeof value !== "string") {
    problems.push({ path, code: "wrong_type", message: "must be a string" });
    return undefined;
  }
  if (!XML_TEXT.test(value)) {
    problems.push({ path, code: "en16931_unsupported", message: "holds a character XML cannot carry (a control character or a lone surrogate)" });
    return undefined;
  }
  if (value.trim() === "") {
    problems.push({ path, code: "missing", message: "must not be blank" });
    return undefined;
  }
  return value;
}

/**
 * An optional text field: absent, or read as {@link readText}.
 *
 * @example
 * ```ts
 * readOptionalText(null, "parties.buyer.city", []); // undefined
 * ```
 */
export function readOptionalText(value: unknown, path: string, problems: Problems): string | undefined {
  return present(value) ? readText(value, path, problems) : undefined;
}

/**
 * Reports every field of `value` not in `known` (a misspelt `vatID` must not vanish silently).
 *
 * @example
 * ```ts
 * checkKnownFields({ vatID: "DE1" }, ["vatId"], "parties.seller", problems); // adds parties.seller.vatID unknown_field
 * ```
 */
export function checkKnownFields(value: Record<string, unknown>, known: readonly string[], path: string, problems: Problems): void {
  for (const key of Object.keys(value).sort()) {
    if (!known.includes(key)) problems.push({ path: `${path}.${key}`, code: "unknown_field", message: `is not a field here (known: ${known.join(", ")})` });
  }
}

/**
 * A non-negative amount with at most `digits` decimals past trailing zeros, as a count of minor units
 * (`"12.30"` at 2 digits is `1230n`); `undefined` after recording the problem.
 *
 * @example
 * ```ts
 * readMinor("2388.0000", 2, "creditNote.total.net", []); // 238800n
 * ```
 */
export function readMinor(value: unknown, digits: number, path: string, problems: Problems): bigint | undefined {
  if (!present(value)) return missing(path, problems);
  if (typeof value !== "string" || decimalShape(value) === undefined) {
    problems.push({ path, code: "invalid_amount", message: 'must be a non-negative decimal string such as "12.30"' });
    return undefined;
  }
  const [whole, fraction = ""] = value.split(".");
  const extra = fraction.slice(digits);
  if (/[^0]/.test(extra)) {
    problems.push({ path, code: "too_many_decimals", message: `has more decimals than the currency's ${digits}` });
    return undefined;
  }
  return BigInt(`${whole}${fraction.slice(0, digits).padEnd(digits, "0")}`);
}
