// marketplace.developer-policy: MarketPlace apps follow their developer's registered terms, or are referred to the developer.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { marketplaceApp, request, subscription, tax, telephonyCredit } from "../../src/testing/index.js";
import { problemsOf, ZERO } from "../helpers.js";

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

  it("requires a prorated app's period only for apps whose terms are prorated", () => {
    const options = { marketplace: { "other.app": { terms: "prorated" as const } } };
    expect(() => evaluateRefund(request({}, marketplaceApp(), subscription()), options)).not.toThrow();
    expect(problemsOf(request({}, subscription(), marketplaceApp({ appId: "other.app" })), options)).toEqual([
      { path: "items[1].period", code: "missing", message: 'is required: the developer\'s terms for "other.app" are prorated over the app\'s paid period' },
    ]);
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
    expect(evaluateRefund(request({ action: "pay_with_credit" }, marketplaceApp(), telephonyCredit())).lines[0]?.outcome).toBe("not_allowed");
  });
});
