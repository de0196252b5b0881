// What every decision carries: clauses that exist, the policy's dated version, the outcome of its lines,
// and a reason only where there is one.
import { describe, expect, it } from "vitest";
import { CLAUSES, evaluateRefund } from "../src/index.js";
import { checkDecision, incurredCharge, licenseKey, marketplaceApp, request, subscription, telephonyCredit } from "../src/testing/index.js";

describe("every decision", () => {
  it("cites only clauses that exist and keeps the contract", () => {
    const all = [subscription(), licenseKey(), telephonyCredit(), marketplaceApp(), incurredCharge()];
    for (const action of ["refund", "cancel", "transfer_credit", "apply_credit_to_invoice", "pay_with_credit"] as const) {
      const decision = evaluateRefund(request({ action }, ...all));
      expect(checkDecision(decision)).toEqual([]);
      for (const entry of [...decision.lines, ...decision.notices, ...decision.effects]) expect(CLAUSES).toContain("clause" in entry ? entry.clause : undefined);
    }
  });

  it("names the policy and its dated version", () => {
    expect(evaluateRefund(request()).policy).toMatchObject({ id: "bitrix24", version: "2026-11-26", effectiveFrom: "1970-01-01" });
  });
});

describe("decisions, edge cases", () => {
  it("is no_refund, not not_allowed, when only some lines are refused", () => {
    const decision = evaluateRefund(request({ action: "transfer_credit" }, telephonyCredit()));
    expect(decision.outcome).toBe("not_allowed");
    // Lines of a plain refund: none is not_allowed, none is referred.
    expect(evaluateRefund(request({}, telephonyCredit(), licenseKey())).outcome).toBe("no_refund");
  });

  it("writes a reason only where there is one", () => {
    const decision = evaluateRefund(request({}, licenseKey()));
    expect(Object.keys(decision.lines[0]!)).toEqual(["itemId", "type", "outcome", "clause", "refund"]);
  });
});
