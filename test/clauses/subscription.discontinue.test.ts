// subscription.discontinue: cancelling turns automatic renewal off and refunds nothing.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { request, subscription } from "../../src/testing/index.js";
import { ZERO } from "../helpers.js";

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
