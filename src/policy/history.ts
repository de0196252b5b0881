import type { RefundOptions } from "../contract/options.js";
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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Builds a policy history (a frozen value) from its versions, in any order. Throws
 * a `TypeError` for an empty list, a malformed or repeated `effectiveFrom`, or a
 * `versionDate` among a version's default options.
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
  if (versions.length === 0) throw new TypeError("a policy history needs at least one version");
  const sorted = [...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  sorted.forEach((version, index) => {
    if (!DAY.test(version.effectiveFrom)) throw new TypeError(`effectiveFrom must be a date YYYY-MM-DD, not "${version.effectiveFrom}"`);
    if (index > 0 && sorted[index - 1]!.effectiveFrom === version.effectiveFrom) throw new TypeError(`two versions take effect on ${version.effectiveFrom}`);
    if (version.defaultOptions?.versionDate !== undefined) throw new TypeError("versionDate picks the version, so no version can default it");
  });
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
  return "kind" in policy ? policy : { kind: "history", versions: [{ effectiveFrom: "0001-01-01", policy }] };
}
