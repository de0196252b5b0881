import { describe, expect, it } from "vitest";
import { evaluateRefund, explain, type Effect } from "../../src/index.js";
import { migrationRequest, request, subscription } from "../../src/testing/index.js";

describe("each kind of effect has its own sentence", () => {
  it("a cancel's renewal effect says the service runs to the period's end; a migration's says the on-premise copy replaces it", () => {
    const cancel = evaluateRefund(request({ action: "cancel" }, subscription()));
    expect(explain(cancel).effects).toEqual(["Subscription sub-1: automatic renewal is turned off; the service runs until January 1, 2027."]);
    const migration = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription()));
    expect(explain(migration).effects[0]).toMatch(/turned off from .*; the on-premise copy replaces the cloud subscription\.$/);
  });

  it("a renewal effect under a clause this library never writes (a stored decision) gets the plain sentence", () => {
    const cancel = evaluateRefund(request({ action: "cancel" }, subscription()));
    for (const clause of ["billing.non-payment", "constructor"]) {
      const effect = { ...cancel.effects[0]!, clause } as unknown as Effect;
      expect(explain({ ...cancel, effects: [effect] }).effects, clause).toEqual(explain(cancel).effects);
    }
  });
});
