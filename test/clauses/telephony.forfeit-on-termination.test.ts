// telephony.forfeit-on-termination: credit may be lost when the account or the number is suspended or terminated.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { request, telephonyCredit } from "../../src/testing/index.js";

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
    expect(decision.notices[0]).toMatchObject({ cause: "account_suspended" });
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
