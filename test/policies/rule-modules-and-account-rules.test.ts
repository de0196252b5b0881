// What a policy author relies on when composing a policy (docs/custom-policy.md): defineRuleModule and
// defineAccountRule make frozen values that keep what they were given, byAction answers each action with
// its own handler, and CREDIT_USE_REFUSED refuses every credit action under telephony.non-transferable.
import { describe, expect, it } from "vitest";
import {
  bitrix24Policy,
  createEvaluator,
  definePolicy,
  evaluateRefund,
  type ClauseId,
  type RefundAction,
} from "../../src/index.js";
import {
  byAction,
  CREDIT_USE_REFUSED,
  defineAccountRule,
  defineRuleModule,
  marketplaceAppRules,
  type MarketplaceApp,
  type RuleContext,
  type LineResult,
} from "../../src/rules/index.js";
import { licenseKey, migrationRequest, request, subscription, telephonyCredit } from "../../src/testing/index.js";

const noRefund = (): LineResult => ({ outcome: "no_refund", clause: "products.non-refundable" });

describe("defineRuleModule: a frozen module that keeps its item type, clauses and evaluate", () => {
  it("keeps what it was given, in a frozen copy the caller's later changes never reach", () => {
    const clauses: ClauseId[] = ["products.non-refundable", "telephony.non-transferable"];
    const evaluate = noRefund;
    const module = defineRuleModule({ itemType: "license_key", clauses, evaluate });
    clauses.push("charges.incurred");
    expect(module.itemType).toBe("license_key");
    expect(module.evaluate).toBe(evaluate);
    expect(module.clauses).toEqual(["products.non-refundable", "telephony.non-transferable"]);
    expect(Object.isFrozen(module)).toBe(true);
    expect(Object.isFrozen(module.clauses)).toBe(true);
    expect(() => {
      (module.clauses as ClauseId[]).push("charges.incurred");
    }).toThrow(TypeError);
  });

  it("decides the items of its type once in a policy", () => {
    const keys = defineRuleModule({
      itemType: "license_key",
      clauses: ["products.non-refundable"],
      evaluate: (item) => ({ outcome: "refund", clause: "products.non-refundable", refund: { net: item.payment.net, taxes: [] } }),
    });
    const evaluate = createEvaluator(definePolicy({ ...bitrix24Policy, modules: { ...bitrix24Policy.modules, license_key: keys } }));
    expect(evaluate(request({}, licenseKey({ net: "99.00" }))).total).toEqual({ net: "99.00", tax: "0.00", gross: "99.00" });
  });
});

describe("defineAccountRule: a frozen account rule whose notices reach the decision", () => {
  it("keeps its id, clauses and evaluate, in a frozen copy", () => {
    const clauses: ClauseId[] = ["taxes.exclusive"];
    const rule = defineAccountRule({ id: "vat-reminder", clauses, evaluate: () => [{ code: "taxes.exclusive", clause: "taxes.exclusive" }] });
    clauses.length = 0;
    expect(rule.id).toBe("vat-reminder");
    expect(rule.clauses).toEqual(["taxes.exclusive"]);
    expect(Object.isFrozen(rule)).toBe(true);
    expect(Object.isFrozen(rule.clauses)).toBe(true);
  });

  it("adds its notices to every decision of a policy that lists it", () => {
    const rule = defineAccountRule({ id: "always", clauses: ["migration.partial-refund"], evaluate: () => [{ code: "migration.cancelled", clause: "migration.partial-refund" }] });
    const evaluate = createEvaluator(definePolicy({ ...bitrix24Policy, accountRules: [rule] }));
    expect(evaluate(request({}, licenseKey())).notices).toContainEqual({ code: "migration.cancelled", clause: "migration.partial-refund" });
  });
});

describe("byAction: a module answers each action with that action's handler", () => {
  // Each handler answers with a clause of its own, so the line tells which one ran.
  const answered: Record<RefundAction, ClauseId> = {
    refund: "products.non-refundable",
    cancel: "subscription.discontinue",
    migrate_to_on_premise: "migration.partial-refund",
    transfer_credit: "telephony.non-transferable",
    apply_credit_to_invoice: "charges.incurred",
    pay_with_credit: "telephony.no-cash-value",
  };
  const seen: { itemId: string; action: string }[] = [];
  const handler = (action: RefundAction) => (item: { id: string }, context: { request: { action: RefundAction } }) => {
    seen.push({ itemId: item.id, action: context.request.action });
    return { outcome: "no_refund", clause: answered[action] } as const;
  };
  const keys = defineRuleModule({
    itemType: "license_key",
    clauses: Object.values(answered),
    evaluate: byAction<"license_key">({
      refund: handler("refund"),
      cancel: handler("cancel"),
      migrate_to_on_premise: handler("migrate_to_on_premise"),
      transfer_credit: handler("transfer_credit"),
      apply_credit_to_invoice: handler("apply_credit_to_invoice"),
      pay_with_credit: handler("pay_with_credit"),
    }),
  });
  const evaluate = createEvaluator(definePolicy({ ...bitrix24Policy, modules: { ...bitrix24Policy.modules, license_key: keys } }));

  it.each(Object.keys(answered) as RefundAction[])("%s: the item goes to that handler, with the item and the request's context", (action) => {
    seen.length = 0;
    const items = action === "refund" || action === "cancel" || action === "migrate_to_on_premise" ? [licenseKey({ id: "key-9" })] : [licenseKey({ id: "key-9" }), telephonyCredit()];
    const input = action === "migrate_to_on_premise" ? migrationRequest({ completedOn: "2026-06-15" }, ...items) : request({ action }, ...items);
    const line = evaluate(input).lines.find((l) => l.itemId === "key-9")!;
    expect(line.clause).toBe(answered[action]);
    expect(seen).toEqual([{ itemId: "key-9", action }]);
  });
});

describe("CREDIT_USE_REFUSED: telephony credit cannot move, settle an invoice or pay for a service", () => {
  it("answers each credit action not_allowed under telephony.non-transferable", () => {
    for (const refuse of Object.values(CREDIT_USE_REFUSED)) expect(refuse()).toEqual({ outcome: "not_allowed", clause: "telephony.non-transferable" });
    expect(Object.keys(CREDIT_USE_REFUSED).sort()).toEqual(["apply_credit_to_invoice", "pay_with_credit", "transfer_credit"]);
  });

  it.each(["transfer_credit", "apply_credit_to_invoice", "pay_with_credit"] as const)("%s: every item of the built-in policy's request is not_allowed", (action) => {
    const decision = evaluateRefund(request({ action }, telephonyCredit(), subscription(), licenseKey()));
    expect(decision.outcome).toBe("not_allowed");
    expect(decision.lines.map((l) => [l.outcome, l.clause])).toEqual([
      ["not_allowed", "telephony.non-transferable"],
      ["not_allowed", "telephony.non-transferable"],
      ["not_allowed", "telephony.non-transferable"],
    ]);
  });
});

describe("a built-in module called by a policy author's own code", () => {
  it("throws on MarketPlace terms it does not know (a hand-built item), rather than answering no line", () => {
    const item = { type: "marketplace_app", id: "app-1", appId: "acme.crm-sync", developer: {}, purchasedOn: 0, terms: { terms: "half_back" } } as unknown as MarketplaceApp;
    const context = { request: { action: "refund", asOf: 0 }, options: {}, money: { digits: 2, rounding: "half_up" } } as unknown as RuleContext;
    expect(() => marketplaceAppRules.evaluate(item, context)).toThrow(Error);
  });
});
