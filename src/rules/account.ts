import { Money } from "../money/money.js";
import type { Notice } from "../contract/decision.js";
import { defineAccountRule } from "./module.js";

/**
 * `billing.non-payment`: an account with overdue invoices may lose access at once.
 * It changes no refund figure (reading 14 of docs/policy.md). An invoice is overdue only
 * when something is owed on it and it was due before `asOf`; one listed without a
 * `dueOn` is taken at the caller's word (it is listed as overdue, and no date says
 * otherwise). Invoices not yet due, or owing nothing, are neither named nor summed.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { nonPaymentRule } from "refund-policy/rules";
 * nonPaymentRule.clauses; // ["billing.non-payment"]
 * ```
 */
export const nonPaymentRule = defineAccountRule({
  id: "non-payment",
  clauses: ["billing.non-payment"],
  evaluate({ request: { account, asOf }, money }): Notice[] {
    if (account.overdueInvoices.length === 0) return [];
    const overdue = account.overdueInvoices.filter((invoice) => !invoice.amount.isZero() && (invoice.dueOn === undefined || invoice.dueOn < asOf));
    if (overdue.length === 0) return [];
    return [
      {
        code: "billing.access-may-be-barred",
        clause: "billing.non-payment",
        invoiceIds: overdue.map((invoice) => invoice.id),
        overdue: Money.sum(overdue.map((invoice) => invoice.amount)).format(money.digits),
      },
    ];
  },
});

/**
 * `taxes.exclusive`: where taxes were paid, amounts are net and each tax is itemized;
 * the customer pays whatever tax applies.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { taxesRule } from "refund-policy/rules";
 * taxesRule.id; // "taxes"
 * ```
 */
export const taxesRule = defineAccountRule({
  id: "taxes",
  clauses: ["taxes.exclusive"],
  evaluate({ request: { items } }): Notice[] {
    const taxed = items.some((item) => "payment" in item && item.payment.taxes.length > 0);
    return taxed ? [{ code: "taxes.exclusive", clause: "taxes.exclusive" }] : [];
  },
});

/**
 * `migration.partial-refund`: an estimate says the final amount comes only after the
 * migration completes; a cancelled migration says it earns nothing.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { migrationRule } from "refund-policy/rules";
 * migrationRule.clauses; // ["migration.partial-refund"]
 * ```
 */
export const migrationRule = defineAccountRule({
  id: "migration",
  clauses: ["migration.partial-refund"],
  evaluate({ request: { migration } }): Notice[] {
    if (migration === undefined) return [];
    if (migration.status === "cancelled") return [{ code: "migration.cancelled", clause: "migration.partial-refund" }];
    return migration.final ? [] : [{ code: "migration.refund-after-completion", clause: "migration.partial-refund" }];
  },
});
