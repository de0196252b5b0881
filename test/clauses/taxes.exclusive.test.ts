// taxes.exclusive: amounts are net of tax, each tax listed separately.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { licenseKey, request, subscription, tax } from "../../src/testing/index.js";

describe("taxes.exclusive", () => {
  it("notes once that amounts are net when any item paid tax", () => {
    const decision = evaluateRefund(request({}, subscription({ taxes: [tax("VAT", "10.00")] }), licenseKey({ taxes: [tax("VAT", "5.00")] })));
    expect(decision.notices).toEqual([{ code: "taxes.exclusive", clause: "taxes.exclusive" }]);
  });

  it("says nothing about taxes when none were paid", () => {
    expect(evaluateRefund(request({}, subscription())).notices).toEqual([]);
  });
});
