/**
 * refund-policy: under this refund policy, what does this customer get back, and
 * what happens next? An exact, explained, pure answer.
 *
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * const decision = evaluateRefund({
 *   asOf: "2026-06-20", action: "cancel", account: { currency: "USD" },
 *   items: [{ id: "sub-1", type: "subscription", cycle: "month",
 *             period: { start: "2026-06-01", end: "2026-07-01" }, paid: { net: "49.00" } }],
 * });
 * decision.effects[0]; // { type: "disable_auto_renewal", itemId: "sub-1", on: "2026-07-01", clause: "subscription.discontinue" }
 * ```
 * @module refund-policy
 */
export { evaluateRefund, safeEvaluateRefund, createEvaluator, type Evaluator, type SafeDecision } from "./engine/evaluate.js";
export { RefundPolicyError, isRefundPolicyError, type Checked, type Problem, type ProblemCode, type RefundPolicyErrorCode } from "./errors.js";
export { CLAUSES, type ClauseId } from "./clauses.js";
export type {
  AccountStatus,
  AmountString,
  BillingCycle,
  CurrencyCode,
  DateString,
  Identifier,
  IncurredChargeInput,
  ItemInput,
  ItemType,
  LicenseKeyInput,
  MarketplaceAppInput,
  MigrationStatus,
  PaidInput,
  PeriodInput,
  RefundAction,
  RefundedInput,
  RefundRequest,
  SubscriptionInput,
  TaxPaidInput,
  TelephonyCreditInput,
} from "./contract/request.js";
export {
  ROUNDING_MODES,
  type CustomMarketplaceTerms,
  type MarketplaceAppView,
  type MarketplaceTermsInput,
  type MarketplaceVerdict,
  type RefundOptions,
  type RoundingMode,
  type VersionDate,
} from "./contract/options.js";
export {
  OUTCOMES,
  type Calculation,
  type DecisionLine,
  type DecisionPolicy,
  type Effect,
  type LineReason,
  type Notice,
  type NoticeCode,
  type Outcome,
  type RefundAmounts,
  type RefundDecision,
  type DecisionDigests,
} from "./contract/decision.js";
export type {
  Account,
  AppTerms,
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
} from "./normalized.js";
export { bitrix24Policy, bitrix24History } from "./policy/bitrix24.js";
export { definePolicyHistory, type PolicyHistory, type PolicyVersion } from "./policy/history.js";
export { LIBRARY_VERSION } from "./version.js";
export {
  comparePolicies,
  type AmountDelta,
  type ChangedDecision,
  type ComparisonSide,
  type LineFigures,
  type PolicyComparison,
} from "./replay/compare.js";
export { verifyDecision, type Difference, type Verification } from "./replay/verify.js";
export { definePolicy, policyClauses, type PolicyModules, type RefundPolicy } from "./policy/policy.js";
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
} from "./rules/module.js";
export { subscriptionRules } from "./rules/subscription.js";
export { licenseKeyRules } from "./rules/license-key.js";
export { telephonyCreditRules } from "./rules/telephony-credit.js";
export { marketplaceAppRules } from "./rules/marketplace-app.js";
export { incurredChargeRules } from "./rules/incurred-charge.js";
export { nonPaymentRule, taxesRule, migrationRule } from "./rules/account.js";
export { countUnused, grantRefund } from "./rules/proration.js";
export { Money, type MoneyContext } from "./money/money.js";
export { currencyDigits, supportedCurrencies } from "./money/currencies.js";
export {
  type CalendarDate,
  parseCalendarDate,
  parseDateField,
  formatCalendarDate,
  addMonths,
  monthBoundariesBefore,
  isTimeZone,
} from "./calendar/calendar-date.js";
export { evaluateMany, evaluateStream, type BatchResult, type BatchOptions } from "./engine/batch.js";
export { explain, type ExplainOptions, type Explanation } from "./explain/explain.js";
export { explainProblems, type ProblemExplanation } from "./explain/problems.js";
export type { LocaleChoice } from "./explain/resolve.js";
export type { DecisionMessageKey, ExplainLocale, FieldName, MessageKey, Messages, ProblemMessageKey } from "./explain/messages.js";
export { canonicalJson, sha256Hex, hmacSha256Hex, type Signing } from "./digest/index.js";
