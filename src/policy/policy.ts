import type { ClauseId } from "../clauses.js";
import type { AccountRule, RuleModule } from "../rules/module.js";
import type { ItemType } from "../contract/request.js";
import { RefundPolicyError } from "../errors.js";
import { policyProblems } from "./check.js";

/**
 * One rule module per item type: a new item type is a compile error in every policy.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { bitrix24Policy, type PolicyModules } from "refund-policy";
 * const modules: PolicyModules = { ...bitrix24Policy.modules };
 * ```
 */
export type PolicyModules = { readonly [T in ItemType]: RuleModule<T> };

/**
 * A refund policy: an id, a dated version, its rule modules and account rules.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { bitrix24Policy } from "refund-policy";
 * bitrix24Policy.version; // "2026-11-26"
 * ```
 */
export interface RefundPolicy {
  readonly id: string;
  /** The date (`YYYY-MM-DD`) this version of the policy took effect. */
  readonly version: string;
  readonly modules: PolicyModules;
  readonly accountRules: readonly AccountRule[];
}

/**
 * Composes a policy from rule modules (a frozen value). It checks the policy at run
 * time too, for JavaScript callers and policies assembled from data: a module for
 * every item type, each registered under its own item type with an `evaluate`
 * function and known clause ids; an `id` of letters, digits, `.`, `_` or `-`; a
 * `version` that is a real date; account rules with an `evaluate` function. A policy
 * that fails any of these is refused with one {@link RefundPolicyError} (code
 * `"invalid_policy"`) listing every problem, before any request meets it.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { bitrix24Policy, definePolicy } from "refund-policy";
 * import { defineRuleModule } from "refund-policy/rules";
 * const generous = definePolicy({
 *   ...bitrix24Policy,
 *   id: "generous-keys",
 *   version: "2027-01-01",
 *   modules: {
 *     ...bitrix24Policy.modules,
 *     license_key: defineRuleModule({
 *       itemType: "license_key",
 *       clauses: ["products.non-refundable"],
 *       evaluate: () => ({ outcome: "no_refund", clause: "products.non-refundable" }),
 *     }),
 *   },
 * });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function definePolicy(policy: RefundPolicy): RefundPolicy {
  const problems = policyProblems(policy);
  if (problems.length > 0) throw new RefundPolicyError(problems, "invalid_policy");
  return freezePolicy(policy);
}

/**
 * A policy as a frozen value, unchecked: for the built-in policy, whose modules the
 * compiler and the tests check (its evaluation then carries no policy checker).
 *
 * @example
 * ```ts
 * const policy = freezePolicy({ id: "bitrix24", version: "2026-11-26", modules, accountRules: [] });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function freezePolicy(policy: RefundPolicy): RefundPolicy {
  return Object.freeze({ ...policy, modules: Object.freeze({ ...policy.modules }), accountRules: Object.freeze([...policy.accountRules]) });
}

/**
 * Every clause a policy's modules and rules may cite.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { bitrix24Policy } from "refund-policy";
 * import { policyClauses } from "refund-policy/rules";
 * policyClauses(bitrix24Policy).has("taxes.exclusive"); // true
 * ```
 */
export function policyClauses(policy: RefundPolicy): ReadonlySet<ClauseId> {
  const parts = [...Object.values(policy.modules), ...policy.accountRules];
  return new Set(parts.flatMap((part) => part.clauses));
}
