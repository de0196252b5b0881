// Forged records: what an attacker (or a careless tool) makes of a stored decision, and how verify finds every one.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRefund, verifyDecision, type RefundDecision, type RefundRequest } from "../../src/index.js";
import { decisionDigest } from "../../src/digest/index.js";
import { migrationRequest, subscription } from "../../src/testing/index.js";
import { run, tempFile } from "../cli/run.js";

const KEY = "the billing service's secret";
const signing = { signingKey: KEY };
const MIGRATION = JSON.parse(readFileSync("docs/examples/migration-final.json", "utf8")) as RefundRequest;
const CANCEL = JSON.parse(readFileSync("docs/examples/cancel.json", "utf8")) as RefundRequest;
const MARKETPLACE = JSON.parse(readFileSync("docs/examples/marketplace-refund.json", "utf8")) as RefundRequest;

/** Whether verify with the key finds a record as text: refused as JSON, refused as a request, or different. */
function found(text: string): boolean {
  let record: { request?: unknown; decision?: unknown };
  try {
    record = JSON.parse(text) as typeof record;
  } catch {
    return true;
  }
  if (typeof record !== "object" || record === null || typeof record.decision !== "object" || record.decision === null) return true;
  return !verifyDecision(record.request, record.decision as RefundDecision, undefined, undefined, signing).same;
}

describe("a signed record", () => {
  it("checks with the key it was signed with, and with no other", () => {
    const stored = evaluateRefund(MIGRATION, {}, signing);
    expect(stored.digests.decision).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(verifyDecision(MIGRATION, stored, {}, undefined, signing)).toEqual({ same: true, differences: [] });
    expect(verifyDecision(MIGRATION, stored, {}, undefined, { signingKey: `${KEY}!` }).same).toBe(false);
    expect(verifyDecision(MIGRATION, stored).differences.map((d) => d.path)).toEqual(["digests.decision"]);
  });

  it("never holds the key: the decision is the same JSON but for its own digest", () => {
    const signed = evaluateRefund(MIGRATION, {}, signing);
    const plain = evaluateRefund(MIGRATION);
    expect(JSON.stringify(signed)).not.toContain(KEY);
    expect({ ...signed, digests: { ...signed.digests, decision: "" } }).toEqual({ ...plain, digests: { ...plain.digests, decision: "" } });
  });

  it("is found when its request and decision were changed together, by anyone without the key", () => {
    let tried = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.boolean(), (cents, signedByForger) => {
        const forgedRequest = migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}` }));
        // The forger decides the forged request again: a record consistent in itself, made without the right key.
        const forged = evaluateRefund(forgedRequest, {}, signedByForger ? { signingKey: "a guessed key" } : undefined);
        tried++;
        const result = verifyDecision(forgedRequest, forged, {}, undefined, signing);
        expect(result.same).toBe(false);
        expect(result.differences.map((d) => d.path)).toContain("digests.decision");
      }),
      { numRuns: 300 },
    );
    expect(tried).toBe(300);
  });

  it("is found when any one byte of it is changed, anywhere (every position, three changes each)", () => {
    let tried = 0;
    for (const request of [MIGRATION, CANCEL, MARKETPLACE]) {
      const text = JSON.stringify({ request, decision: evaluateRefund(request, {}, signing) });
      expect(found(text)).toBe(false);
      const bytes = Buffer.from(text, "utf8");
      for (let at = 0; at < bytes.length; at++) {
        for (const change of [0x01, 0x20, 0x0f]) {
          const forged = Buffer.from(bytes);
          forged[at] = forged[at]! ^ change;
          tried++;
          if (!found(forged.toString("utf8"))) throw new Error(`byte ${at} ^ ${change} was not found: ${forged.toString("utf8")}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(9_000);
  }, 120_000);

  it("is found with a changed library version, though the version itself is not compared", () => {
    const stored = evaluateRefund(MIGRATION, {}, signing);
    const relabelled = { ...stored, policy: { ...stored.policy, library: "9.9.9" } };
    expect(verifyDecision(MIGRATION, relabelled, {}, undefined, signing).differences.map((d) => d.path)).toEqual(["digests.decision"]);
  });
});

describe("an unsigned record", () => {
  it("is found when a field changed after it was made, even where today's library would agree", () => {
    const stored = evaluateRefund(MIGRATION);
    const stripped = { ...stored, notices: [] };
    const paths = verifyDecision(MIGRATION, stripped).differences.map((d) => d.path);
    expect(paths).toContain("digests.decision");
    expect(decisionDigest(stored)).toBe(stored.digests.decision);
  });

  it("names the request it decided: another request's record differs at digests.request", () => {
    const stored = evaluateRefund(MIGRATION);
    const other = { ...MIGRATION, account: { ...MIGRATION.account, id: "acct-other" } };
    expect(verifyDecision(other, stored).differences.map((d) => d.path)).toContain("digests.request");
  });

  it("names the options it was decided under: replayed under others, policy.options differs", () => {
    const stored = evaluateRefund(MIGRATION, { rounding: "up", proration: { unit: "day" } });
    expect(verifyDecision(MIGRATION, stored).differences.map((d) => d.path)).toContain("policy.options");
  });
});

describe("on the command line", { timeout: 60_000 }, () => {
  it("evaluate --key-file signs, verify --key-file checks, and a record forged without the key is found", () => {
    const key = tempFile("key", "the billing service's secret\n");
    const requestFile = tempFile("request.json", JSON.stringify(MIGRATION));
    const signed = run(["evaluate", requestFile, "--key-file", key]);
    expect(signed.status).toBe(0);
    const decision = JSON.parse(signed.stdout) as RefundDecision;
    expect(decision).toEqual(evaluateRefund(MIGRATION, {}, { signingKey: "the billing service's secret" }));
    const record = JSON.stringify({ request: MIGRATION, decision });
    expect(run(["verify", "-", "--key-file", key], `${record}\n`).status).toBe(0);
    const forged = JSON.stringify({ request: MIGRATION, decision: { ...decision, total: { ...decision.total, gross: "9999.00" } } });
    const result = run(["verify", "-", "--key-file", key], `${record}\n${forged}\n`);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ line: 2 });
    expect(run(["verify", "-"], `${record}\n`).status).toBe(1);
  });
});
