// billing.non-payment: overdue invoices may bar access to the cloud service; no figure changes.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { request, subscription } from "../../src/testing/index.js";

describe("billing.non-payment", () => {
  it("warns that access may be barred, listing the overdue invoices and their sum, and changes no figure", () => {
    const account = { currency: "EUR", overdueInvoices: [{ id: "inv-7", amount: "49.00", dueOn: "2026-05-01" }, { id: "inv-8", amount: "0.99" }] };
    const migration = { status: "completed", completedOn: "2026-06-15" } as const;
    const withDebt = evaluateRefund(request({ action: "migrate_to_on_premise", migration, account }, subscription({ net: "2388.00" })));
    const without = evaluateRefund(request({ action: "migrate_to_on_premise", migration }, subscription({ net: "2388.00" })));
    expect(withDebt.notices).toEqual([{ code: "billing.access-may-be-barred", clause: "billing.non-payment", invoiceIds: ["inv-7", "inv-8"], overdue: "49.99" }]);
    expect(withDebt.total).toEqual(without.total);
    expect(without.notices).toEqual([]);
  });
});
