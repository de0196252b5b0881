import { defineRuleModule, unreachable } from "./module.js";
import { CREDIT_REFUSED } from "./subscription.js";

/**
 * Incurred charges: usage already consumed is owed and never refunded (`charges.incurred`).
 *
 * @example
 * ```ts
 * import { incurredChargeRules } from "refund-policy";
 * incurredChargeRules.itemType; // "incurred_charge"
 * ```
 */
export const incurredChargeRules = defineRuleModule({
  itemType: "incurred_charge",
  clauses: ["charges.incurred", "telephony.non-transferable"],
  evaluate(_item, { request: { action } }) {
    switch (action) {
      case "refund":
      case "cancel":
      case "migrate_to_on_premise":
        return { outcome: "no_refund", clause: "charges.incurred" };
      case "transfer_credit":
      case "apply_credit_to_invoice":
      case "pay_with_credit":
        return CREDIT_REFUSED;
      default:
        return unreachable(action);
    }
  },
});
