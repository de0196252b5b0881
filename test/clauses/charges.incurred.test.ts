// charges.incurred: usage already consumed is never refunded.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { incurredCharge, request } from "../../src/testing/index.js";
import { ZERO } from "../helpers.js";

describe("charges.incurred", () => {
  it.each(["refund", "cancel", "migrate_to_on_premise"] as const)("never refunds usage already consumed (%s)", (action) => {
    const extra = action === "migrate_to_on_premise" ? { migration: { status: "completed" as const, completedOn: "2026-06-15" } } : {};
    const decision = evaluateRefund(request({ action, ...extra }, incurredCharge({ amount: "3.20" })));
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", clause: "charges.incurred", refund: ZERO });
  });
});
