// telephony.no-cash-value: telephony credit has no cash value and is not refunded.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { request, telephonyCredit } from "../../src/testing/index.js";
import { ZERO } from "../helpers.js";

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
