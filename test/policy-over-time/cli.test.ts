import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePolicies, evaluateRefund, safeEvaluateRefund, type RefundDecision, type RefundRequest } from "../../src/index.js";
import { accountRequest } from "./fixtures.js";
import { decisionDigest } from "../../src/digest/index.js";

const CLI = "dist/cli.js";
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8", maxBuffer: 1 << 28 });
const dir = mkdtempSync(join(tmpdir(), "refund-policy-cli-"));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// Enough requests for several 512 kB chunks, so the workers really share the work; 1 in 20 broken, some not JSON.
const requests = fc.sample(accountRequest, { numRuns: 3_000, seed: 14 });
const corpus = file("requests.ndjson", requests.map((r, i) => (i % 401 === 400 ? "{not json" : JSON.stringify(r))).join("\n") + "\n");
const against = { rounding: "half_even", proration: { unit: "day" } } as const;
const againstFile = file("against.json", JSON.stringify(against));

// Each test spawns Node processes and worker threads: allow for a loaded 2-core machine.
describe("compare, verify and --ndjson on the command line (built)", { timeout: 120_000 }, () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (\`npm test\` does)`);

  it("compare prints the library's report as one JSON object, the same on one worker and on two", async () => {
    const parsed = readFileSync(corpus, "utf8").trim().split("\n").map((line) => { try { return JSON.parse(line); } catch { return undefined; } });
    const expected = await comparePolicies(parsed, {}, { options: against });
    expect(expected.changed).toBeGreaterThan(0);
    for (const workers of ["1", "2"]) {
      const result = run(["compare", corpus, "--against", againstFile, "--workers", workers]);
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(expected);
    }
  });

  it("compare --details writes one record per changed request, in input order, with both totals and the lines that moved", () => {
    const details = join(dir, "details.ndjson");
    const result = run(["compare", corpus, "--against", againstFile, "--details", details, "--workers", "2"]);
    const report = JSON.parse(result.stdout);
    const records = readFileSync(details, "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(records).toHaveLength(report.changed);
    expect(records.map((r) => r.line)).toEqual([...records.map((r) => r.line)].sort((a, b) => a - b));
    const first = records[0];
    expect(Object.keys(first)).toEqual(expect.arrayContaining(["line", "index", "a", "b", "lines"]));
    expect(first.lines.length).toBeGreaterThan(0);
    const decided = evaluateRefund(requests[first.index] as RefundRequest);
    expect(first.a.total).toEqual(decided.total);
  });

  it("compare --format text prints a short table with the counts and the deltas", () => {
    const result = run(["compare", corpus, "--against", againstFile, "--format", "text", "--workers", "1"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Requests 3,000: [\d,]+ decided, [\d,]+ refused, [\d,]+ changed\.\n/);
    expect(result.stdout).toMatch(/all requests +[\d,]+ +EUR/);
    expect(run(["compare", corpus, "--format", "text"]).stdout).toContain("No decision changes.");
  });

  it("compare refuses bad options before reading a line, and a bad --workers", () => {
    const bad = file("bad.json", JSON.stringify({ rounding: "sideways" }));
    const refused = run(["compare", corpus, "--against", bad]);
    expect(refused.status).toBe(2);
    expect(JSON.parse(refused.stderr).error.problems.map((p: { path: string }) => p.path)).toEqual(["options.rounding"]);
    const workers = run(["compare", corpus, "--workers", "0"]);
    expect(workers.status).toBe(2);
    expect(workers.stderr).toContain("--workers must be a whole number from 1 to 64");
  });

  it("verify exits 0 when every stored decision is the same today, 1 with each difference, 2 for a line that is no record", () => {
    const stored = requests.slice(0, 60).flatMap((request) => {
      const result = safeEvaluateRefund(request);
      return result.ok ? [{ request, decision: result.decision }] : [];
    });
    const same = run(["verify", file("same.ndjson", stored.map((r) => JSON.stringify(r)).join("\n") + "\n")]);
    expect([same.status, same.stdout]).toEqual([0, ""]);
    expect(JSON.parse(same.stderr)).toEqual({ summary: { records: stored.length, same: stored.length, differ: 0, invalid: 0 } });

    const tampered = structuredClone(stored);
    (tampered[3]!.decision as RefundDecision).total.net = "0.01";
    const differs = run(["verify", "-", "--workers", "2"], tampered.map((r) => JSON.stringify(r)).join("\n") + "\n");
    expect(differs.status).toBe(1);
    expect(differs.stdout.trim().split("\n").map((line) => JSON.parse(line))).toEqual([
      {
        line: 4,
        differences: [
          { path: "total.net", stored: "0.01", now: stored[3]!.decision.total.net },
          { path: "digests.decision", stored: stored[3]!.decision.digests.decision, now: decisionDigest(tampered[3]!.decision) },
        ],
      },
    ]);

    const broken = run(["verify", "-"], `${JSON.stringify(stored[0])}\n[1, 2]\n`);
    expect(broken.status).toBe(2);
    expect(JSON.parse(broken.stdout).line).toBe(2);
  });

  it("verify replays every record under the operator's --options: a record's own options never override them, and differ when they are others", () => {
    const request = requests.find((r) => (r as RefundRequest).action === "migrate_to_on_premise" && safeEvaluateRefund(r).ok) as RefundRequest;
    const record = { request, decision: evaluateRefund(request, against), options: against };
    expect(run(["verify", "-", "--options", againstFile], `${JSON.stringify(record)}\n`).status).toBe(0);
    expect(run(["verify", "-", "--options", againstFile], `${JSON.stringify({ ...record, options: undefined })}\n`).status).toBe(0);
    const overriding = run(["verify", "-"], `${JSON.stringify(record)}\n`);
    expect(overriding.status).toBe(1);
    expect(JSON.parse(overriding.stdout).differences.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(["options", "policy.options"]));
  });

  it("evaluate --ndjson on two workers writes exactly what one writes, in input order", () => {
    const one = run(["evaluate", corpus, "--ndjson", "--workers", "1"]);
    const two = run(["evaluate", corpus, "--ndjson", "--workers", "2"]);
    // The corpus holds refused lines (line 401 is not JSON): every line is still answered, and the exit status says so.
    expect([one.status, two.status]).toEqual([2, 2]);
    expect(two.stdout).toBe(one.stdout);
    const lines = one.stdout.trim().split("\n");
    expect(lines).toHaveLength(requests.length);
    expect(JSON.parse(lines[400]!)).toMatchObject({ line: 401, error: { problems: [{ code: "invalid_json" }] } });
    expect(JSON.parse(lines[0]!)).toEqual(evaluateRefund(requests[0] as RefundRequest));
  });
});
