// migration.partial-refund: an estimate while the migration is open, the final figure once it completed.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { migrationRequest, subscription, tax } from "../../src/testing/index.js";

describe("estimate, then final (CLAUSES.md reading 7)", () => {
  const sub = subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72")] });

  it("estimates from the expected completion date while the migration is in progress", () => {
    const estimate = evaluateRefund(migrationRequest({ expectedOn: "2026-06-15" }, sub));
    const final = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, sub));
    expect(estimate.status).toBe("estimate");
    expect(final.status).toBe("final");
    expect(estimate.lines).toEqual(final.lines);
    expect(estimate.total).toEqual(final.total);
    expect(estimate.notices).toContainEqual({ code: "migration.refund-after-completion", clause: "migration.partial-refund" });
  });

  it("estimates from asOf when no completion date is expected, for a requested migration too", () => {
    const requested = evaluateRefund({ ...migrationRequest({}, sub), asOf: "2026-06-15", migration: { status: "requested" } });
    expect(requested.status).toBe("estimate");
    expect(requested.total.net).toBe("1194.00");
  });

  it("earns nothing for a cancelled migration, and says so", () => {
    const decision = evaluateRefund(migrationRequest({ cancelled: true }, sub));
    expect(decision).toMatchObject({ status: "final", outcome: "no_refund" });
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", clause: "migration.partial-refund", reason: "migration_cancelled" });
    expect(decision.notices).toContainEqual({ code: "migration.cancelled", clause: "migration.partial-refund" });
  });
});

describe("the migration's reference day", () => {
  it("estimates from expectedCompletionOn, not asOf, when both are given and it is the later", () => {
    const june = subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "30.00" });
    const decision = evaluateRefund({ ...migrationRequest({ expectedOn: "2026-06-25" }, june), asOf: "2026-06-20" });
    expect(decision.lines[0]?.calculation).toMatchObject({ used: 25, unused: 5 });
    expect(decision.total.net).toBe("5.00");
  });
});
