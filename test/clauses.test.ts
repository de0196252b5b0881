import { describe, expect, it } from "vitest";
import { CLAUSES, evaluateRefund, type RefundAction } from "../src/index.js";
import {
  checkDecision,
  incurredCharge,
  licenseKey,
  marketplaceApp,
  request,
  subscription,
  tax,
  telephonyCredit,
} from "../src/testing/index.js";

const ZERO = { net: "0.00", tax: "0.00", gross: "0.00", taxes: [] };

describe("products.non-refundable", () => {
  it("refuses money back for a subscription on a refund request", () => {
    const decision = evaluateRefund(request({ action: "refund" }, subscription()));
    expect(decision.lines[0]).toEqual({ itemId: "sub-1", type: "subscription", outcome: "no_refund", clause: "products.non-refundable", refund: ZERO });
    expect(decision.outcome).toBe("no_refund");
    expect(decision.total).toEqual({ net: "0.00", tax: "0.00", gross: "0.00" });
  });

  it("refuses money back for a license key on refund, cancel and migration", () => {
    for (const action of ["refund", "cancel"] as const) {
      expect(evaluateRefund(request({ action }, licenseKey())).lines[0]).toMatchObject({ outcome: "no_refund", clause: "products.non-refundable" });
    }
    const migration = { status: "completed", completedOn: "2026-06-15" } as const;
    expect(evaluateRefund(request({ action: "migrate_to_on_premise", migration }, licenseKey())).lines[0]).toMatchObject({
      outcome: "no_refund",
      clause: "products.non-refundable",
    });
  });
});

describe("charges.incurred", () => {
  it.each(["refund", "cancel", "migrate_to_on_premise"] as const)("never refunds usage already consumed (%s)", (action) => {
    const extra = action === "migrate_to_on_premise" ? { migration: { status: "completed" as const, completedOn: "2026-06-15" } } : {};
    const decision = evaluateRefund(request({ action, ...extra }, incurredCharge({ amount: "3.20" })));
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", clause: "charges.incurred", refund: ZERO });
  });
});

describe("telephony.no-cash-value", () => {
  it("refunds no telephony credit on a refund request, and the credit has no cash value", () => {
    const decision = evaluateRefund(request({ action: "refund" }, telephonyCredit({ balance: "25.00" })));
    expect(decision.lines[0]).toEqual({ itemId: "tel-1", type: "telephony_credit", outcome: "no_refund", clause: "telephony.no-cash-value", refund: ZERO });
    expect(decision.notices).toEqual([]);
  });

  it("refunds no telephony credit when the account migrates, and warns it may become unusable", () => {
    const decision = evaluateRefund(
      request({ action: "migrate_to_on_premise", migration: { status: "completed", completedOn: "2026-06-15" } }, telephonyCredit()),
    );
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", clause: "telephony.no-cash-value" });
    expect(decision.notices).toEqual([{ code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination", itemId: "tel-1" }]);
  });
});

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

describe("telephony.forfeit-on-termination", () => {
  it.each([
    ["suspended", "account_suspended"],
    ["terminated", "account_terminated"],
  ] as const)("warns on every telephony line when the account is %s", (status, cause) => {
    const decision = evaluateRefund(
      request({ account: { currency: "EUR", status } }, telephonyCredit({ id: "tel-1" }), telephonyCredit({ id: "tel-2", purpose: "number_rental" })),
    );
    expect(decision.notices).toEqual([
      { code: "telephony.forfeit-on-termination", clause: "telephony.forfeit-on-termination", itemId: "tel-1", cause },
      { code: "telephony.forfeit-on-termination", clause: "telephony.forfeit-on-termination", itemId: "tel-2", cause },
    ]);
    expect(decision.lines.every((line) => line.outcome === "no_refund")).toBe(true);
  });

  it.each([
    ["suspended", "number_suspended"],
    ["terminated", "number_terminated"],
  ] as const)("warns on the credit of a rented number that is %s", (status, cause) => {
    const decision = evaluateRefund(request({}, telephonyCredit({ purpose: "number_rental", number: { status } })));
    expect(decision.notices).toEqual([{ code: "telephony.forfeit-on-termination", clause: "telephony.forfeit-on-termination", itemId: "tel-1", cause }]);
  });

  it("names the account's status before the number's", () => {
    const decision = evaluateRefund(
      request({ account: { currency: "EUR", status: "suspended" } }, telephonyCredit({ number: { status: "terminated" } })),
    );
    expect(decision.notices[0]?.cause).toBe("account_suspended");
  });

  it("warns on credit lines of a refused transfer too", () => {
    const decision = evaluateRefund(request({ action: "transfer_credit", account: { currency: "EUR", status: "terminated" } }, telephonyCredit()));
    expect(decision.lines[0]?.outcome).toBe("not_allowed");
    expect(decision.notices).toHaveLength(1);
  });

  it("says nothing while account and number are active", () => {
    expect(evaluateRefund(request({}, telephonyCredit({ number: { status: "active" } }))).notices).toEqual([]);
  });
});

describe("marketplace.developer-policy", () => {
  it("refers an app without registered terms to its developer, with the contact", () => {
    const decision = evaluateRefund(request({}, marketplaceApp()));
    expect(decision.lines[0]).toEqual({
      itemId: "app-1",
      type: "marketplace_app",
      outcome: "refer_to_developer",
      clause: "marketplace.developer-policy",
      refund: ZERO,
      reason: "terms_not_registered",
      developer: { name: "Acme", contact: "support@acme.example" },
    });
    expect(decision.outcome).toBe("refer_to_developer");
  });

  it("applies non_refundable terms", () => {
    const decision = evaluateRefund(request({}, marketplaceApp()), { marketplace: { "acme.crm-sync": { terms: "non_refundable" } } });
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", clause: "marketplace.developer-policy", reason: "developer_terms" });
    expect(decision.outcome).toBe("no_refund");
  });

  describe("full_within_days", () => {
    const options = { marketplace: { "acme.crm-sync": { terms: "full_within_days" as const, days: 14 } } };
    const app = marketplaceApp({ purchasedOn: "2026-06-01", net: "30.00", taxes: [tax("VAT", "5.70")] });

    it("refunds everything on the last day of the window", () => {
      const decision = evaluateRefund(request({ asOf: "2026-06-15" }, app), options);
      expect(decision.lines[0]).toMatchObject({
        outcome: "refund",
        reason: "within_refund_window",
        refund: { net: "30.00", tax: "5.70", gross: "35.70", taxes: [{ code: "VAT", amount: "5.70" }] },
      });
      expect(decision.outcome).toBe("refund");
    });

    it("refunds nothing the day after the window", () => {
      const decision = evaluateRefund(request({ asOf: "2026-06-16" }, app), options);
      expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", reason: "outside_refund_window", refund: { gross: "0.00" } });
    });

    it("counts the window to the migration's day, not asOf, for a migration", () => {
      const decision = evaluateRefund(
        request({ asOf: "2026-07-30", action: "migrate_to_on_premise", migration: { status: "completed", completedOn: "2026-06-10" } }, app),
        options,
      );
      expect(decision.lines[0]?.outcome).toBe("refund");
    });

    it("takes off what was already refunded", () => {
      const decision = evaluateRefund(
        request({ asOf: "2026-06-05" }, { ...app, refunded: { net: "10.00", taxes: [{ code: "VAT", amount: "1.90" }] } }),
        options,
      );
      expect(decision.lines[0]?.refund).toEqual({ net: "20.00", tax: "3.80", gross: "23.80", taxes: [{ code: "VAT", amount: "3.80" }] });
      expect(decision.lines[0]?.outcome).toBe("refund");
    });
  });

  it("refunds the unused days of a prorated app's period", () => {
    const decision = evaluateRefund(request({ asOf: "2026-06-20" }, marketplaceApp({ start: "2026-06-01", end: "2026-07-01", net: "30.00" })), {
      marketplace: { "acme.crm-sync": { terms: "prorated" } },
    });
    expect(decision.lines[0]).toMatchObject({
      outcome: "partial_refund",
      refund: { net: "10.00", gross: "10.00" },
      calculation: { unit: "day", used: 20, unused: 10, total: 30, unusedFrom: "2026-06-21", to: "2026-07-01" },
    });
  });

  it("requires a period for an app whose terms are prorated", () => {
    expect(() => evaluateRefund(request({}, marketplaceApp()), { marketplace: { "acme.crm-sync": { terms: "prorated" } } })).toThrowError(
      expect.objectContaining({ problems: [expect.objectContaining({ path: "items[0].period", code: "missing" })] }),
    );
  });

  describe("custom terms (TypeScript API)", () => {
    it("refunds what the developer's function grants, with taxes in proportion", () => {
      const decision = evaluateRefund(request({}, marketplaceApp({ net: "30.00", taxes: [tax("VAT", "6.00")] })), {
        marketplace: {
          "acme.crm-sync": {
            terms: "custom",
            evaluate: (app) => {
              expect(app).toMatchObject({ action: "refund", referenceDay: "2026-06-20", currency: "EUR", paidNet: "30.00", refundedNet: "0.00" });
              return { outcome: "refund", net: "15.00" };
            },
          },
        },
      });
      expect(decision.lines[0]).toMatchObject({ outcome: "partial_refund", reason: "developer_terms", refund: { net: "15.00", tax: "3.00", gross: "18.00" } });
    });

    it("can grant everything, refuse, or refer", () => {
      const run = (verdict: unknown) =>
        evaluateRefund(request({}, marketplaceApp()), {
          marketplace: { "acme.crm-sync": { terms: "custom", evaluate: () => verdict as never } },
        }).lines[0];
      expect(run({ outcome: "refund", net: "30.00" })?.outcome).toBe("refund");
      expect(run({ outcome: "no_refund" })?.outcome).toBe("no_refund");
      expect(run({ outcome: "refer_to_developer" })).toMatchObject({ outcome: "refer_to_developer", developer: { name: "Acme" } });
    });

    it.each([{ outcome: "refund", net: "30.01" }, { outcome: "refund", net: "1.001" }, { outcome: "refund", net: 5 }, { outcome: "maybe" }, null])(
      "rejects a verdict outside the terms' contract: %j",
      (verdict) => {
        expect(() =>
          evaluateRefund(request({}, marketplaceApp()), { marketplace: { "acme.crm-sync": { terms: "custom", evaluate: () => verdict as never } } }),
        ).toThrowError(expect.objectContaining({ problems: [expect.objectContaining({ code: "invalid_terms_result", path: 'options.marketplace["acme.crm-sync"]' })] }));
      },
    );
  });

  it("refuses paying with credit for an app", () => {
    expect(evaluateRefund(request({ action: "pay_with_credit" }, marketplaceApp())).lines[0]?.outcome).toBe("not_allowed");
  });
});

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

describe("subscription.discontinue", () => {
  it("turns automatic renewal off at the period's end and refunds nothing", () => {
    const decision = evaluateRefund(request({ action: "cancel" }, subscription({ start: "2026-01-01", end: "2027-01-01" })));
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", clause: "subscription.discontinue", refund: ZERO });
    expect(decision.effects).toEqual([{ type: "disable_auto_renewal", itemId: "sub-1", on: "2027-01-01", clause: "subscription.discontinue" }]);
    expect(decision.notices).toEqual([]);
  });

  it("only notes that renewal is already off, with no effect repeated", () => {
    const decision = evaluateRefund(request({ action: "cancel" }, subscription({ autoRenew: false })));
    expect(decision.effects).toEqual([]);
    expect(decision.notices).toEqual([{ code: "subscription.auto-renewal-already-off", clause: "subscription.discontinue", itemId: "sub-1" }]);
  });

  it("gives one effect per subscription that still renews", () => {
    const decision = evaluateRefund(
      request(
        { action: "cancel" },
        subscription({ id: "a", cycle: "month", start: "2026-06-01", end: "2026-07-01" }),
        subscription({ id: "b", autoRenew: false }),
        subscription({ id: "c" }),
      ),
    );
    expect(decision.effects.map((effect) => [effect.itemId, effect.on])).toEqual([
      ["a", "2026-07-01"],
      ["c", "2027-01-01"],
    ]);
  });
});

describe("taxes.exclusive", () => {
  it("notes once that amounts are net when any item paid tax", () => {
    const decision = evaluateRefund(request({}, subscription({ taxes: [tax("VAT", "10.00")] }), licenseKey({ taxes: [tax("VAT", "5.00")] })));
    expect(decision.notices).toEqual([{ code: "taxes.exclusive", clause: "taxes.exclusive" }]);
  });

  it("says nothing about taxes when none were paid", () => {
    expect(evaluateRefund(request({}, subscription())).notices).toEqual([]);
  });
});

describe("every decision", () => {
  it("cites only clauses that exist and keeps the contract", () => {
    const all = [subscription(), licenseKey(), telephonyCredit(), marketplaceApp(), incurredCharge()];
    for (const action of ["refund", "cancel", "transfer_credit", "apply_credit_to_invoice", "pay_with_credit"] as const) {
      const decision = evaluateRefund(request({ action }, ...all));
      expect(checkDecision(decision)).toEqual([]);
      for (const entry of [...decision.lines, ...decision.notices, ...decision.effects]) expect(CLAUSES).toContain(entry.clause);
    }
  });

  it("names the policy and its dated version", () => {
    expect(evaluateRefund(request()).policy).toMatchObject({ id: "bitrix24", version: "2026-11-26", effectiveFrom: "1970-01-01" });
  });
});
