import { byAction, CREDIT_USE_REFUSED, defineRuleModule, type LineResult } from "./module.js";

const noRefund = (): LineResult => ({ outcome: "no_refund", clause: "charges.incurred" });

/**
 * Incurred charges: usage already consumed is owed and never refunded (`charges.incurred`).
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { incurredChargeRules } from "refund-policy/rules";
 * incurredChargeRules.itemType; // "incurred_charge"
 * ```
 */
export const incurredChargeRules = defineRuleModule({
  itemType: "incurred_charge",
  clauses: ["charges.incurred", "telephony.non-transferable"],
  evaluate: byAction<"incurred_charge">({ refund: noRefund, cancel: noRefund, migrate_to_on_premise: noRefund, ...CREDIT_USE_REFUSED }),
});
