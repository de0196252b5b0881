// The contract's settlement example and small ledgers the settlement suites start from.
import { evaluateRefund, safeSettleRefund, type Problem, type RefundDecision, type RefundRequest } from "../../src/index.js";
import type { SettlementInput } from "../../src/contract/settlement.js";

/** The contract's request: a yearly subscription migrated on 2026-06-15, with VAT at 0.19. */
/** The contract's request itself, for suites that decide it their own way (signed, say). */
export const contractRequest = (): RefundRequest => ({
  asOf: "2026-06-20",
  action: "migrate_to_on_premise",
  account: { id: "acct-42", currency: "EUR" },
  migration: { status: "completed", completedOn: "2026-06-15" },
  items: [
    {
      id: "sub-1", type: "subscription", plan: "professional", cycle: "year",
      period: { start: "2026-01-01", end: "2027-01-01" },
      paid: { net: "2388.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "453.72" }] },
    },
    { id: "key-1", type: "license_key", product: "on-premise-business", paid: { net: "1490.00" } },
  ],
});

export const contractDecision: RefundDecision = evaluateRefund(contractRequest());

/** The contract's ledger: one invoice paid by two card charges, and an overdue invoice. */
export function contractInput(decision: RefundDecision = contractDecision): SettlementInput {
  return {
    decision,
    invoices: [{ id: "inv-1", number: "INV-2026-0001", issuedOn: "2026-01-01", itemIds: ["sub-1", "app-1"], gross: "2841.72", credited: "0.00" }],
    payments: [
      { id: "ch_1", invoiceId: "inv-1", method: "card", amount: "1000.00", refunded: "0.00", capturedAt: "2026-01-01T09:30:00Z", refundableUntil: "2026-07-01", refundable: true },
      { id: "ch_2", invoiceId: "inv-1", method: "card", amount: "1841.72", capturedAt: "2026-01-02T09:30:00Z" },
    ],
    openInvoices: [{ id: "inv-7", amount: "49.00", dueOn: "2026-05-01" }],
  };
}

/** The problems of a settlement that must be refused (by `safeSettleRefund`). */
export function settlementProblems(input: unknown, options?: unknown): Problem[] {
  const result = safeSettleRefund(input, options);
  if (result.ok) throw new Error("expected the settlement to be refused");
  return [...result.problems];
}

/** Each problem as `path code`, for comparing lists at a glance. */
export const pathCodes = (problems: readonly Problem[]): string[] => problems.map((p) => `${p.path} ${p.code}`);

/** The contract's settlement input as plain JSON, free to edit. */
export const editableInput = (): Record<string, any> => JSON.parse(JSON.stringify(contractInput()));
