/**
 * What `explain` and `explainProblems` take is checked before it is read: a value that is not a
 * decision (or a list of problems) is the library's own error, listing every problem, never a
 * `TypeError` from deep inside the text.
 * @module
 */
import { type Problem, RefundPolicyError } from "../errors.js";

const AMOUNT = /^(0|[1-9]\d*)(\.\d+)?$/;
const CURRENCY = /^[A-Z]{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Check = (value: unknown) => boolean;
const text: Check = (value) => typeof value === "string";
const amount: Check = (value) => typeof value === "string" && AMOUNT.test(value);
const date: Check = (value) => typeof value === "string" && DATE.test(value);
const fields = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function need(problems: Problem[], at: string, value: unknown, check: Check, what: string): void {
  if (!check(value)) problems.push({ path: at, code: value === undefined ? "missing" : "wrong_type", message: `must be ${what}` });
}

/**
 * Throws a {@link RefundPolicyError} unless `value` has the decision's shape as far as `explain` reads it.
 *
 * @example
 * ```ts
 * assertDecision(null); // throws RefundPolicyError: "decision: must be a decision object"
 * ```
 */
export function assertDecision(value: unknown): void {
  const problems: Problem[] = [];
  if (!fields(value)) {
    problems.push({ path: "decision", code: value === undefined ? "missing" : "wrong_type", message: "must be a decision object, as evaluateRefund returns" });
    throw new RefundPolicyError(problems);
  }
  need(problems, "decision.currency", value["currency"], (v) => typeof v === "string" && CURRENCY.test(v), "an ISO 4217 currency code");
  need(problems, "decision.status", value["status"], text, "a string");
  const total = value["total"];
  if (fields(total)) for (const key of ["net", "tax", "gross"]) need(problems, `decision.total.${key}`, total[key], amount, 'a decimal string such as "12.30"');
  else need(problems, "decision.total", total, () => false, "an object { net, tax, gross }");
  for (const list of ["lines", "notices", "effects"] as const) {
    const entries = value[list];
    if (!Array.isArray(entries)) {
      need(problems, `decision.${list}`, entries, () => false, "an array");
      continue;
    }
    entries.forEach((entry: unknown, i) => {
      const at = `decision.${list}[${i}]`;
      if (!fields(entry)) return need(problems, at, entry, () => false, "an object");
      if (list === "lines") {
        for (const key of ["itemId", "type", "outcome"]) need(problems, `${at}.${key}`, entry[key], text, "a string");
        const refund = entry["refund"];
        if (fields(refund)) for (const key of ["net", "tax", "gross"]) need(problems, `${at}.refund.${key}`, refund[key], amount, 'a decimal string such as "12.30"');
        else need(problems, `${at}.refund`, refund, () => false, "an object { net, tax, gross, taxes }");
      } else if (list === "notices") {
        need(problems, `${at}.code`, entry["code"], text, "a string");
      } else {
        need(problems, `${at}.type`, entry["type"], text, "a string");
        need(problems, `${at}.on`, entry["on"], date, "a date YYYY-MM-DD");
      }
    });
  }
  if (problems.length > 0) throw new RefundPolicyError(problems);
}

/**
 * Throws a {@link RefundPolicyError} unless `value` is a list of problems (`path`, `code`, `message`, each a string).
 *
 * @example
 * ```ts
 * assertProblems([{ path: "asOf", code: "missing", message: "is required" }]); // passes
 * ```
 */
export function assertProblems(value: unknown): void {
  const problems: Problem[] = [];
  if (!Array.isArray(value)) {
    problems.push({ path: "problems", code: value === undefined ? "missing" : "wrong_type", message: "must be an array of problems, as a RefundPolicyError carries" });
  } else {
    value.forEach((entry: unknown, i) => {
      if (!fields(entry)) return need(problems, `problems[${i}]`, entry, () => false, "an object { path, code, message }");
      for (const key of ["path", "code", "message"]) need(problems, `problems[${i}].${key}`, entry[key], text, "a string");
    });
  }
  if (problems.length > 0) throw new RefundPolicyError(problems);
}
