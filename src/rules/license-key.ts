import { defineRuleModule, unreachable } from "./module.js";
import { CREDIT_REFUSED } from "./subscription.js";

/**
 * License keys: never refunded (`products.non-refundable`), on a migration too.
 *
 * @example
 * ```ts
 * import { licenseKeyRules } from "refund-policy";
 * licenseKeyRules.clauses; // ["products.non-refundable", "telephony.non-transferable"]
 * ```
 */
export const licenseKeyRules = defineRuleModule({
  itemType: "license_key",
  clauses: ["products.non-refundable", "telephony.non-transferable"],
  evaluate(_item, { request: { action } }) {
    switch (action) {
      case "refund":
      case "cancel":
      case "migrate_to_on_premise":
        return { outcome: "no_refund", clause: "products.non-refundable" };
      case "transfer_credit":
      case "apply_credit_to_invoice":
      case "pay_with_credit":
        return CREDIT_REFUSED;
      default:
        return unreachable(action);
    }
  },
});
