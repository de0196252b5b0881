/**
 * The clause ids of the Bitrix24 refund policy, in one place.
 *
 * Every line, notice and effect of a decision cites one of these. The ids are
 * stable: billing services store them for audit.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { CLAUSES } from "refund-policy";
 * CLAUSES.includes("migration.partial-refund"); // true
 * ```
 */
export const CLAUSES = [
  "products.non-refundable",
  "charges.incurred",
  "telephony.no-cash-value",
  "telephony.non-transferable",
  "telephony.forfeit-on-termination",
  "marketplace.developer-policy",
  "taxes.exclusive",
  "billing.non-payment",
  "subscription.discontinue",
  "migration.partial-refund",
] as const;

/**
 * A clause id of the refund policy, such as `"migration.partial-refund"`.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import type { ClauseId } from "refund-policy";
 * const clause: ClauseId = "telephony.no-cash-value";
 * ```
 */
export type ClauseId = (typeof CLAUSES)[number];
