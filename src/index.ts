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
  ItemCaption,
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
export type {
  CustomMarketplaceTerms,
  MarketplaceAppView,
  MarketplaceTermsInput,
  MarketplaceVerdict,
  RefundOptions,
  RoundingMode,
  VersionDate,
} from "./contract/options.js";
export {
  OUTCOMES,
  type Calculation,
  type DecisionLine,
  type DecisionPolicy,
  type CancelRenewalOff,
  type CreditForfeitNotice,
  type CreditMayBecomeUnusableNotice,
  type Effect,
  type FieldsIgnoredNotice,
  type ForfeitCause,
  type LineReason,
  type MigrationRenewalOff,
  type Notice,
  type NoticeCode,
  type OverdueInvoicesNotice,
  type RenewalAlreadyOffNotice,
  type RequestNotice,
  type Outcome,
  type RefundAmounts,
  type RefundDecision,
  type DecisionDigests,
} from "./contract/decision.js";
export { bitrix24Policy, bitrix24History } from "./policy/bitrix24.js";
export { definePolicyHistory, type PolicyHistory, type PolicyVersion } from "./policy/history.js";
export {
  comparePolicies,
  type AmountDelta,
  type ChangedDecision,
  type ComparisonSide,
  type LineFigures,
  type PolicyComparison,
} from "./replay/compare.js";
export { verifyDecision, type Difference, type Verification } from "./replay/verify.js";
export { definePolicy, type PolicyModules, type RefundPolicy } from "./policy/policy.js";
export { evaluateMany, evaluateStream, type BatchResult, type BatchOptions } from "./engine/batch.js";
export { explain, type ExplainOptions, type Explanation } from "./explain/explain.js";
export { explainProblems, type ProblemExplanation } from "./explain/problems.js";
export type { LocaleChoice } from "./explain/resolve.js";
export type { DecisionMessageKey, ExplainLocale, FieldName, MessageKey, Messages, ProblemMessageKey } from "./explain/messages.js";
export { settleRefund, safeSettleRefund, type SafeSettlement } from "./settlement/settle.js";
export type {
  CreditNote,
  CreditNoteLine,
  OpenInvoiceInput,
  PaymentMethod,
  SettlementInput,
  SettlementInvoiceInput,
  SettlementOptions,
  SettlementPaymentInput,
  SettlementPlan,
  SettlementStep,
} from "./contract/settlement.js";
export { explainSettlement, type ExplainSettlementOptions, type SettlementExplanation } from "./explain/settlement.js";
export type { SettlementMessageKey } from "./explain/messages.js";
export type { Signing } from "./digest/index.js";
