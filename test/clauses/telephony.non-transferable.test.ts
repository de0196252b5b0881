// telephony.non-transferable: credit cannot be transferred, applied to invoices or used to pay.
import { describe, expect, it } from "vitest";
import { evaluateRefund, type RefundAction } from "../../src/index.js";
import { incurredCharge, licenseKey, marketplaceApp, request, subscription, telephonyCredit } from "../../src/testing/index.js";
import { ZERO } from "../helpers.js";

describe("telephony.non-transferable", () => {
  const actions: RefundAction[] = ["transfer_credit", "apply_credit_to_invoice", "pay_with_credit"];

  it.each(actions)("refuses %s for telephony credit", (action) => {
    const decision = evaluateRefund(request({ action }, telephonyCredit()));
    expect(decision.lines[0]).toMatchObject({ outcome: "not_allowed", clause: "telephony.non-transferable", refund: ZERO });
    expect(decision.outcome).toBe("not_allowed");
  });

  it.each(actions)("refuses %s for every other item named in the request (what the credit would pay for)", (action) => {
    const decision = evaluateRefund(request({ action }, telephonyCredit(), subscription(), licenseKey(), marketplaceApp(), incurredCharge()));
    expect(decision.lines.map((line) => line.outcome)).toEqual(["not_allowed", "not_allowed", "not_allowed", "not_allowed", "not_allowed"]);
    expect(new Set(decision.lines.map((line) => line.clause))).toEqual(new Set(["telephony.non-transferable"]));
    expect(decision.outcome).toBe("not_allowed");
  });

  it("cannot settle overdue invoices with credit, and the non-payment notice still stands", () => {
    const decision = evaluateRefund(
      request({ action: "apply_credit_to_invoice", account: { currency: "EUR", overdueInvoices: [{ id: "inv-7", amount: "49.00" }] } }, telephonyCredit()),
    );
    expect(decision.outcome).toBe("not_allowed");
    expect(decision.notices).toContainEqual({ code: "billing.access-may-be-barred", clause: "billing.non-payment", invoiceIds: ["inv-7"], overdue: "49.00" });
  });
});
