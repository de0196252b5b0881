import { describe, expect, it } from "vitest";
import {
  bitrix24Policy,
  CLAUSES,
  createEvaluator,
  definePolicy,
  evaluateRefund,
} from "../src/index.js";
import { defineAccountRule, defineRuleModule, policyClauses } from "../src/rules/index.js";
import { ITEM_TYPES } from "../src/items/registry.js";
import { licenseKey, request, subscription } from "../src/testing/index.js";

describe("policies as values", () => {
  it("the Bitrix24 policy is a frozen composition of one module per item type", () => {
    expect(Object.isFrozen(bitrix24Policy)).toBe(true);
    expect(Object.isFrozen(bitrix24Policy.modules)).toBe(true);
    expect(Object.keys(bitrix24Policy.modules).sort()).toEqual([...ITEM_TYPES].sort());
    for (const [type, module] of Object.entries(bitrix24Policy.modules)) expect(module.itemType).toBe(type);
  });

  it("cites every clause of the policy text, and only those", () => {
    expect([...policyClauses(bitrix24Policy)].sort()).toEqual([...CLAUSES].sort());
  });

  it("lets a caller compose a policy of their own from the exported modules", () => {
    const goodwillKeys = defineRuleModule({
      itemType: "license_key",
      clauses: ["products.non-refundable"],
      evaluate: (item, context) => ({
        outcome: "refund",
        clause: "products.non-refundable",
        refund: { net: item.payment.net, taxes: [] },
        reason: context.request.action === "refund" ? "developer_terms" : "not_commercial",
      }),
    });
    const audit = defineAccountRule({ id: "audit", clauses: ["taxes.exclusive"], evaluate: () => [{ code: "taxes.exclusive", clause: "taxes.exclusive" }] });
    const policy = definePolicy({ id: "reseller", version: "2027-01-01", modules: { ...bitrix24Policy.modules, license_key: goodwillKeys }, accountRules: [audit] });
    const evaluate = createEvaluator(policy);
    const decision = evaluate(request({}, licenseKey({ net: "99.00" }), subscription()));
    expect(decision.policy).toMatchObject({ id: "reseller", version: "2027-01-01", effectiveFrom: "0001-01-01" });
    expect(decision.lines.map((line) => [line.outcome, line.refund.net])).toEqual([
      ["refund", "99.00"],
      ["no_refund", "0.00"],
    ]);
    expect(decision.outcome).toBe("partial_refund");
    expect(decision.notices).toEqual([{ code: "taxes.exclusive", clause: "taxes.exclusive" }]);
    expect(evaluateRefund(request({}, licenseKey())).lines[0]?.outcome).toBe("no_refund");
  });

  it("refuses a module registered under another item type, and an undated version", () => {
    const wrong = { ...bitrix24Policy.modules, license_key: bitrix24Policy.modules.subscription } as never;
    expect(() => definePolicy({ ...bitrix24Policy, modules: wrong })).toThrow('the module registered for "license_key" handles "subscription"');
    expect(() => definePolicy({ ...bitrix24Policy, version: "v2" })).toThrow("version: must be the date the policy took effect");
  });
});

describe("policies", () => {
  it.each(["2026-1-01", "x2026-01-01", "2026-01-01x", "2026-01-0a", "26-01-01", "2026-001-01"])("refuses the version %j", (version) => {
    expect(() => definePolicy({ ...bitrix24Policy, version })).toThrow(`version: must be the date the policy took effect, YYYY-MM-DD, not "${version}"`);
  });

  it("accepts a well-formed version and keeps the modules", () => {
    const policy = definePolicy({ ...bitrix24Policy, version: "2030-12-31" });
    expect(policy.modules.subscription).toBe(bitrix24Policy.modules.subscription);
    expect(policyClauses(policy).size).toBe(CLAUSES.length);
  });

  it("names its account rules and their clauses", () => {
    expect(bitrix24Policy.accountRules.map((rule) => [rule.id, [...rule.clauses]])).toEqual([
      ["non-payment", ["billing.non-payment"]],
      ["taxes", ["taxes.exclusive"]],
      ["migration", ["migration.partial-refund"]],
    ]);
    expect(Object.values(bitrix24Policy.modules).map((module) => [module.itemType, [...module.clauses]])).toEqual([
      ["subscription", ["products.non-refundable", "subscription.discontinue", "migration.partial-refund", "telephony.non-transferable"]],
      ["license_key", ["products.non-refundable", "telephony.non-transferable"]],
      ["telephony_credit", ["telephony.no-cash-value", "telephony.non-transferable", "telephony.forfeit-on-termination"]],
      ["marketplace_app", ["marketplace.developer-policy", "migration.partial-refund", "telephony.non-transferable"]],
      ["incurred_charge", ["charges.incurred", "telephony.non-transferable"]],
    ]);
  });
});
