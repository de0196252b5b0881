import { describe, expect, it } from "vitest";
import { evaluateRefund, type RefundAction, safeEvaluateRefund } from "../../src/index.js";
import { licenseKey, marketplaceApp, request, subscription, telephonyCredit } from "../../src/testing/index.js";

const CREDIT_ACTIONS: RefundAction[] = ["transfer_credit", "apply_credit_to_invoice", "pay_with_credit"];

describe("a credit action on a request without telephony credit is bad input", () => {
  for (const action of CREDIT_ACTIONS) {
    it(`refuses ${action} when no item is telephony credit, with one problem on items`, () => {
      const result = safeEvaluateRefund(request({ action }, subscription(), licenseKey(), marketplaceApp()));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toEqual([
        { path: "items", code: "no_telephony_credit", message: expect.stringContaining(`"${action}"`) },
      ]);
    });

    it(`decides ${action} when the request carries telephony credit: every line not allowed`, () => {
      const decision = evaluateRefund(request({ action }, subscription(), telephonyCredit()));
      expect(decision.outcome).toBe("not_allowed");
      expect(decision.lines.map((line) => line.outcome)).toEqual(["not_allowed", "not_allowed"]);
    });
  }

  it("lists the missing credit beside every other problem of the request", () => {
    const result = safeEvaluateRefund(request({ action: "transfer_credit" }, licenseKey({ paid: { net: "-1" } })));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => `${problem.code} @ ${problem.path}`)).toEqual([
      "invalid_amount @ items[0].paid.net",
      "no_telephony_credit @ items",
    ]);
  });

  it("does not ask for telephony credit on the other actions", () => {
    for (const action of ["refund", "cancel"] as const) {
      expect(safeEvaluateRefund(request({ action }, licenseKey())).ok).toBe(true);
    }
  });
});

describe("only invoices due before asOf with something owed are overdue (CLAUSES.md reading 14)", () => {
  const withInvoices = (...overdueInvoices: { id: string; amount: string; dueOn?: string }[]) =>
    evaluateRefund(request({ asOf: "2026-06-20", account: { id: "acct-1", currency: "EUR", overdueInvoices } }, licenseKey()));
  const nonPayment = (decision: ReturnType<typeof evaluateRefund>) => decision.notices.filter((n) => "clause" in n && n.clause === "billing.non-payment");

  it("gives no non-payment notice for an invoice due next month", () => {
    expect(nonPayment(withInvoices({ id: "inv-9", amount: "49.00", dueOn: "2026-07-20" }))).toEqual([]);
  });

  it("gives no non-payment notice for an invoice due on asOf itself: it is not late yet", () => {
    expect(nonPayment(withInvoices({ id: "inv-9", amount: "49.00", dueOn: "2026-06-20" }))).toEqual([]);
  });

  it("gives no non-payment notice for an invoice that owes nothing", () => {
    expect(nonPayment(withInvoices({ id: "inv-9", amount: "0.00", dueOn: "2026-05-01" }))).toEqual([]);
  });

  it("warns of an invoice due the day before asOf", () => {
    expect(nonPayment(withInvoices({ id: "inv-7", amount: "49.00", dueOn: "2026-06-19" }))).toEqual([
      { code: "billing.access-may-be-barred", clause: "billing.non-payment", invoiceIds: ["inv-7"], overdue: "49.00" },
    ]);
  });

  it("names and sums only the overdue invoices", () => {
    const decision = withInvoices(
      { id: "inv-7", amount: "49.00", dueOn: "2026-05-01" },
      { id: "inv-8", amount: "10.00", dueOn: "2026-06-25" },
      { id: "inv-9", amount: "0.00", dueOn: "2026-05-01" },
      { id: "inv-10", amount: "1.50" },
    );
    expect(nonPayment(decision)).toEqual([
      { code: "billing.access-may-be-barred", clause: "billing.non-payment", invoiceIds: ["inv-7", "inv-10"], overdue: "50.50" },
    ]);
  });

  it("takes an invoice listed without a due date at the caller's word when something is owed on it", () => {
    expect(nonPayment(withInvoices({ id: "inv-7", amount: "49.00" }))).toMatchObject([{ invoiceIds: ["inv-7"], overdue: "49.00" }]);
  });
});
