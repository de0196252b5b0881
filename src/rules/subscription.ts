import type { Subscription } from "../normalized.js";
import { formatCalendarDate } from "../calendar/calendar-date.js";
import { byAction, CREDIT_USE_REFUSED, defineRuleModule, type LineResult, type RuleContext } from "./module.js";
import { countUnused, prorateLine } from "./proration.js";

/**
 * Subscriptions: not refundable (`products.non-refundable`); discontinued by
 * turning automatic renewal off (`subscription.discontinue`); partly refunded for
 * their unused days or months on migration to on-premise (`migration.partial-refund`).
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { definePolicy, bitrix24Policy, subscriptionRules } from "refund-policy";
 * const policy = definePolicy({ ...bitrix24Policy, id: "mine", modules: { ...bitrix24Policy.modules, subscription: subscriptionRules } });
 * ```
 */
export const subscriptionRules = defineRuleModule({
  itemType: "subscription",
  clauses: ["products.non-refundable", "subscription.discontinue", "migration.partial-refund", "telephony.non-transferable"],
  evaluate: byAction<"subscription">({
    refund: () => ({ outcome: "no_refund", clause: "products.non-refundable" }),
    cancel,
    migrate_to_on_premise: migrate,
    ...CREDIT_USE_REFUSED,
  }),
});

/** CLAUSES.md reading 12: no refund; renewal off, service to the period's end. */
function cancel(item: Subscription): LineResult {
  const clause = "subscription.discontinue";
  if (!item.autoRenew) {
    return { outcome: "no_refund", clause, notices: [{ code: "subscription.auto-renewal-already-off", clause, itemId: item.id }] };
  }
  return {
    outcome: "no_refund",
    clause,
    effects: [{ type: "disable_auto_renewal", itemId: item.id, on: formatCalendarDate(item.period.end), clause }],
  };
}

/** CLAUSES.md readings 4–8: the partial refund of unused time. */
function migrate(item: Subscription, { request, options, money }: RuleContext): LineResult {
  const clause = "migration.partial-refund";
  const migration = request.migration;
  if (migration === undefined || migration.status === "cancelled") return { outcome: "no_refund", clause, reason: "migration_cancelled" };
  if (!item.commercial || item.payment.net.isZero()) return { outcome: "no_refund", clause, reason: "not_commercial" };
  const unit = options.unit === "auto" ? (item.cycle === "month" ? "day" : "month") : options.unit;
  return prorateLine(item.payment, countUnused(item.period, migration.referenceDay, unit, options.completionDay), money, clause);
}
