import { formatCalendarDate } from "../calendar/calendar-date.js";
import type { Problem } from "../errors.js";
import type { MarketplaceVerdict } from "../contract/options.js";
import type { MarketplaceApp } from "../normalized.js";
import { decimalShape } from "../money/decimal-string.js";
import { Money } from "../money/money.js";
import type { LineReason } from "../contract/decision.js";
import { byAction, CREDIT_USE_REFUSED, defineRuleModule, type LineResult, type RuleContext, unreachable } from "./module.js";
import { countUnused, grantLine, prorateLine } from "./proration.js";

const clause = "marketplace.developer-policy";

/**
 * MarketPlace apps: the developer's terms decide (`marketplace.developer-policy`).
 * Registered terms are applied; an app without terms is referred to its developer,
 * never refunded by the platform.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * const decision = evaluateRefund(
 *   { asOf: "2026-06-10", action: "refund", account: { currency: "EUR" },
 *     items: [{ id: "app-1", type: "marketplace_app", appId: "acme.crm-sync", purchasedOn: "2026-06-01", paid: { net: "30.00" } }] },
 *   { marketplace: { "acme.crm-sync": { terms: "full_within_days", days: 14 } } },
 * );
 * decision.lines[0]?.outcome; // "refund"
 * ```
 */
export const marketplaceAppRules = defineRuleModule({
  itemType: "marketplace_app",
  clauses: [clause, "migration.partial-refund", "telephony.non-transferable"],
  evaluate: byAction<"marketplace_app">({
    refund: byTerms,
    // Reading 12: turning renewal off asks for no money back, so the terms are not consulted.
    cancel: () => ({ outcome: "no_refund", clause }),
    migrate_to_on_premise: (item, context) =>
      // Reading 7: a cancelled migration earns nothing for any item, apps included.
      context.request.migration?.status === "cancelled"
        ? { outcome: "no_refund", clause: "migration.partial-refund", reason: "migration_cancelled" }
        : byTerms(item, context),
    ...CREDIT_USE_REFUSED,
  }),
});

function byTerms(item: MarketplaceApp, context: RuleContext): LineResult {
  const { terms } = item;
  const { request, money, options } = context;
  const referenceDay = request.migration?.referenceDay ?? request.asOf;
  if (terms === undefined) return { outcome: "refer_to_developer", clause, reason: "terms_not_registered", developer: item.developer };
  switch (terms.terms) {
    case "non_refundable":
      return { outcome: "no_refund", clause, reason: "developer_terms" };
    case "full_within_days": {
      if (referenceDay - item.purchasedOn > terms.days) return { outcome: "no_refund", clause, reason: "outside_refund_window" };
      return granted(item, item.payment.net, context, "within_refund_window");
    }
    case "prorated": {
      return prorateLine(item.payment, countUnused(terms.period, referenceDay, "day", options.completionDay), money, clause);
    }
    case "custom": {
      const verdict = terms.evaluate({
        item: item.input,
        action: request.action,
        status: request.migration !== undefined && !request.migration.final ? "estimate" : "final",
        referenceDay: formatCalendarDate(referenceDay),
        currency: request.account.currency,
        paidNet: item.payment.net.format(money.digits),
        refundedNet: item.payment.refundedNet.format(money.digits),
      });
      return fromVerdict(item, verdict, context);
    }
    default:
      return unreachable(terms);
  }
}

function granted(item: MarketplaceApp, grantedNet: Money, { money }: RuleContext, reason: LineReason): LineResult {
  return grantLine(item.payment, grantedNet, money, clause, { none: "developer_terms", some: reason });
}

function fromVerdict(item: MarketplaceApp, verdict: MarketplaceVerdict, context: RuleContext): LineResult {
  const outcome = (verdict as { outcome?: unknown } | null)?.outcome;
  if (outcome === "no_refund") return { outcome, clause, reason: "developer_terms" };
  if (outcome === "refer_to_developer") return { outcome, clause, reason: "developer_terms", developer: item.developer };
  const net = outcome === "refund" ? (verdict as { net?: unknown }).net : undefined;
  const shape = typeof net === "string" ? decimalShape(net) : undefined;
  const amount = shape && shape.decimals <= context.money.digits ? Money.parse(net as string) : undefined;
  if (amount === undefined || amount.greaterThan(item.payment.net)) {
    const problem: Problem = {
      path: `options.marketplace[${JSON.stringify(item.appId)}]`,
      code: "invalid_terms_result",
      message: `custom terms must return { outcome: "no_refund" | "refer_to_developer" } or { outcome: "refund", net } with net a decimal string of at most ${context.money.digits} decimals, not above the net paid`,
    };
    return { outcome: "no_refund", clause, problems: [problem] };
  }
  return granted(item, amount, context, "developer_terms");
}
