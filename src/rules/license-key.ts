import { byAction, CREDIT_USE_REFUSED, defineRuleModule, type LineResult } from "./module.js";

const noRefund = (): LineResult => ({ outcome: "no_refund", clause: "products.non-refundable" });

/**
 * License keys: never refunded (`products.non-refundable`), on a migration too.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { licenseKeyRules } from "refund-policy/rules";
 * licenseKeyRules.clauses; // ["products.non-refundable", "telephony.non-transferable"]
 * ```
 */
export const licenseKeyRules = defineRuleModule({
  itemType: "license_key",
  clauses: ["products.non-refundable", "telephony.non-transferable"],
  evaluate: byAction<"license_key">({ refund: noRefund, cancel: noRefund, migrate_to_on_premise: noRefund, ...CREDIT_USE_REFUSED }),
});
