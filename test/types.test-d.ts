import { describe, expectTypeOf, it } from "vitest";
import {
  bitrix24Policy,
  evaluateRefund,
  type DecisionLine,
  type ItemType,
  type Outcome,
  type PolicyModules,
  type RefundDecision,
  type RefundRequest,
} from "../src/index.js";
import { defineRuleModule, type RuleModule } from "../src/rules/index.js";
import { subscription } from "../src/testing/index.js";

/** The parameters of the evaluator's first, typed call signature (the second takes unknown input). */
type TypedSignature = typeof evaluateRefund extends { (...args: infer Typed): RefundDecision; (...args: infer _Untyped): RefundDecision } ? Typed : never;

describe("types", () => {
  it("evaluateRefund takes the contract's request and returns its decision", () => {
    expectTypeOf<TypedSignature[0]>().toEqualTypeOf<RefundRequest>();
    expectTypeOf(evaluateRefund).returns.toEqualTypeOf<RefundDecision>();
    expectTypeOf<RefundDecision["total"]["gross"]>().toEqualTypeOf<string>();
    expectTypeOf<DecisionLine["outcome"]>().toEqualTypeOf<Outcome>();
  });

  it("refuses amounts given as numbers and unknown actions", () => {
    // @ts-expect-error amounts are decimal strings
    subscription({ net: 12.3 });
    // @ts-expect-error not an action of the contract
    const typed: RefundRequest = { asOf: "2026-06-20", action: "refund_all", account: { currency: "EUR" }, items: [] };
    void typed;
  });

  it("needs one module per item type in a policy", () => {
    expectTypeOf<keyof PolicyModules>().toEqualTypeOf<ItemType>();
    const { license_key: _dropped, ...incomplete } = bitrix24Policy.modules;
    // @ts-expect-error the license_key module is missing
    const modules: PolicyModules = incomplete;
    void modules;
  });

  it("gives a module the normalized item of its own type", () => {
    defineRuleModule({
      itemType: "telephony_credit",
      clauses: ["telephony.no-cash-value"],
      evaluate: (item) => {
        expectTypeOf(item.type).toEqualTypeOf<"telephony_credit">();
        // @ts-expect-error a telephony credit has no period
        void item.period;
        return { outcome: "no_refund", clause: "telephony.no-cash-value" };
      },
    });
    expectTypeOf(bitrix24Policy.modules.subscription).toEqualTypeOf<RuleModule<"subscription">>();
  });

  it("keeps decimal.js out of the public types", () => {
    // Money is the project's own opaque class; its value is private.
    expectTypeOf<TypedSignature[1]>().toEqualTypeOf<import("../src/index.js").RefundOptions | undefined>();
  });
});
