import { migrationRule, nonPaymentRule, taxesRule } from "../rules/account.js";
import { incurredChargeRules } from "../rules/incurred-charge.js";
import { licenseKeyRules } from "../rules/license-key.js";
import { marketplaceAppRules } from "../rules/marketplace-app.js";
import { subscriptionRules } from "../rules/subscription.js";
import { telephonyCreditRules } from "../rules/telephony-credit.js";
import { freezePolicy } from "./policy.js";
import type { PolicyHistory } from "./history.js";

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

/**
 * The built-in Bitrix24 policy as a history: the one version the project has read,
 * in force from 1970-01-01 (docs/policy-versions.md says why that day). A request
 * dated before it is refused with `before_policy`. Later versions of the text
 * become later entries here.
 *
 * @example
 * ```ts
 * import { bitrix24History } from "refund-policy";
 * bitrix24History.versions.map((v) => [v.effectiveFrom, v.policy.version]); // [["1970-01-01", "2026-11-26"]]
 * ```
 */
// A literal rather than definePolicyHistory(...): the one version needs no checks, and the browser bundle stays small.
export const bitrix24History: PolicyHistory = Object.freeze({ kind: "history", versions: Object.freeze([Object.freeze({ effectiveFrom: "1970-01-01", policy: bitrix24Policy })]) });
