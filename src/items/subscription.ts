import { defineItemKind } from "./kind.js";
import type { BillingCycle } from "../contract/request.js";
import { CYCLES, cycleMismatch } from "../calendar/cycles.js";
import { formatCalendarDate } from "../calendar/calendar-date.js";
import { CAPTION_FIELDS, readPeriod } from "../validate/items.js";
import { join } from "../validate/reader.js";
import { readPayment } from "../validate/payment.js";

/** Every field of the item on the wire. */
const FIELDS = ["id", "type", ...CAPTION_FIELDS, "plan", "commercial", "cycle", "period", "paid", "refunded", "autoRenew"] as const;

/**
 * A subscription (`SubscriptionInput` on the wire, `Subscription` normalized; rules in
 * src/rules/subscription.ts): a plan paid for one period, renewing until turned off.
 *
 * @example
 * ```ts
 * subscriptionKind.purchaseDate; // ["period", "start"]
 * ```
 */
export const subscriptionKind = defineItemKind({
  type: "subscription",
  fields: FIELDS,
  purchaseDate: ["period", "start"],
  renews: true,
  labelled: ["plan", "cycle"],
  read(fields, path, scope, id) {
    const { reader, timeZone } = scope;
    reader.onlyKnown(fields, path, FIELDS);
    reader.string(fields, "plan", path, false);
    const commercial = reader.boolean(fields, "commercial", path) ?? true;
    const cycle = reader.oneOf<BillingCycle>(fields, "cycle", path, CYCLES, true);
    const period = readPeriod(fields, path, true, reader, timeZone);
    // Reading 20: a period longer than its cycle would be prorated as the wrong kind of plan.
    const latest = cycle && period && cycleMismatch(cycle, period);
    if (latest !== undefined && period !== undefined) {
      reader.add(
        join(path, "period.end"),
        "cycle_mismatch",
        `is after ${formatCalendarDate(latest)}, longer than one "${cycle}" cycle from the period's start (3 days allowed for anniversaries on the 29th to 31st); give the cycle the period is billed for`,
        `<=${formatCalendarDate(latest)}`,
        formatCalendarDate(period.end),
      );
    }
    const payment = readPayment(fields, path, scope);
    const autoRenew = reader.boolean(fields, "autoRenew", path) ?? true;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: narrowing (equivalent: see the note at the top of reader.ts)
    if (cycle === undefined || period === undefined || payment === undefined) return undefined;
    return { id, type: "subscription", commercial, cycle, period, payment, autoRenew };
  },
});
