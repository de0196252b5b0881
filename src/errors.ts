/**
 * A stable code for one problem with a request or its options.
 *
 * @category Errors
 * @example
 * ```ts
 * const code: ProblemCode = "too_many_decimals";
 * ```
 */
export type ProblemCode =
  | "missing"
  | "wrong_type"
  | "unknown_value"
  | "unknown_field"
  | "too_long"
  | "too_deep"
  | "too_large"
  | "invalid_date"
  | "invalid_amount"
  | "too_many_decimals"
  | "amount_too_large"
  | "invalid_rate"
  | "unknown_currency"
  | "invalid_time_zone"
  | "duplicate_id"
  | "duplicate_tax"
  | "unknown_tax"
  | "tax_rate_mismatch"
  | "inconsistent_credit_note"
  | "en16931_unsupported"
  | "en16931_rule"
  | "refund_exceeds_paid"
  | "invalid_period"
  | "no_items"
  | "too_many_items"
  | "not_applicable"
  | "completed_after_as_of"
  | "purchased_after_as_of"
  | "cycle_mismatch"
  | "no_telephony_credit"
  | "before_policy"
  | "invalid_terms_result"
  | "invalid_json"
  | "wrong_item_type"
  // Settlement (settleRefund): the ledger against the decision.
  | "not_final"
  | "over_credit"
  | "unknown_invoice"
  | "item_on_two_invoices"
  | "no_invoice"
  | "currency_mismatch"
  | "captured_after_as_of"
  | "decision_mismatch";

/**
 * One problem: where it is (`items[2].paid.net`), a stable code and a plain sentence; and,
 * where there is one, what the field should hold and what it holds, as data a form can use
 * (as valibot's issues carry them).
 *
 * @category Errors
 * @example
 * ```ts
 * const problem: Problem = {
 *   path: "items[0].paid.net", code: "too_many_decimals", message: "has 3 decimals; the currency allows 2",
 *   expected: "<=2", received: "3",
 * };
 * ```
 */
export interface Problem {
  path: string;
  code: ProblemCode;
  message: string;
  /**
   * What the field should hold: a kind of value (`"string"`, `"object"`, `"decimal string"`,
   * `"YYYY-MM-DD"`), the accepted values (`"\"month\" | \"year\""`), a bound (`"<=2"`: decimals,
   * characters, digits or entries, as the code says) or a figure (`tax_rate_mismatch`: the tax
   * the rate gives). Absent where the sentence says all there is (a missing field, a duplicate id).
   */
  expected?: string;
  /** What the field holds, in the same terms: a string quoted (its first 40 characters), a number as written, a count. */
  received?: string;
}

/**
 * What reading untrusted input gives: the value, or every problem found. Only the
 * outer edge of the API (an evaluator) turns problems into a thrown error.
 *
 * @category Errors
 * @example
 * ```ts
 * const read: Checked<number> = { ok: false, problems: [{ path: "asOf", code: "missing", message: "is required" }] };
 * ```
 */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/** The brand every copy of the library (ESM, CJS, two versions) puts on its errors. */
const BRAND: unique symbol = Symbol.for("refund-policy.error") as never;

/**
 * What a {@link RefundPolicyError} is about: a request (or its options) that breaks
 * the contract, or a policy composed with {@link definePolicy} that cannot work.
 *
 * @category Errors
 * @example
 * ```ts
 * const code: RefundPolicyErrorCode = "invalid_policy";
 * ```
 */
export type RefundPolicyErrorCode = "invalid_request" | "invalid_policy";

/**
 * The one error the library throws: a request (or options) that breaks the contract,
 * or a policy that cannot work. It lists every problem found, never only the first.
 * `instanceof` holds across copies of the library in one process (an ESM and a CJS
 * copy): the check looks for a brand, not for one class object.
 *
 * @category Errors
 * @example
 * ```ts
 * import { evaluateRefund, RefundPolicyError } from "refund-policy";
 * try {
 *   evaluateRefund({ asOf: "2026-02-30" });
 * } catch (error) {
 *   if (error instanceof RefundPolicyError) {
 *     for (const p of error.problems) console.log(p.path, p.code, p.message);
 *   }
 * }
 * ```
 */
export class RefundPolicyError extends Error {
  override readonly name = "RefundPolicyError";
  /** `"invalid_request"`, or `"invalid_policy"` from {@link definePolicy}. */
  readonly code: RefundPolicyErrorCode;
  /** Every problem found, in the order of the request's fields. */
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], code: RefundPolicyErrorCode = "invalid_request") {
    const shown = problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
    super(`${code === "invalid_policy" ? "Invalid refund policy" : "Invalid refund request"}: ${shown.join("; ")}${more}`);
    this.code = code;
    this.problems = Object.freeze(problems.map((p) => Object.freeze({ ...p })));
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * True for an error made by any copy of the library (the brand
   * `Symbol.for("refund-policy.error")`); a subclass keeps the ordinary check.
   *
   * @example
   * ```ts
   * import { RefundPolicyError } from "refund-policy";
   * new RefundPolicyError([]) instanceof RefundPolicyError; // true
   * ```
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== RefundPolicyError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
}

/**
 * Tells whether a value is a {@link RefundPolicyError}, also across bundle copies
 * (an ESM and a CJS copy of the library in one process), and from older copies
 * made before errors carried the brand.
 *
 * @category Errors
 * @example
 * ```ts
 * import { isRefundPolicyError } from "refund-policy";
 * isRefundPolicyError(new Error("x")); // false
 * ```
 */
export function isRefundPolicyError(value: unknown): value is RefundPolicyError {
  return (
    value instanceof RefundPolicyError ||
    (value instanceof Error && value.name === "RefundPolicyError" && Array.isArray((value as { problems?: unknown }).problems))
  );
}
