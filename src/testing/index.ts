/**
 * `refund-policy/testing`: builders that make a consumer's test read in one line
 * what it sets up, and a checker that a decision keeps the contract.
 *
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * import { migrationRequest, subscription, assertDecision } from "refund-policy/testing";
 *
 * const decision = assertDecision(evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00" }))));
 * decision.total.net; // "1194.00"
 * ```
 * @module refund-policy/testing
 */
export {
  incurredCharge,
  licenseKey,
  marketplaceApp,
  migrationRequest,
  refunded,
  request,
  subscription,
  tax,
  telephonyCredit,
  type PaidShorthand,
} from "./builders.js";
export { assertDecision, checkDecision } from "./check.js";
