// `verify --format text`: an audit a person reads, a sentence per difference and a summary; the exit status as in JSON.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateRefund, type RefundDecision } from "../../src/index.js";
import { run, SLOW } from "./run.js";
import { decisionDigest } from "../../src/digest/index.js";

const MIGRATION = JSON.parse(readFileSync("docs/examples/migration-final.json", "utf8"));
const CANCEL = JSON.parse(readFileSync("docs/examples/cancel.json", "utf8"));

describe("verify --format text", SLOW, () => {
  it("says 'the same' in one summary line when nothing differs, exit 0", () => {
    const records = [MIGRATION, CANCEL].map((request) => JSON.stringify({ request, decision: evaluateRefund(request) }));
    const result = run(["verify", "-", "--format", "text"], `${records.join("\n")}\n`);
    expect([result.status, result.stdout, result.stderr]).toEqual([0, "2 records: 2 the same, 0 differ, 0 invalid.\n", ""]);
  });

  it("writes each difference as a sentence with the stored and today's value, and each line that is no record, exit 2", () => {
    const stored = evaluateRefund(MIGRATION) as RefundDecision;
    const tampered = structuredClone(stored);
    tampered.total.net = "0.01";
    tampered.outcome = "no_refund";
    const input = [JSON.stringify({ request: CANCEL, decision: evaluateRefund(CANCEL) }), JSON.stringify({ request: MIGRATION, decision: tampered }), "[1, 2]"].join("\n");
    const result = run(["verify", "-", "--format", "text", "--workers", "1"], `${input}\n`);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe(
      [
        `line 2: outcome was "no_refund", is "${stored.outcome}" today`,
        `line 2: total.net was "0.01", is "${stored.total.net}" today`,
        `line 2: digests.decision was "${stored.digests.decision}", is "${decisionDigest(tampered)}" today`,
        "line 3: not a record: line 3 must be an object { \"request\", \"decision\", \"options\"? }",
        "3 records: 1 the same, 1 differs, 1 invalid.",
        "",
      ].join("\n"),
    );
  });

  it("says what is refused today when a stored request no longer passes", () => {
    const stored = { request: { ...CANCEL, asOf: "2026-02-30" }, decision: evaluateRefund(CANCEL) };
    const result = run(["verify", "-", "--format", "text"], `${JSON.stringify(stored)}\n`);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^line 1: refused today: asOf .+\n1 record: 0 the same, 1 differs, 0 invalid\.\n$/);
  });
});
