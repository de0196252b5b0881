// products.non-refundable: subscriptions and license keys are not refunded.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { licenseKey, request, subscription } from "../../src/testing/index.js";
import { ZERO } from "../helpers.js";

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
