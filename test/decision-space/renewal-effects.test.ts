import { describe, expect, it } from "vitest";
import { evaluateRefund, type RefundDecision } from "../../src/index.js";
import { migrationRequest, refunded, request, subscription } from "../../src/testing/index.js";

const yearly = subscription({ id: "sub-1", net: "1200.00" });
const monthly = subscription({ id: "sub-1", cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "30.00" });

const renewalOff = (itemId: string, on: string, clause: string) => ({ type: "disable_auto_renewal", itemId, on, clause });

/** No effect of the decision is dated before its asOf (dates compare as strings). */
function noneBeforeAsOf(decision: RefundDecision): boolean {
  return decision.effects.every((effect) => effect.on >= decision.asOf);
}

describe("a final migration turns off every subscription still renewing (CLAUSES.md reading 16)", () => {
  it("turns a renewing yearly subscription off from its first unused month, so refunded time is not billed again", () => {
    const decision = evaluateRefund(migrationRequest({ completedOn: "2026-06-15", asOf: "2026-06-20" }, yearly));
    expect(decision.lines[0]?.calculation?.unusedFrom).toBe("2026-07-01");
    expect(decision.effects).toEqual([renewalOff("sub-1", "2026-07-01", "migration.partial-refund")]);
  });

  it("dates the effect asOf when the first unused day is already past", () => {
    const decision = evaluateRefund(migrationRequest({ completedOn: "2026-06-15", asOf: "2026-06-20" }, monthly));
    expect(decision.lines[0]?.calculation?.unusedFrom).toBe("2026-06-16");
    expect(decision.effects).toEqual([renewalOff("sub-1", "2026-06-20", "migration.partial-refund")]);
  });

  it("turns off each renewing subscription of the account and leaves one whose renewal is off alone", () => {
    const decision = evaluateRefund(
      migrationRequest(
        { completedOn: "2026-06-15", asOf: "2026-06-20" },
        subscription({ id: "a", net: "1200.00" }),
        subscription({ id: "b", net: "1200.00", autoRenew: false }),
        subscription({ id: "c", net: "1200.00", start: "2026-09-01", end: "2027-09-01" }),
      ),
    );
    expect(decision.effects).toEqual([
      renewalOff("a", "2026-07-01", "migration.partial-refund"),
      renewalOff("c", "2026-09-01", "migration.partial-refund"),
    ]);
    expect(decision.notices.map((notice) => notice.code)).not.toContain("subscription.auto-renewal-already-off");
  });

  it("turns off a renewing subscription whose period ended before the migration, dated asOf, though it earns nothing", () => {
    const decision = evaluateRefund(
      migrationRequest({ completedOn: "2026-06-15", asOf: "2026-06-20" }, subscription({ id: "old", start: "2025-01-01", end: "2026-01-01" })),
    );
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", reason: "no_unused_time" });
    expect(decision.effects).toEqual([renewalOff("old", "2026-06-20", "migration.partial-refund")]);
  });

  it("turns off a free subscription too, from the day its unused time would start", () => {
    const decision = evaluateRefund(migrationRequest({ completedOn: "2026-06-15", asOf: "2026-06-20" }, subscription({ commercial: false })));
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", reason: "not_commercial" });
    expect(decision.lines[0]?.calculation).toBeUndefined();
    expect(decision.effects).toEqual([renewalOff("sub-1", "2026-07-01", "migration.partial-refund")]);
  });

  it("turns off a subscription whose unused time was already refunded", () => {
    const decision = evaluateRefund(
      migrationRequest({ completedOn: "2026-06-15", asOf: "2026-06-20" }, subscription({ net: "1200.00", refunded: refunded("600.00") })),
    );
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", reason: "already_refunded" });
    expect(decision.effects).toEqual([renewalOff("sub-1", "2026-07-01", "migration.partial-refund")]);
  });

  it("counts the completion day as the first unused day with completionDay: unused", () => {
    const decision = evaluateRefund(migrationRequest({ completedOn: "2026-07-01", asOf: "2026-07-01" }, yearly), {
      proration: { completionDay: "unused" },
    });
    expect(decision.effects).toEqual([renewalOff("sub-1", "2026-07-01", "migration.partial-refund")]);
  });

  it("turns nothing off on an estimate: the migration has not happened yet", () => {
    const decision = evaluateRefund(migrationRequest({ expectedOn: "2026-06-30", asOf: "2026-06-20" }, yearly, { ...monthly, id: "sub-2" }));
    expect(decision.status).toBe("estimate");
    expect(decision.effects).toEqual([]);
  });
});

describe("a cancel dates no effect before asOf (CLAUSES.md reading 12)", () => {
  it("turns renewal off at the period's end when the period runs on", () => {
    const decision = evaluateRefund(request({ action: "cancel", asOf: "2026-06-20" }, yearly));
    expect(decision.effects).toEqual([renewalOff("sub-1", "2027-01-01", "subscription.discontinue")]);
  });

  it("turns renewal off on asOf for a subscription whose period already ended", () => {
    const decision = evaluateRefund(request({ action: "cancel", asOf: "2026-06-20" }, subscription({ start: "2025-06-01", end: "2026-06-01" })));
    expect(decision.effects).toEqual([renewalOff("sub-1", "2026-06-20", "subscription.discontinue")]);
    expect(noneBeforeAsOf(decision)).toBe(true);
  });

  it("turns renewal off on asOf for a period ending on asOf", () => {
    const decision = evaluateRefund(request({ action: "cancel", asOf: "2026-07-01" }, monthly));
    expect(decision.effects).toEqual([renewalOff("sub-1", "2026-07-01", "subscription.discontinue")]);
  });
});
