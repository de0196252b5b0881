import { describe, expect, it } from "vitest";
import { evaluateRefund, safeEvaluateRefund } from "../../src/index.js";
import { licenseKey, marketplaceApp, request } from "../../src/testing/index.js";

const codes = (input: unknown) => {
  const result = safeEvaluateRefund(input);
  return result.ok ? [] : result.problems.map((problem) => `${problem.path}: ${problem.code}`);
};

describe("every entry of a list is read", () => {
  it("reads a sparse array's holes as entries, never skipping them", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(codes({ ...request({}, licenseKey()), items: [, licenseKey()] })).toEqual(["items[0]: wrong_type"]);
    // eslint-disable-next-line no-sparse-arrays
    expect(codes({ ...request({}, licenseKey()), items: [,] })).toEqual(["items[0]: wrong_type"]);
  });

  it("refuses an overdue invoice listed twice, which would be counted twice", () => {
    const twice = request({ account: { currency: "EUR", overdueInvoices: [{ id: "i1", amount: "10.00" }, { id: "i1", amount: "10.00" }] } }, licenseKey());
    expect(codes(twice)).toEqual(["account.overdueInvoices[1].id: duplicate_id"]);
  });
});

describe("a developer's custom terms", () => {
  it("see a frozen copy of the app, so they can never change the caller's request", () => {
    const input = request({}, marketplaceApp());
    const decision = evaluateRefund(input, {
      marketplace: {
        "acme.crm-sync": {
          terms: "custom",
          evaluate: (app) => {
            expect(Object.isFrozen(app.item) && Object.isFrozen(app.item.paid)).toBe(true);
            expect(() => Object.assign(app.item.paid, { net: "1.00" })).toThrow(TypeError);
            return { outcome: "no_refund" };
          },
        },
      },
    });
    expect(decision.outcome).toBe("no_refund");
    expect(input.items[0]).toEqual(marketplaceApp());
  });
});
