import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateRefund, type RefundRequest } from "../src/index.js";

const CLI = "dist/cli.js";
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
const example = (name: string) => JSON.parse(readFileSync(`docs/examples/${name}`, "utf8")) as RefundRequest;

// Each test spawns Node processes: allow for a loaded 2-core machine.
describe("the command line (built)", { timeout: 30_000 }, () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (\`npm test\` does)`);

  it("prints the decision for a sample request and exits 0", () => {
    const result = run(["evaluate", "docs/examples/migration-final.json"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(evaluateRefund(example("migration-final.json")));
  });

  it("reads the request from stdin with -, and options from a file", () => {
    const result = run(["evaluate", "-", "--options", "docs/examples/options.json"], readFileSync("docs/examples/marketplace-refund.json", "utf8"));
    expect(result.status).toBe(0);
    const decision = JSON.parse(result.stdout);
    expect(decision.lines.map((line: { outcome: string }) => line.outcome)).toEqual(["refund", "partial_refund", "refer_to_developer"]);
    expect(decision.total.gross).toBe("38.00");
  });

  it("explains in plain sentences with --format text and --locale", () => {
    const result = run(["evaluate", "docs/examples/cancel.json", "--format", "text", "--locale", "de"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Die automatische Verlängerung wird ausgeschaltet; der Dienst läuft bis zum 5. Juli 2026.");
  });

  it("lists every problem of a bad request and exits 2", () => {
    const result = run(["evaluate", "docs/examples/invalid.json"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    const { error } = JSON.parse(result.stderr);
    expect(error.code).toBe("invalid_request");
    expect(error.problems.map((p: { path: string }) => p.path)).toEqual([
      "asOf",
      "migration",
      "items[0].period.end",
      "items[0].paid.net",
      "items[1].id",
      "items[1].paid.net",
    ]);
    const text = run(["evaluate", "docs/examples/invalid.json", "--format", "text"]);
    expect(text.status).toBe(2);
    expect(text.stderr).toContain("Invalid refund request (6 problems):");
    expect(text.stderr).toContain("items[0].paid.net  too_many_decimals  has 3 decimals; the currency allows 2");
  });

  it("evaluates one request per line with --ndjson, with an error record for each bad line", () => {
    const result = run(["evaluate", "docs/examples/batch.ndjson", "--ndjson"]);
    expect(result.status).toBe(2);
    const records = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(records).toHaveLength(5);
    expect(records[0].total.gross).toBe("1420.86");
    expect(records[1].status).toBe("estimate");
    expect(records[2]).toEqual({ line: 3, error: { code: "invalid_json", problems: [{ path: "", code: "invalid_json", message: "line 3 is not valid JSON" }] } });
    expect(records[3].line).toBe(4);
    expect(records[3].error.problems.length).toBeGreaterThan(0);
    expect(records[4].effects[0].type).toBe("disable_auto_renewal");
    expect(JSON.parse(result.stderr)).toEqual({ summary: { decided: 3, refused: 2 } });
  });

  it("refuses a wrong command line with exit 2 and one usage error", () => {
    for (const args of [[], ["evaluate"], ["judge", "x.json"], ["evaluate", "x.json", "--format", "xml"], ["evaluate", "--bogus", "x"]]) {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(JSON.parse(result.stderr).error.code).toBe("usage");
    }
    const missing = run(["evaluate", "no-such-file.json"]);
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stderr).error.problems[0].message).toContain('cannot read the request file "no-such-file.json"');
    expect(run(["evaluate", "-"], "{oops").stderr).toContain("the request is not valid JSON");
    expect(run(["evaluate", "-", "--options", "docs/examples/invalid.json"], "{}").status).toBe(2);
    expect(run(["--help"]).status).toBe(0);
  });
});
