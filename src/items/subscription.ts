import { defineItemKind } from "./kind.js";
import { readPeriod } from "../validate/items.js";
import { readPayment } from "../validate/payment.js";

/** Every field of the item on the wire. */
const FIELDS = ["id", "type", "plan", "commercial", "cycle", "period", "paid", "refunded", "autoRenew"] as const;

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
    const cycle = reader.oneOf(fields, "cycle", path, ["month", "quarter", "year", "two_years"], true);
    const period = readPeriod(fields, path, true, reader, timeZone);
    const payment = readPayment(fields, path, scope);
    const autoRenew = reader.boolean(fields, "autoRenew", path) ?? true;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: narrowing (equivalent: see the note at the top of reader.ts)
    if (cycle === undefined || period === undefined || payment === undefined) return undefined;
    return { id, type: "subscription", commercial, cycle, period, payment, autoRenew };
  },
});
