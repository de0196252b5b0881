// `evaluate --ndjson` writes each decision with its own serializer: the text must be JSON.stringify's, byte for byte.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decisionJson } from "../../src/cli/decision-json.js";
import { bitrix24Policy, createEvaluator, definePolicy, safeEvaluateRefund, type Notice, type RefundDecision } from "../../src/index.js";
import { defineRuleModule } from "../../src/rules/index.js";
import { licenseKey, request } from "../../src/testing/index.js";
import { accountCase, buildOptions } from "../reference/accounts.js";

/** Ids a billing system may send: quotes, backslashes, control characters, lone surrogates, emoji, U+2028. */
const hostile = fc.oneof(
  fc.constantFrom('"quoted"', "back\\slash", "line\nbreak", "tab\there", "\u0000nul", "\ud800lone", "lone\udfff", "😀 émoji", "\u2028\u2029", "</script>"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
);

function decided(request: unknown, options?: unknown): RefundDecision | undefined {
  const result = safeEvaluateRefund(request, options as never);
  return result.ok ? result.decision : undefined;
}

describe("a decision's JSON text on the command line", () => {
  it("is JSON.stringify's, byte for byte, over random whole accounts (every item type, action, status and option)", () => {
    let compared = 0;
    fc.assert(
      fc.property(accountCase, fc.array(hostile, { minLength: 8, maxLength: 8 }), (account, ids) => {
        // Hostile ids on every item (each made unique); they reach lines, notices and effects.
        const items = (account.request.items as Record<string, unknown>[]).map((item, i) => ({ ...item, id: `${ids[i]}#${i}` }));
        const request = { ...account.request, items };
        const decision = decided(request, buildOptions(account.options, 2, []));
        if (decision === undefined) return;
        compared++;
        expect(decisionJson(decision)).toBe(JSON.stringify(decision));
      }),
      { numRuns: 1_500, seed: 27 },
    );
    expect(compared).toBeGreaterThan(1_000);
  }, 30_000); // 1,500 whole accounts: ~4 s alone, more on a loaded machine (a time limit, not a speed claim)

  it("keeps the field order of notices and effects a custom rule module writes, and escapes every string it carries", () => {
    const odd = defineRuleModule({
      itemType: "license_key",
      clauses: ["products.non-refundable"],
      evaluate: (item) => ({
        outcome: "no_refund",
        clause: "products.non-refundable",
        // Fields in an order of the module's own, one of them undefined as plain JavaScript may write it (JSON.stringify leaves it out).
        notices: [{ itemId: item.id, clause: "products.non-refundable", code: "telephony.may-become-unusable", cause: undefined } as unknown as Notice],
        effects: [{ clause: "products.non-refundable", on: "2026-07-01", itemId: item.id, type: "disable_auto_renewal" } as never],
      }),
    });
    const policy = definePolicy({ ...bitrix24Policy, id: "acme-resale", modules: { ...bitrix24Policy.modules, license_key: odd } });
    const decision = createEvaluator(policy)(request({ action: "refund" }, licenseKey({ id: 'key "1"\n\\' })));
    expect(decisionJson(decision)).toBe(JSON.stringify(decision));
    expect(JSON.parse(decisionJson(decision)).notices[0]).toEqual({ itemId: 'key "1"\n\\', clause: "products.non-refundable", code: "telephony.may-become-unusable" });
  });
});
