import type { RefundDecision } from "../contract/decision.js";
import type { RefundOptions } from "../contract/options.js";
import type { RefundRequest } from "../contract/request.js";
import { type Problem, RefundPolicyError } from "../errors.js";
import { bitrix24History } from "../policy/bitrix24.js";
import { policyProblems } from "../policy/check.js";
import { asHistory, isHistory, type PolicyHistory } from "../policy/history.js";
import type { RefundPolicy } from "../policy/policy.js";
import { DEFAULT_OPTIONS } from "../validate/options.js";
import { readRequest } from "../validate/request.js";
import { decideRequest, readVersionedOptions } from "./versions.js";

/**
 * An evaluator bound to one policy: `(request, options?) => decision`. The typed
 * call signature comes first, so editors complete the request's fields; the second
 * takes untrusted input (`JSON.parse` output, a Jackson or PHP payload with nulls)
 * without a cast, since the evaluator checks every field anyway and throws a
 * {@link RefundPolicyError} listing every problem.
 *
 * @category Evaluate
 * @example
 * ```ts
 * import { createEvaluator, bitrix24Policy } from "refund-policy";
 * const evaluate: Evaluator = createEvaluator(bitrix24Policy);
 * declare const body: string; // a request as some billing service sent it
 * evaluate(JSON.parse(body)); // no cast needed: JSON.parse gives any, `unknown` is accepted too
 * ```
 */
export type Evaluator = {
  (request: RefundRequest, options?: RefundOptions): RefundDecision;
  (request: unknown, options?: unknown): RefundDecision;
};

/**
 * The result of {@link safeEvaluateRefund}: the decision, or every problem of a
 * bad request, as data (nothing thrown). It has the one result shape of the library,
 * {@link Checked}: `{ ok: true, value }` or `{ ok: false, problems }`; `decision` is the
 * same decision as `value`, kept for callers written before.
 *
 * @category Evaluate
 * @example
 * ```ts
 * declare const result: SafeDecision;
 * if (result.ok) console.log(result.value.total.gross);
 * else for (const p of result.problems) console.log(p.path, p.code, p.expected, p.received);
 * ```
 */
export type SafeDecision =
  | {
      readonly ok: true;
      readonly value: RefundDecision;
      /** @deprecated The same decision as `value`; use `value` (the shape every result of the library has). */
      readonly decision: RefundDecision;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The one way in: reads the options first; then picks the version from the dates that
 * choose it, reads the request once with that version's options, and decides. Bad options
 * come back with the request's own problems (read with the defaults). Every problem comes
 * back as data; nothing here throws.
 */
export function decideUnknown(history: PolicyHistory, request: unknown, options: unknown): SafeDecision {
  const readOpts = readVersionedOptions(history, options);
  if (!readOpts.ok) {
    const readReq = readRequest(request, DEFAULT_OPTIONS);
    return { ok: false, problems: readReq.ok ? readOpts.problems : [...readReq.problems, ...readOpts.problems] };
  }
  const decided = decideRequest(history, request, readOpts.value);
  return decided.ok ? { ok: true, value: decided.value, decision: decided.value } : decided;
}

/**
 * Binds the engine to a policy, or to a policy history (the version in force on each
 * request's reference date decides it; see {@link VersionDate}). The evaluator is pure:
 * it reads no clock, no environment, no global settings, and never changes the request.
 * A policy that cannot work (see {@link definePolicy}) is refused here with a
 * {@link RefundPolicyError} of code `"invalid_policy"`.
 *
 * @category Evaluate
 * @example
 * ```ts
 * import { createEvaluator, bitrix24History, bitrix24Policy, definePolicy, type RefundRequest } from "refund-policy";
 * const evaluate = createEvaluator(definePolicy({ ...bitrix24Policy, id: "acme-resale" }));
 * const request: RefundRequest = {
 *   asOf: "2026-06-20", action: "refund", account: { currency: "EUR" },
 *   items: [{ id: "key-1", type: "license_key", paid: { net: "1490.00" } }],
 * };
 * evaluate(request).policy.effectiveFrom; // "0001-01-01": a policy alone decides every date
 * createEvaluator(bitrix24History)(request, { versionDate: "purchase" }).policy.chosenBy; // { field: "asOf", date: "2026-06-20" }
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createEvaluator(policy: RefundPolicy | PolicyHistory): Evaluator {
  // A policy not made by definePolicy (plain JavaScript) is checked here, once, not at evaluation.
  const problems = isHistory(policy) ? policy.versions.flatMap((version) => policyProblems(version.policy)) : policyProblems(policy);
  if (problems.length > 0) throw new RefundPolicyError(problems, "invalid_policy");
  const history = asHistory(policy);
  return (request: unknown, options?: unknown) => {
    const result = decideUnknown(history, request, options);
    if (!result.ok) throw new RefundPolicyError(result.problems);
    return result.decision;
  };
}

/**
 * Evaluates a refund request under the built-in Bitrix24 policy and explains the
 * answer: one line per item, totals, notices and effects, each citing its clause.
 * Throws a {@link RefundPolicyError} listing every problem of a bad request. It
 * takes a typed {@link RefundRequest} or, without a cast, `unknown` input (see
 * {@link Evaluator}); {@link safeEvaluateRefund} answers the same without throwing.
 *
 * @category Evaluate
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * const decision = evaluateRefund({
 *   asOf: "2026-06-20",
 *   action: "migrate_to_on_premise",
 *   account: { id: "acct-42", currency: "EUR" },
 *   migration: { status: "completed", completedOn: "2026-06-15" },
 *   items: [{
 *     id: "sub-1", type: "subscription", plan: "professional", cycle: "year",
 *     period: { start: "2026-01-01", end: "2027-01-01" },
 *     paid: { net: "2388.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "453.72" }] },
 *   }],
 * });
 * decision.total; // { net: "1194.00", tax: "226.86", gross: "1420.86" }
 * ```
 */
export function evaluateRefund(request: RefundRequest, options?: RefundOptions): RefundDecision;
/**
 * The same, for untrusted input (`JSON.parse` output, a payload with nulls): no
 * cast needed, since every field is checked at run time.
 *
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * declare const body: string;
 * evaluateRefund(JSON.parse(body) as unknown);
 * ```
 */
export function evaluateRefund(request: unknown, options?: unknown): RefundDecision;
export function evaluateRefund(request: unknown, options?: unknown): RefundDecision {
  const result = decideUnknown(bitrix24History, request, options);
  if (!result.ok) throw new RefundPolicyError(result.problems);
  return result.decision;
}

/**
 * {@link evaluateRefund} for input you do not trust, without exceptions: the
 * decision, or every problem, as data (the way valibot's `safeParse` answers).
 *
 * @category Evaluate
 * @example
 * ```ts
 * import { safeEvaluateRefund } from "refund-policy";
 * const result = safeEvaluateRefund(JSON.parse('{"asOf":"2026-02-30"}'));
 * result.ok; // false
 * ```
 */
export function safeEvaluateRefund(request: unknown, options?: unknown): SafeDecision {
  return decideUnknown(bitrix24History, request, options);
}
