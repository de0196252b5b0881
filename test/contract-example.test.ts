import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../src/index.js";
import contractRequest from "../docs/examples/migration-final.json" with { type: "json" };
import type { RefundRequest } from "../src/index.js";

const request = contractRequest as RefundRequest;

describe("the contract's worked example", () => {
  const decision = evaluateRefund(request);

  it("refunds the six unused months of the yearly subscription with VAT in proportion", () => {
    expect(decision.lines[0]).toEqual({
      itemId: "sub-1",
      type: "subscription",
      outcome: "partial_refund",
      clause: "migration.partial-refund",
      refund: { net: "1194.00", tax: "226.86", gross: "1420.86", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "226.86" }] },
      calculation: { unit: "month", used: 6, unused: 6, total: 12, unusedFrom: "2026-07-01", to: "2027-01-01" },
    });
  });

  it("gives the contract's totals, status and outcome", () => {
    expect(decision.total).toEqual({ net: "1194.00", tax: "226.86", gross: "1420.86" });
    expect(decision.status).toBe("final");
    expect(decision.outcome).toBe("partial_refund");
    expect(decision.policy).toMatchObject({ id: "bitrix24", version: "2026-11-26" });
    expect(decision.currency).toBe("EUR");
    expect(decision.asOf).toBe("2026-06-20");
  });

  it("answers every other item of a migrating account as CLAUSES.md reading 9 says", () => {
    expect(decision.lines.map((line) => [line.itemId, line.outcome, line.clause])).toEqual([
      ["sub-1", "partial_refund", "migration.partial-refund"],
      ["key-1", "no_refund", "products.non-refundable"],
      ["tel-1", "no_refund", "telephony.no-cash-value"],
      ["app-1", "refer_to_developer", "marketplace.developer-policy"],
      ["use-1", "no_refund", "charges.incurred"],
    ]);
    expect(decision.lines[3]?.developer).toEqual({ name: "Acme", contact: "support@acme.example" });
  });

  it("carries the telephony, non-payment and tax notices", () => {
    expect(decision.notices).toEqual([
      { code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination", itemId: "tel-1" },
      { code: "billing.access-may-be-barred", clause: "billing.non-payment", invoiceIds: ["inv-7"], overdue: "49.00" },
      { code: "taxes.exclusive", clause: "taxes.exclusive" },
    ]);
    expect(decision.effects).toEqual([{ type: "disable_auto_renewal", itemId: "sub-1", on: "2026-07-01", clause: "migration.partial-refund" }]);
  });
});
