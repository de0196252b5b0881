import { describe, expect, it } from "vitest";
import { evaluateRefund, explain } from "../../src/index.js";
import { migrationRequest, subscription } from "../../src/testing/index.js";
import { LOCALES } from "../../src/explain/catalogs.js";

// JPY has no minor unit: 1 yen for June, migration completed June 29, so June 30 (1 of 30 days) is unused.
const oneYen = subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "1" });
const decideOneYen = () => evaluateRefund(migrationRequest({ completedOn: "2026-06-29", asOf: "2026-06-30", currency: "JPY" }, oneYen));

describe("a refund that rounds to zero says so, rather than that no time is unused", () => {
  it("gives reason rounds_to_zero to JPY 1 for 1 unused day of 30", () => {
    const line = decideOneYen().lines[0];
    expect(line).toMatchObject({ outcome: "no_refund", reason: "rounds_to_zero", refund: { gross: "0" } });
    expect(line?.calculation).toMatchObject({ unit: "day", used: 29, unused: 1, total: 30 });
  });

  it("gives rounds_to_zero when rounding down takes a cent's half to nothing", () => {
    const cent = subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "0.01" });
    const decision = evaluateRefund(migrationRequest({ completedOn: "2026-06-15", asOf: "2026-06-20" }, cent), { rounding: "down" });
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", reason: "rounds_to_zero", calculation: { unused: 15 } });
  });

  it("keeps no_unused_time for a period with nothing unused", () => {
    const decision = evaluateRefund(migrationRequest({ completedOn: "2026-06-30", asOf: "2026-06-30", currency: "JPY" }, oneYen));
    expect(decision.lines[0]).toMatchObject({ reason: "no_unused_time", calculation: { unused: 0 } });
  });

  it("keeps already_refunded for a share that was refunded before", () => {
    const sub = subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "30.00", refunded: { net: "15.00" } });
    const decision = evaluateRefund(migrationRequest({ completedOn: "2026-06-15", asOf: "2026-06-20" }, sub));
    expect(decision.lines[0]).toMatchObject({ reason: "already_refunded" });
  });

  it("explains the zero as rounding in every built-in locale, never as no unused time", () => {
    const decision = decideOneYen();
    const english = explain(decision, { locale: "en" }).lines[0]?.text;
    expect(english).toContain("Some time is unused, but its share of the price rounds to zero.");
    expect(english).not.toContain("No unused time");
    for (const locale of LOCALES) {
      const text = explain(decision, { locale }).lines[0]?.text ?? "";
      expect(text, locale.code).not.toContain("Some time is unused");
      expect(text, locale.code).not.toBe(explain({ ...decision, lines: [{ ...decision.lines[0]!, reason: "no_unused_time" }] }, { locale }).lines[0]?.text);
    }
  });
});
