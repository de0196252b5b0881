import { describe, expect, it } from "vitest";
import { bitrix24Policy, definePolicyHistory, evaluateRefund, verifyDecision, type RefundDecision } from "../../src/index.js";
import { licenseKey, migrationRequest, request, subscription, tax } from "../../src/testing/index.js";
import { goodwillPolicy } from "./fixtures.js";
import { decisionDigest } from "../../src/digest/index.js";

const migration = migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72", { rate: "0.19" })] }));
const stored = evaluateRefund(migration);

describe("replaying a stored decision", () => {
  it("finds nothing when today's library decides the same", () => {
    expect(verifyDecision(migration, structuredClone(stored))).toEqual({ same: true, differences: [] });
  });

  it("finds a tampered amount, with its path, the stored value and today's", () => {
    const tampered: RefundDecision = structuredClone(stored);
    tampered.lines[0]!.refund.net = "1194.01";
    tampered.total.gross = "9.99";
    expect(verifyDecision(migration, tampered).differences).toEqual([
      { path: "total.gross", stored: "9.99", now: "1420.86" },
      { path: "lines[0].refund.net", stored: "1194.01", now: "1194.00" },
      { path: "digests.decision", stored: stored.digests.decision, now: decisionDigest(tampered) },
    ]);
  });

  it("lists added and missing fields and lines, and a record no longer matching its own digest", () => {
    const edited = structuredClone(stored) as RefundDecision & { extra?: number };
    edited.extra = 1;
    edited.policy.library = "0.0.1";
    edited.notices = [...edited.notices, { code: "taxes.exclusive", clause: "taxes.exclusive" }];
    delete (edited.lines[0] as { calculation?: unknown }).calculation;
    const paths = verifyDecision(migration, edited).differences.map((d) => d.path);
    expect(paths).toEqual(["lines[0].calculation", `notices[${stored.notices.length}]`, "extra", "digests.decision"]);
  });

  it("does not compare the library version: a record another version made and sealed is the same", () => {
    const older = structuredClone(stored);
    older.policy.library = "0.0.1";
    older.digests.decision = decisionDigest(older);
    expect(verifyDecision(migration, older)).toEqual({ same: true, differences: [] });
  });

  it("shows options other than the stored decision's as a changed options digest", () => {
    const result = verifyDecision(migration, stored, { rounding: "down" });
    expect(result.differences.map((d) => d.path)).toContain("policy.options");
  });

  it("replays under a policy history, and names a policy version that changed", () => {
    const key = request({}, licenseKey({ net: "99.00" }));
    const old = evaluateRefund(key);
    const history = definePolicyHistory([{ effectiveFrom: "2026-01-01", policy: bitrix24Policy }, { effectiveFrom: "2026-06-01", policy: goodwillPolicy }]);
    const paths = verifyDecision(key, old, undefined, history).differences.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["policy.version", "policy.effectiveFrom", "outcome", "lines[0].refund.net"]));
  });

  it("gives today's problems when the request is refused now", () => {
    const result = verifyDecision(migration, stored, { versionDate: { date: "1969-12-31" } });
    expect(result.same).toBe(false);
    expect(result.problems?.map((p) => p.code)).toEqual(["before_policy"]);
  });
});
