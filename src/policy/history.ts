import { parseCalendarDate } from "../calendar/calendar-date.js";
import type { RefundOptions } from "../contract/options.js";
import { type Problem, RefundPolicyError } from "../errors.js";
import { readOptions } from "../validate/options.js";
import { policyProblems } from "./check.js";
import type { RefundPolicy } from "./policy.js";

/**
 * One dated version of a policy: a whole policy value (its modules and account
 * rules), the first day it decides, and the options it reads by default (the
 * caller's options win, reading by reading and app by app).
 *
 * @example
 * ```ts
 * import { bitrix24Policy } from "refund-policy";
 * const version: PolicyVersion = { effectiveFrom: "2027-01-01", policy: bitrix24Policy, defaultOptions: { rounding: "half_even" } };
 * ```
 */
export interface PolicyVersion {
  /** The first day (`YYYY-MM-DD`) this version decides. */
  readonly effectiveFrom: string;
  readonly policy: RefundPolicy;
  /** JSON options this version reads by default; `versionDate` cannot be one of them. */
  readonly defaultOptions?: RefundOptions;
}

/**
 * A policy over time: its versions, oldest first. The version in force on a
 * request's reference date decides it (see {@link VersionDate}); a date before the
 * first version is refused.
 *
 * @example
 * ```ts
 * import { bitrix24History } from "refund-policy";
 * bitrix24History.versions[0]?.effectiveFrom; // "1970-01-01"
 * ```
 */
export interface PolicyHistory {
  readonly kind: "history";
  readonly versions: readonly PolicyVersion[];
}

/**
 * Builds a policy history (a frozen value) from its versions, in any order. Refuses,
 * with one {@link RefundPolicyError} of code `"invalid_policy"` listing every problem, an
 * empty list, an `effectiveFrom` that is not a real date or is repeated, a version's
 * policy that cannot work, default options that break the contract, or a `versionDate`
 * among a version's default options.
 *
 * @example
 * ```ts
 * import { bitrix24Policy, createEvaluator, definePolicy, definePolicyHistory } from "refund-policy";
 * const history = definePolicyHistory([
 *   { effectiveFrom: "1970-01-01", policy: bitrix24Policy },
 *   { effectiveFrom: "2027-01-01", policy: definePolicy({ ...bitrix24Policy, version: "2027-01-01" }), defaultOptions: { rounding: "half_even" } },
 * ]);
 * const evaluate = createEvaluator(history);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function definePolicyHistory(versions: readonly PolicyVersion[]): PolicyHistory {
  const problems: Problem[] = [];
  if (!Array.isArray(versions) || versions.length === 0) {
    throw new RefundPolicyError([{ path: "versions", code: "missing", message: "a policy history needs at least one version" }], "invalid_policy");
  }
  const seen = new Set<string>();
  versions.forEach((version: PolicyVersion | null | undefined, index) => {
    const at = `versions[${index}]`;
    if (typeof version !== "object" || version === null) {
      problems.push({ path: at, code: "wrong_type", message: "must be { effectiveFrom, policy, defaultOptions? }" });
      return;
    }
    const day = version.effectiveFrom;
    if (typeof day !== "string" || parseCalendarDate(day) === undefined) {
      problems.push({ path: `${at}.effectiveFrom`, code: "invalid_date", message: `must be a real calendar date YYYY-MM-DD, not ${JSON.stringify(day)}` });
    } else if (seen.has(day)) {
      problems.push({ path: `${at}.effectiveFrom`, code: "duplicate_id", message: `two versions take effect on ${day}` });
    }
    seen.add(day);
    for (const problem of policyProblems(version.policy)) problems.push({ ...problem, path: problem.path === "" ? `${at}.policy` : `${at}.policy.${problem.path}` });
    if (version.defaultOptions?.versionDate !== undefined) {
      problems.push({ path: `${at}.defaultOptions.versionDate`, code: "not_applicable", message: "versionDate picks the version, so no version can default it" });
    }
    const read = readOptions(version.defaultOptions);
    if (!read.ok) for (const problem of read.problems) problems.push({ ...problem, path: `${at}.defaultOptions${problem.path.slice("options".length)}` });
  });
  if (problems.length > 0) throw new RefundPolicyError(problems, "invalid_policy");
  const sorted = [...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  return Object.freeze({ kind: "history", versions: Object.freeze(sorted.map((version) => Object.freeze({ ...version }))) });
}

/**
 * A policy given alone decides every date: a history of one version from the first day the library reads.
 *
 * @example
 * ```ts
 * asHistory(bitrix24Policy).versions[0]?.effectiveFrom; // "0001-01-01"
 * ```
 */
export function asHistory(policy: RefundPolicy | PolicyHistory): PolicyHistory {
  return isHistory(policy) ? policy : { kind: "history", versions: [{ effectiveFrom: "0001-01-01", policy }] };
}

/**
 * Tells a history from a single policy (or from a value that is neither, which the policy check reports).
 *
 * @example
 * ```ts
 * isHistory(bitrix24History); // true
 * ```
 */
export function isHistory(policy: RefundPolicy | PolicyHistory): policy is PolicyHistory {
  return typeof policy === "object" && policy !== null && (policy as { kind?: unknown }).kind === "history" && Array.isArray((policy as { versions?: unknown }).versions);
}
