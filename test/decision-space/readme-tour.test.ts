import { describe, expect, it } from "vitest";
import { evaluateRefund, explain, type RefundDecision } from "../../src/index.js";
import { de } from "../../src/locale/de.js";
import { checkDecision } from "../../src/testing/index.js";

describe("the README's tour", () => {
  it("gives the figures, the calculation, the renewal effect and the summary the README shows", () => {
    const decision = evaluateRefund({
      asOf: "2026-06-20",
      action: "migrate_to_on_premise",
      account: { id: "acct-42", currency: "EUR" },
      migration: { status: "completed", completedOn: "2026-06-15" },
      items: [
        {
          id: "sub-1",
          type: "subscription",
          plan: "professional",
          cycle: "year",
          period: { start: "2026-01-01", end: "2027-01-01" },
          paid: { net: "2388.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "453.72" }] },
        },
      ],
    });
    expect(decision.total).toEqual({ net: "1194.00", tax: "226.86", gross: "1420.86" });
    expect(decision.lines[0]?.calculation).toEqual({ unit: "month", used: 6, unused: 6, total: 12, unusedFrom: "2026-07-01", to: "2027-01-01" });
    expect(decision.effects).toEqual([{ type: "disable_auto_renewal", itemId: "sub-1", on: "2026-07-01", clause: "migration.partial-refund" }]);
    expect(explain(decision).summary).toBe("Partial refund of €1,420.86, including €226.86 tax (final).");
    expect(explain(decision, { locale: de }).summary).toBe("Teilerstattung von 1.420,86\u00a0€, davon 226,86\u00a0€ Steuern (endgültig).");
  });
});

describe("checkDecision holds effects to asOf", () => {
  it("reports an effect dated before the decision's asOf", () => {
    const decision = evaluateRefund({
      asOf: "2026-06-20",
      action: "cancel",
      account: { id: "a", currency: "EUR" },
      items: [{ id: "sub-1", type: "subscription", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "1.00" } }],
    });
    expect(checkDecision(decision)).toEqual([]);
    const backdated: RefundDecision = { ...decision, effects: [{ ...decision.effects[0]!, on: "2026-06-19" }] };
    expect(checkDecision(backdated)).toEqual(["effects[0] is dated before asOf"]);
  });
});
