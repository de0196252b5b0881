import type { Subscription } from "../normalized.js";
import { type CalendarDate, formatCalendarDate } from "../calendar/calendar-date.js";
import type { Effect } from "../contract/decision.js";
import { byAction, CREDIT_USE_REFUSED, defineRuleModule, type LineResult, type RuleContext } from "./module.js";
import { countUnused, prorateLine } from "./proration.js";
import { isWholeMonths } from "../calendar/cycles.js";
import type { NormalizedOptions } from "../normalized.js";

/**
 * Subscriptions: not refundable (`products.non-refundable`); discontinued by
 * turning automatic renewal off (`subscription.discontinue`); partly refunded for
 * their unused days or months on migration to on-premise (`migration.partial-refund`).
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { definePolicy, bitrix24Policy } from "refund-policy";
 * import { subscriptionRules } from "refund-policy/rules";
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

/**
 * Reading 12: no refund; renewal off, service to the period's end. No
 * effect is dated before `asOf`: a period that already ended is turned off on `asOf`.
 */
function cancel(item: Subscription, { request }: RuleContext): LineResult {
  const clause = "subscription.discontinue";
  if (!item.autoRenew) {
    return { outcome: "no_refund", clause, notices: [{ code: "subscription.auto-renewal-already-off", clause, itemId: item.id }] };
  }
  return { outcome: "no_refund", clause, effects: [renewalOff(item, item.period.end, request.asOf, clause)] };
}

/**
 * Readings 4–8: the partial refund of unused time. Reading 16: once the
 * migration completed, the on-premise copy replaces the subscription, so one still
 * renewing is turned off from its first unused day (never before `asOf`), whatever
 * it earns; an estimate turns nothing off yet, a cancelled migration nothing at all.
 */
function migrate(item: Subscription, { request, options, money }: RuleContext): LineResult {
  const clause = "migration.partial-refund";
  const migration = request.migration;
  if (migration === undefined || migration.status === "cancelled") return { outcome: "no_refund", clause, reason: "migration_cancelled" };
  const unit = prorationUnit(item, options.unit);
  const paid = item.commercial && !item.payment.net.isZero();
  const count = countUnused(item.period, migration.referenceDay, unit, options.completionDay);
  const line: Mutable<LineResult> = paid ? prorateLine(item.payment, count, money, clause) : { outcome: "no_refund", clause, reason: "not_commercial" };
  if (item.autoRenew && migration.status === "completed") line.effects = [renewalOff(item, count.unusedFrom, request.asOf, clause)];
  return line;
}

/**
 * Reading 5: the unit a subscription is prorated by. Automatically, by days when billed monthly or
 * when the period is not a whole number of months (a stub never counts as a whole month), else by
 * months; the option can force either.
 */
function prorationUnit(item: Subscription, unit: NormalizedOptions["unit"]): "day" | "month" {
  if (unit !== "auto") return unit;
  return item.cycle === "month" || !isWholeMonths(item.period) ? "day" : "month";
}

/** `disable_auto_renewal` on `day`, or on `asOf` if `day` is before it: no effect is dated in the past. */
function renewalOff(item: Subscription, day: CalendarDate, asOf: CalendarDate, clause: Effect["clause"]): Effect {
  return { type: "disable_auto_renewal", itemId: item.id, on: formatCalendarDate(day < asOf ? asOf : day), clause };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
