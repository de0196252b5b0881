import type { ClauseId } from "../clauses.js";
import type { AccountRule, RuleModule } from "../rules/module.js";
import type { ItemType } from "../contract/request.js";

/**
 * One rule module per item type: a new item type is a compile error in every policy.
 *
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
 * Composes a policy from rule modules (a frozen value). Every module must be
 * registered under its own item type.
 *
 * @example
 * ```ts
 * import { bitrix24Policy, definePolicy, defineRuleModule } from "refund-policy";
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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(policy.version)) throw new TypeError(`policy version must be a date YYYY-MM-DD, not "${policy.version}"`);
  for (const [type, module] of Object.entries(policy.modules)) {
    if (module.itemType !== type) throw new TypeError(`the module registered for "${type}" handles "${module.itemType}"`);
  }
  return Object.freeze({ ...policy, modules: Object.freeze({ ...policy.modules }), accountRules: Object.freeze([...policy.accountRules]) });
}

/**
 * Every clause a policy's modules and rules may cite.
 *
 * @example
 * ```ts
 * import { bitrix24Policy, policyClauses } from "refund-policy";
 * policyClauses(bitrix24Policy).has("taxes.exclusive"); // true
 * ```
 */
export function policyClauses(policy: RefundPolicy): ReadonlySet<ClauseId> {
  const parts = [...Object.values(policy.modules), ...policy.accountRules];
  return new Set(parts.flatMap((part) => part.clauses));
}
