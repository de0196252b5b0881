/**
 * `refund-policy/rules`: the kit for writing rule modules and account rules: the rule-module
 * factories, the built-in rule modules to compose with, exact money, calendar dates, proration
 * and the normalized request a rule reads. A billing service that only evaluates needs none of
 * it: `refund-policy` keeps evaluating, explaining and policies.
 *
 * @example
 * ```ts
 * import { bitrix24Policy, definePolicy } from "refund-policy";
 * import { defineRuleModule } from "refund-policy/rules";
 *
 * const strict = definePolicy({
 *   ...bitrix24Policy,
 *   id: "strict-keys",
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
 * @module refund-policy/rules
 */
export {
  defineRuleModule,
  defineAccountRule,
  byAction,
  CREDIT_USE_REFUSED,
  type ActionHandlers,
  type RuleModule,
  type AccountRule,
  type RuleContext,
  type LineResult,
  type LineRefund,
  type UnusedCount,
} from "./module.js";
export { subscriptionRules } from "./subscription.js";
export { licenseKeyRules } from "./license-key.js";
export { telephonyCreditRules } from "./telephony-credit.js";
export { marketplaceAppRules } from "./marketplace-app.js";
export { incurredChargeRules } from "./incurred-charge.js";
export { nonPaymentRule, taxesRule, migrationRule } from "./account.js";
export { countUnused, grantRefund, type Share } from "./proration.js";
export { policyClauses } from "../policy/policy.js";
export { Money, type MoneyContext } from "../money/money.js";
export { currencyDigits, supportedCurrencies } from "../money/currencies.js";
export {
  type CalendarDate,
  parseCalendarDate,
  parseDateField,
  formatCalendarDate,
  addMonths,
  monthBoundariesBefore,
  isTimeZone,
} from "../calendar/calendar-date.js";
export { ROUNDING_MODES } from "../contract/options.js";
export { LIBRARY_VERSION } from "../version.js";
export type {
  Account,
  AppTerms,
  Caption,
  IncurredCharge,
  Item,
  ItemsByType,
  LicenseKey,
  MarketplaceApp,
  MarketplaceTerms,
  Migration,
  NormalizedOptions,
  NormalizedRequest,
  OverdueInvoice,
  Payment,
  Period,
  Subscription,
  TaxPaid,
  TelephonyCredit,
} from "../normalized.js";
