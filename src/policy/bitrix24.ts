import { migrationRule, nonPaymentRule, taxesRule } from "../rules/account.js";
import { incurredChargeRules } from "../rules/incurred-charge.js";
import { licenseKeyRules } from "../rules/license-key.js";
import { marketplaceAppRules } from "../rules/marketplace-app.js";
import { subscriptionRules } from "../rules/subscription.js";
import { telephonyCreditRules } from "../rules/telephony-credit.js";
import { freezePolicy } from "./policy.js";

/**
 * The built-in Bitrix24 refund policy: the five rule modules and the account
 * rules, as of its dated version.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { bitrix24Policy } from "refund-policy";
 * bitrix24Policy.id; // "bitrix24"
 * ```
 */
export const bitrix24Policy = freezePolicy({
  id: "bitrix24",
  version: "2026-11-26",
  modules: {
    subscription: subscriptionRules,
    license_key: licenseKeyRules,
    telephony_credit: telephonyCreditRules,
    marketplace_app: marketplaceAppRules,
    incurred_charge: incurredChargeRules,
  },
  accountRules: [nonPaymentRule, taxesRule, migrationRule],
});
