import { Money } from "../money/money.js";
import type { Notice } from "../contract/decision.js";
import { defineAccountRule } from "./module.js";

/**
 * `billing.non-payment`: an account with overdue invoices may lose access at once.
 * It changes no refund figure (CLAUSES.md reading 14).
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { nonPaymentRule } from "refund-policy";
 * nonPaymentRule.clauses; // ["billing.non-payment"]
 * ```
 */
export const nonPaymentRule = defineAccountRule({
  id: "non-payment",
  clauses: ["billing.non-payment"],
  evaluate({ request: { account }, money }): Notice[] {
    if (account.overdueInvoices.length === 0) return [];
    const overdue = Money.sum(account.overdueInvoices.map((invoice) => invoice.amount));
    return [
      {
        code: "billing.access-may-be-barred",
        clause: "billing.non-payment",
        invoiceIds: account.overdueInvoices.map((invoice) => invoice.id),
        overdue: overdue.format(money.digits),
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
 * import { taxesRule } from "refund-policy";
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
 * import { migrationRule } from "refund-policy";
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
