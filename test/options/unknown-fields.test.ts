import { describe, expect, it } from "vitest";
import { evaluateMany, evaluateRefund, explain, safeEvaluateRefund, type RequestNotice } from "../../src/index.js";
import { checkDecision, licenseKey, request, subscription } from "../../src/testing/index.js";
import { de } from "../../src/locale/de.js";

/** A request whose first item has `refund` where `refunded` was meant, and two more stray fields. */
const withTypos = () => {
  const good = request({ action: "migrate_to_on_premise", migration: { status: "completed", completedOn: "2026-06-15" } }, subscription(), licenseKey());
  return {
    ...good,
    source: "billing-v2",
    account: { ...good.account, crmId: 7 },
    items: [{ ...good.items[0]!, refund: { net: "1194.00" } }, good.items[1]!],
  };
};

describe("fields the contract does not have", () => {
  it("are refused by default, each as unknown_field: a typo must not pay twice", () => {
    const result = safeEvaluateRefund(withTypos());
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: "source", code: "unknown_field", message: "is not a field of the request" },
        { path: "account.crmId", code: "unknown_field", message: "is not a field of account" },
        { path: "items[0].refund", code: "unknown_field", message: "is not a field of items[0]" },
      ],
    });
    expect(safeEvaluateRefund(withTypos(), { unknownFields: "refuse" })).toEqual(result);
  });

  it('are read past with unknownFields: "ignore", and listed in a request.fields-ignored notice in request order', () => {
    const decision = evaluateRefund(withTypos(), { unknownFields: "ignore" });
    const { source: _source, ...clean } = withTypos();
    const expected = evaluateRefund({ ...clean, account: { currency: "EUR" }, items: [subscription(), licenseKey()] });
    expect(decision.notices.at(-1)).toEqual({ code: "request.fields-ignored", paths: ["source", "account.crmId", "items[0].refund"] });
    expect({ ...decision, notices: decision.notices.slice(0, -1) }).toEqual(expected);
  });

  it("add no notice when nothing was ignored", () => {
    const plain = request({}, licenseKey());
    expect(evaluateRefund(plain, { unknownFields: "ignore" })).toEqual(evaluateRefund(plain));
  });

  it("are ignored at every level: nested objects and list entries", () => {
    const deep = JSON.parse(JSON.stringify(request({}, subscription({ taxes: [{ code: "VAT", amount: "1.00" }] })))) as { items: Record<string, unknown>[] };
    const item = deep.items[0]!;
    const paid = item["paid"] as { taxes: Record<string, unknown>[] };
    paid.taxes[0]!["jurisdiction"] = "DE";
    (item["period"] as Record<string, unknown>)["timezone"] = "UTC";
    const decision = evaluateRefund(deep, { unknownFields: "ignore" });
    expect(decision.notices.at(-1)).toMatchObject({ paths: ["items[0].period.timezone", "items[0].paid.taxes[0].jurisdiction"] });
  });

  it("still refuses the options' own unknown fields, and a value of unknownFields it does not know", () => {
    const result = safeEvaluateRefund(request({}, licenseKey()), { unknownFields: "ignore", roundng: "down" });
    expect(!result.ok && result.problems.map((p) => `${p.path} ${p.code}`)).toEqual(["options.roundng unknown_field"]);
    const bad = safeEvaluateRefund(request({}, licenseKey()), { unknownFields: "warn" });
    expect(!bad.ok && bad.problems.map((p) => `${p.path} ${p.code}`)).toEqual(["options.unknownFields unknown_value"]);
  });

  it("the notice passes the contract checker, names no clause, and is explained", () => {
    const decision = evaluateRefund(withTypos(), { unknownFields: "ignore" });
    expect(checkDecision(decision)).toEqual([]);
    expect(decision.notices.at(-1)).not.toHaveProperty("clause");
    expect(explain(decision).notices.at(-1)).toBe("Fields the contract does not have were ignored: source, account.crmId, items[0].refund.");
    expect(explain(decision, { locale: de }).notices.at(-1)).toContain("ignoriert: source, account.crmId, items[0].refund.");
  });

  it("the contract checker still wants a clause on every policy notice", () => {
    const decision = evaluateRefund(request({}, subscription({ taxes: [{ code: "VAT", amount: "1.00" }] })));
    const { clause: _clause, ...unnamed } = decision.notices[0] as RequestNotice;
    expect(checkDecision({ ...decision, notices: [unnamed as never] })).toEqual(["notices/effects[0]: names no clause"]);
  });

  it("apply to each request of a batch", () => {
    const results = [...evaluateMany([withTypos(), request({}, licenseKey())], { options: { unknownFields: "ignore" } })];
    expect(results.map((result) => result.ok && result.decision.notices.some((n) => n.code === "request.fields-ignored"))).toEqual([true, false]);
  });
});
