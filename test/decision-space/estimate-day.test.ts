import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { migrationRequest, subscription, tax } from "../../src/testing/index.js";

// The contract example's subscription: 2388.00 + VAT 453.72 for 2026, asOf 2026-06-20.
const yearly = subscription({ id: "sub-1", net: "2388.00", taxes: [tax("DE-VAT", "453.72", { rate: "0.19" })] });
const monthly = subscription({ id: "sub-1", cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "30.00" });

describe("an estimate is computed for the later of the expected completion day and asOf (CLAUSES.md reading 7)", () => {
  it("computes an estimate whose expected day is already past as of asOf, never for that past day", () => {
    const stale = evaluateRefund(migrationRequest({ expectedOn: "2026-03-10", asOf: "2026-06-20" }, yearly));
    const final = evaluateRefund(migrationRequest({ completedOn: "2026-06-20", asOf: "2026-06-20" }, yearly));
    expect(stale.status).toBe("estimate");
    expect(stale.total.gross).toBe("1420.86");
    expect(stale.total).toEqual(final.total);
  });

  it("never estimates more than the final answer can pay once the migration completes later", () => {
    const stale = evaluateRefund(migrationRequest({ expectedOn: "2026-06-10", asOf: "2026-06-20" }, monthly));
    const laterFinal = evaluateRefund(migrationRequest({ completedOn: "2026-06-20", asOf: "2026-06-20" }, monthly));
    expect(stale.lines[0]?.calculation).toMatchObject({ used: 20, unused: 10, unusedFrom: "2026-06-21" });
    expect(stale.total.net).toBe("10.00");
    expect(laterFinal.total.net).toBe(stale.total.net);
  });

  it("uses the expected day when it is after asOf", () => {
    const decision = evaluateRefund(migrationRequest({ expectedOn: "2026-06-25", asOf: "2026-06-20" }, monthly));
    expect(decision.lines[0]?.calculation).toMatchObject({ used: 25, unused: 5, unusedFrom: "2026-06-26" });
    expect(decision.total.net).toBe("5.00");
  });

  it("uses asOf when the expected day is asOf itself or no day is expected", () => {
    const onAsOf = evaluateRefund(migrationRequest({ expectedOn: "2026-06-20", asOf: "2026-06-20" }, monthly));
    const none = evaluateRefund(migrationRequest({ asOf: "2026-06-20" }, monthly));
    expect(onAsOf.total.net).toBe("10.00");
    expect(none.total.net).toBe("10.00");
  });
});
