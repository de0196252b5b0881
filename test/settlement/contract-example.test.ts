// The contract's settlement example, figure by figure.
import { describe, expect, it } from "vitest";
import { settleRefund } from "../../src/settlement/settle.js";
import { contractDecision, contractInput } from "./fixtures.js";

describe("the contract's settlement example", () => {
  const plan = settleRefund(contractInput(), { order: "latest_first", remainder: "account_credit", offset: "open_invoices" });

  it("settles the overdue invoice first, then refunds the latest charge before the earlier one", () => {
    expect(plan.total).toBe("1420.86");
    expect(plan.steps.map(({ key: _key, ...step }) => step)).toEqual([
      { type: "offset_invoice", invoiceId: "inv-7", amount: "49.00" },
      { type: "refund_payment", paymentId: "ch_2", invoiceId: "inv-1", amount: "1371.86", expectRefunded: "0.00" },
    ]);
  });

  it("writes one credit note for the invoice, with the tax's rate, base and amount and how it was settled", () => {
    expect(plan.creditNotes).toHaveLength(1);
    const { id, ...note } = plan.creditNotes[0]!;
    expect(id.startsWith(plan.planId)).toBe(true);
    expect(note).toEqual({
      invoiceId: "inv-1", invoiceNumber: "INV-2026-0001", invoiceIssuedOn: "2026-01-01", issuedOn: "2026-06-20", currency: "EUR",
      lines: [{ itemId: "sub-1", clause: "migration.partial-refund", net: "1194.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "226.86" }], gross: "1420.86" }],
      taxes: [{ code: "DE-VAT", rate: "0.19", base: "1194.00", amount: "226.86" }],
      total: { net: "1194.00", tax: "226.86", gross: "1420.86" },
      settledBy: { refunded: "1371.86", offset: "49.00", credited: "0.00", outOfBand: "0.00" },
    });
  });

  it("names the decision by the SHA-256 of its canonical JSON, and the plan by a stable id", () => {
    expect(plan.decision).toEqual({ digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), status: "final", asOf: contractDecision.asOf });
    expect(plan.planId).toMatch(/^stl_[0-9a-f]{26}$/);
    for (const step of plan.steps) expect(step.key).toMatch(/^[A-Za-z0-9_.-]{1,64}$/);
  });
});
