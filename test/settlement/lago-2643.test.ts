// A fixed case from Lago's tracker (getlago/lago-api #2643): an invoice's tax computed on its total, four
// credit notes each computing its own tax from its base, and the four taxes add up to one cent more than
// the invoice's. Our credit notes carry the decision's line taxes, which never pass what was paid.
import { describe, expect, it } from "vitest";
import { evaluateRefund, safeSettleRefund, settleRefund } from "../../src/index.js";

// The invoice: four items at net 10.05, VAT 0.10 computed on the invoice total 40.20 = 4.02, which the
// billing system spread over the items as 1.01, 1.01, 1.00, 1.00 (each within a cent of 10.05 × 0.10).
const VAT = ["1.01", "1.01", "1.00", "1.00"];
const invoice = { id: "inv-1", number: "INV-1", issuedOn: "2026-01-01", itemIds: ["i0", "i1", "i2", "i3"], gross: "44.22" };

/** The decision refunding item `i` in full: a migration completed on the period's first day, that day unused. */
function decisionFor(i: number) {
  return evaluateRefund(
    {
      asOf: "2026-01-10", action: "migrate_to_on_premise", account: { currency: "EUR" },
      migration: { status: "completed", completedOn: "2026-01-01" },
      items: [{ id: `i${i}`, type: "subscription", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "10.05", taxes: [{ code: "VAT", rate: "0.10", amount: VAT[i]! }] } }],
    },
    { proration: { completionDay: "unused" } },
  );
}

describe("Lago #2643: four credit notes on one invoice", () => {
  it("never credit more tax in sum than the invoice charged, where per-note rounding would pass it by two cents", () => {
    const cents = (amount: string) => Number(amount.replace(".", ""));
    const amount = (value: number) => `${Math.floor(value / 100)}.${String(value % 100).padStart(2, "0")}`;
    let credited = 0;
    const notes = [0, 1, 2, 3].map((i) => {
      const plan = settleRefund({
        decision: decisionFor(i), invoices: [{ ...invoice, credited: amount(credited) }],
        payments: [{ id: "ch_1", invoiceId: "inv-1", method: "card", amount: "44.22", refunded: amount(credited), capturedAt: "2026-01-01" }],
      });
      const note = plan.creditNotes[0]!;
      credited += cents(note.total.gross);
      return note;
    });
    const vatCents = notes.map((note) => cents(note.taxes.find((t) => t.code === "VAT")!.amount));
    expect(vatCents).toEqual([101, 101, 100, 100]);
    expect(vatCents.reduce((a, b) => a + b, 0)).toBe(402);
    // Lago's way, each note's tax from its own base: round(10.05 × 0.10) = 1.01 four times, 4.04 > 4.02.
    const perNote = notes.map((note) => Math.floor((cents(note.taxes[0]!.base) * 10 + 50) / 100));
    expect(perNote.reduce((a, b) => a + b, 0)).toBe(404);
    // Everything credited: a fifth credit note on the invoice is refused.
    const fifth = safeSettleRefund({ decision: decisionFor(0), invoices: [{ ...invoice, credited: amount(credited) }], payments: [] });
    expect(credited).toBe(4422);
    expect(fifth.ok ? [] : fifth.problems.map((p) => [p.path, p.code, p.expected])).toEqual([["invoices[0]", "over_credit", "0.00"]]);
  });
});
