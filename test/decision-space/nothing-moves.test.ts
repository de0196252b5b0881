import { describe, expect, it } from "vitest";
import { evaluateRefund, type MarketplaceAppView, type RefundOptions } from "../../src/index.js";
import {
  checkDecision,
  incurredCharge,
  licenseKey,
  marketplaceApp,
  migrationRequest,
  request,
  subscription,
  telephonyCredit,
} from "../../src/testing/index.js";

// One app bought 2026-06-01 for 30.00 over June; asOf 2026-06-20 (the builders' default).
const app = marketplaceApp({ appId: "acme.app", start: "2026-06-01", end: "2026-07-01", net: "30.00" });

/** Every kind of terms a developer can register, and an evaluator that records what it was asked. */
function everyTerms(): { name: string; options: RefundOptions; asked: MarketplaceAppView[] }[] {
  const asked: MarketplaceAppView[] = [];
  const custom: RefundOptions = {
    marketplace: {
      "acme.app": {
        terms: "custom",
        evaluate: (view) => {
          asked.push(view);
          return { outcome: "refund", net: view.paidNet };
        },
      },
    },
  };
  return [
    { name: "prorated", options: { marketplace: { "acme.app": { terms: "prorated" } } }, asked },
    { name: "full_within_days", options: { marketplace: { "acme.app": { terms: "full_within_days", days: 30 } } }, asked },
    { name: "non_refundable", options: { marketplace: { "acme.app": { terms: "non_refundable" } } }, asked },
    { name: "custom", options: custom, asked },
    { name: "none registered", options: {}, asked },
  ];
}

describe("a cancelled migration earns nothing for any item (CLAUSES.md reading 7)", () => {
  for (const { name, options, asked } of everyTerms()) {
    it(`refunds a MarketPlace app with ${name} terms nothing, citing the cancelled migration`, () => {
      const decision = evaluateRefund(migrationRequest({ cancelled: true }, subscription(), app), options);
      expect(checkDecision(decision)).toEqual([]);
      expect(decision.lines[1]).toEqual({
        itemId: "app-1",
        type: "marketplace_app",
        outcome: "no_refund",
        clause: "migration.partial-refund",
        reason: "migration_cancelled",
        refund: { net: "0.00", tax: "0.00", gross: "0.00", taxes: [] },
      });
      expect(decision.total.gross).toBe("0.00");
      expect(decision.outcome).toBe("no_refund");
      expect(asked).toEqual([]);
    });
  }

  it("carries no notice that telephony credit may become unusable once the account closes: nothing closes", () => {
    const decision = evaluateRefund(migrationRequest({ cancelled: true }, telephonyCredit()));
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", clause: "telephony.no-cash-value" });
    expect(decision.notices.map((notice) => notice.code)).toEqual(["migration.cancelled"]);
  });

  it("still warns that credit on a terminated number may be lost, which does not depend on the migration", () => {
    const decision = evaluateRefund(migrationRequest({ cancelled: true }, telephonyCredit({ number: { status: "terminated" } })));
    expect(decision.notices.map((notice) => notice.code)).toEqual(["telephony.forfeit-on-termination", "migration.cancelled"]);
  });

  it("keeps the own clause of items no migration would pay, with no reason", () => {
    const decision = evaluateRefund(migrationRequest({ cancelled: true }, licenseKey(), incurredCharge()));
    expect(decision.lines.map(({ outcome, clause, reason }) => ({ outcome, clause, reason }))).toEqual([
      { outcome: "no_refund", clause: "products.non-refundable", reason: undefined },
      { outcome: "no_refund", clause: "charges.incurred", reason: undefined },
    ]);
  });

  it("turns nothing off: a cancelled migration has no effects", () => {
    const decision = evaluateRefund(migrationRequest({ cancelled: true }, subscription({ autoRenew: true })));
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", reason: "migration_cancelled" });
    expect(decision.effects).toEqual([]);
  });
});

describe("a cancel refunds nothing for any item, MarketPlace apps included (CLAUSES.md reading 12)", () => {
  for (const { name, options, asked } of everyTerms()) {
    it(`refunds a MarketPlace app with ${name} terms nothing and refers no one`, () => {
      const decision = evaluateRefund(request({ action: "cancel" }, app), options);
      expect(checkDecision(decision)).toEqual([]);
      expect(decision.lines[0]).toEqual({
        itemId: "app-1",
        type: "marketplace_app",
        outcome: "no_refund",
        clause: "marketplace.developer-policy",
        refund: { net: "0.00", tax: "0.00", gross: "0.00", taxes: [] },
      });
      expect(decision.outcome).toBe("no_refund");
      expect(asked).toEqual([]);
    });
  }
});

describe("a custom MarketPlace evaluator is told whether the decision is an estimate or final", () => {
  function statusSeen(req: ReturnType<typeof request>): { seen: string[]; decision: ReturnType<typeof evaluateRefund> } {
    const seen: string[] = [];
    const decision = evaluateRefund(req, {
      marketplace: {
        "acme.app": {
          terms: "custom",
          // A developer who pays only on the final answer.
          evaluate: (view) => {
            seen.push(view.status);
            return view.status === "final" ? { outcome: "refund", net: view.paidNet } : { outcome: "no_refund" };
          },
        },
      },
    });
    return { seen, decision };
  }

  it("tells it estimate while the migration is in progress, and its answer shapes the estimate", () => {
    const { seen, decision } = statusSeen(migrationRequest({ expectedOn: "2026-06-30" }, app));
    expect(seen).toEqual(["estimate"]);
    expect(decision.status).toBe("estimate");
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", reason: "developer_terms" });
  });

  it("tells it final once the migration completed", () => {
    const { seen, decision } = statusSeen(migrationRequest({ completedOn: "2026-06-15" }, app));
    expect(seen).toEqual(["final"]);
    expect(decision.lines[0]).toMatchObject({ outcome: "refund", refund: { gross: "30.00" } });
  });

  it("tells it final on a plain refund request", () => {
    const { seen } = statusSeen(request({ action: "refund" }, app));
    expect(seen).toEqual(["final"]);
  });
});
