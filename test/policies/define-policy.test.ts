import { describe, expect, it } from "vitest";
import {
  bitrix24Policy,
  createEvaluator,
  definePolicy,
  isRefundPolicyError,
  RefundPolicyError,
  type Problem,
  type RefundPolicy,
} from "../../src/index.js";
import { defineAccountRule, defineRuleModule } from "../../src/rules/index.js";
import { policyProblems } from "../../src/policy/check.js";
import { request, subscription } from "../../src/testing/index.js";

/** The problems a policy is refused with, by `definePolicy` (never a raw TypeError). */
function refusal(policy: unknown): Problem[] {
  try {
    definePolicy(policy as RefundPolicy);
  } catch (error) {
    expect(error).toBeInstanceOf(RefundPolicyError);
    expect((error as RefundPolicyError).code).toBe("invalid_policy");
    return [...(error as RefundPolicyError).problems];
  }
  throw new Error("the policy was accepted");
}

const { subscription: subscriptionModule, ...withoutSubscription } = bitrix24Policy.modules;

describe("definePolicy refuses a policy that cannot work, with the library's own error", () => {
  it("accepts the built-in policy and a custom one built from its parts", () => {
    expect(policyProblems(bitrix24Policy)).toEqual([]);
    const policy = definePolicy({ ...bitrix24Policy, id: "acme.resale_2", version: "2027-01-01" });
    expect(createEvaluator(policy)(request({}, subscription())).policy).toMatchObject({ id: "acme.resale_2", version: "2027-01-01" });
  });

  it("names a missing module by its item type", () => {
    expect(refusal({ ...bitrix24Policy, modules: withoutSubscription })).toEqual([
      { path: "modules.subscription", code: "missing", message: "is required: every item type needs a rule module" },
    ]);
  });

  it("names a module registered under another item type", () => {
    const problems = refusal({ ...bitrix24Policy, modules: { ...bitrix24Policy.modules, license_key: subscriptionModule } });
    expect(problems).toEqual([{ path: "modules.license_key.itemType", code: "wrong_item_type", message: 'the module registered for "license_key" handles "subscription"' }]);
  });

  it("refuses a module without an evaluate function, with unknown clauses, or of the wrong kind", () => {
    const broken = { itemType: "license_key", clauses: ["no.such-clause"], evaluate: "no" };
    const problems = refusal({ ...bitrix24Policy, modules: { ...bitrix24Policy.modules, license_key: broken, telephony_credit: 5 } });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["modules.license_key.evaluate", "wrong_type"],
      ["modules.license_key.clauses[0]", "unknown_value"],
      ["modules.telephony_credit", "wrong_type"],
    ]);
  });

  it("refuses a module for an item type that does not exist", () => {
    const extra = { ...bitrix24Policy.modules, gift_card: bitrix24Policy.modules.license_key };
    expect(refusal({ ...bitrix24Policy, modules: extra }).map((p) => [p.path, p.code])).toEqual([["modules.gift_card", "unknown_field"]]);
  });

  it.each([["2026-1-01"], ["x2026-01-01"], ["2026-01-01x"], ["2026-02-30"], ["26-01-01"], [20260101]])("refuses the version %j", (version) => {
    expect(refusal({ ...bitrix24Policy, version }).map((p) => p.path)).toEqual(["version"]);
  });

  it.each([[""], ["has space"], ["-leading-dash"], ["x".repeat(101)], [42]])("refuses the id %j", (id) => {
    expect(refusal({ ...bitrix24Policy, id }).map((p) => [p.path, p.code])).toEqual([["id", "wrong_type"]]);
  });

  it("refuses account rules that are not rules", () => {
    const rules = [defineAccountRule({ id: "ok", clauses: [], evaluate: () => [] }), () => [], { id: "x", clauses: "taxes.exclusive", evaluate: () => [] }];
    expect(refusal({ ...bitrix24Policy, accountRules: rules }).map((p) => [p.path, p.code])).toEqual([
      ["accountRules[1]", "wrong_type"],
      ["accountRules[2].clauses", "wrong_type"],
    ]);
    expect(refusal({ ...bitrix24Policy, accountRules: undefined }).map((p) => [p.path, p.code])).toEqual([["accountRules", "missing"]]);
  });

  it("lists every problem of a policy at once", () => {
    const problems = refusal({ id: "", version: "v2", modules: {}, accountRules: {} });
    expect(problems.map((p) => p.path)).toEqual([
      "id",
      "version",
      "modules.subscription",
      "modules.license_key",
      "modules.telephony_credit",
      "modules.marketplace_app",
      "modules.incurred_charge",
      "accountRules",
    ]);
    expect(refusal({ modules: [] }).map((p) => [p.path, p.code])).toEqual([
      ["id", "missing"],
      ["version", "missing"],
      ["modules", "wrong_type"],
      ["accountRules", "missing"],
    ]);
    expect(refusal({ id: "x", version: "2027-01-01", accountRules: [] }).map((p) => [p.path, p.code])).toEqual([["modules", "missing"]]);
    expect(refusal(null)).toEqual([{ path: "", code: "wrong_type", message: "a policy must be an object, not null" }]);
  });

  it("says in the error's message that the policy is at fault, not the request", () => {
    expect(() => definePolicy({ ...bitrix24Policy, version: "v2" })).toThrow(/^Invalid refund policy: version: must be the date the policy took effect/);
  });
});

describe("createEvaluator refuses a policy that was never checked", () => {
  it("refuses a plain object missing a module when the evaluator is made, not at evaluation", () => {
    const unchecked = { ...bitrix24Policy, modules: withoutSubscription } as unknown as RefundPolicy;
    expect(() => createEvaluator(unchecked)).toThrow(RefundPolicyError);
    expect(() => createEvaluator(unchecked)).toThrow("modules.subscription: is required");
  });

  it("still evaluates with a module a caller defined", () => {
    const keys = defineRuleModule({ itemType: "license_key", clauses: ["products.non-refundable"], evaluate: () => ({ outcome: "no_refund", clause: "products.non-refundable" }) });
    const evaluate = createEvaluator({ ...bitrix24Policy, modules: { ...bitrix24Policy.modules, license_key: keys } });
    expect(evaluate(request({}, subscription())).outcome).toBe("no_refund");
  });
});
