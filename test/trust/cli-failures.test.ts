// The command line cannot lose output quietly (issue 23): each failure the issue found on main, spawned as a user meets it.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { run, tempFile } from "../cli/run.js";

const CLI = "dist/cli.js";
const MIGRATION = JSON.parse(readFileSync("docs/examples/migration-final.json", "utf8"));
const INVALID = "docs/examples/invalid.json";
const line = JSON.stringify(MIGRATION);

/** Runs the built command line with stdout or stderr on /dev/full. */
function runInto(args: string[], full: "stdout" | "stderr") {
  const fd = openSync("/dev/full", "w");
  try {
    return spawnSync(process.execPath, [CLI, ...args], { stdio: ["ignore", full === "stdout" ? fd : "pipe", full === "stderr" ? fd : "pipe"], encoding: "utf8" });
  } finally {
    closeSync(fd);
  }
}

const SPAWNED = { timeout: 60_000 } as const;

describe("output that cannot be written", SPAWNED, () => {
  it("a full stdout is exit 1, with unwritable_output said on stderr", () => {
    for (const args of [["evaluate", "docs/examples/cancel.json"], ["evaluate", "docs/examples/batch.ndjson", "--ndjson"]]) {
      const result = runInto(args, "stdout");
      expect(result.status).toBe(1);
      expect(JSON.parse(result.stderr.trim().split("\n").pop()!)).toMatchObject({ error: { code: "unwritable_output" } });
    }
  });

  it("a refused request exits 2 even when stderr cannot take its problems", () => {
    const result = runInto(["evaluate", INVALID], "stderr");
    expect(result.status).toBe(2);
  });

  it("compare --details at a directory is unwritable_output (exit 1), not internal", () => {
    const dir = mkdtempSync(join(tmpdir(), "refund-policy-details-"));
    const result = run(["compare", "docs/examples/batch.ndjson", "--details", dir]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { code: "unwritable_output", problems: [{ path: "--details" }] } });
    expect(readdirSync(join(dir, ".."))).not.toContain(expect.stringContaining(".partial-"));
  });
});

describe("a run stopped by a signal", SPAWNED, () => {
  /** Starts a command reading stdin, feeds it lines until `ready` says so, then sends the signal. */
  async function stop(args: string[], signal: NodeJS.Signals, ready: (stdout: string) => boolean) {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stdin.on("error", () => undefined);
    const batch = `${line}\n`.repeat(500);
    const deadline = Date.now() + 30_000;
    while (!ready(stdout) && Date.now() < deadline) {
      if (!child.stdin.write(batch)) await Promise.race([once(child.stdin, "drain"), new Promise((resolve) => setTimeout(resolve, 50))]);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill(signal);
    const [code] = (await once(child, "close")) as [number | null];
    return { code, stdout };
  }

  it("ends with whole lines written and the conventional status: SIGINT 130, SIGTERM 143", async () => {
    for (const [signal, status] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
      const { code, stdout } = await stop(["evaluate", "-", "--ndjson", "--workers", "1"], signal, (out) => out.length > 100_000);
      expect(code).toBe(status);
      expect(stdout.endsWith("\n")).toBe(true);
      for (const written of stdout.slice(0, -1).split("\n")) expect(() => JSON.parse(written)).not.toThrow();
    }
  });

  it("removes compare's temporary --details file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "refund-policy-signal-"));
    const details = join(dir, "details.ndjson");
    const { code } = await stop(["compare", "-", "--details", details, "--workers", "1"], "SIGTERM", () => readdirSync(dir).length > 0);
    expect(code).toBe(143);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("a worker that dies", SPAWNED, () => {
  it("out of memory, on one worker as on two: the run's JSON error (exit 1), never a V8 abort", () => {
    const stored = evaluateRefund(MIGRATION);
    const big = { ...MIGRATION, items: Array.from({ length: 60_000 }, (_, i) => ({ ...MIGRATION.items[0], id: `s${i}` })) };
    const records = tempFile("big.ndjson", `${JSON.stringify({ request: big, decision: stored })}\n`);
    for (const workers of ["1", "2"]) {
      const result = spawnSync(process.execPath, ["--max-old-space-size=40", CLI, "verify", records, "--workers", workers], { encoding: "utf8" });
      expect(result.status).toBe(1);
      expect(result.stderr).not.toContain("Last few GCs");
      expect(JSON.parse(result.stderr.trim().split("\n").pop()!)).toMatchObject({ error: { code: "internal" } });
    }
  });
});

describe("input that means two things", SPAWNED, () => {
  it("invalid UTF-8 in an id is refused at its path, never read as U+FFFD", () => {
    const bytes = Buffer.concat([Buffer.from(line.replace('"id":"sub-1"', '"id":"sub-')), Buffer.from("\n")]);
    const at = bytes.indexOf("sub-") + 4;
    const bad = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
    const single = run(["evaluate", "-"], bad);
    expect(single.status).toBe(2);
    expect(JSON.parse(single.stderr)).toMatchObject({ error: { code: "invalid_json", problems: [{ path: "items[0].id", code: "invalid_utf8" }] } });
    const batch = run(["evaluate", "-", "--ndjson"], Buffer.concat([bad, Buffer.from(`${line}\n`)]));
    expect(batch.status).toBe(2);
    const [first, second] = batch.stdout.trim().split("\n").map((text) => JSON.parse(text));
    expect(first).toMatchObject({ line: 1, error: { problems: [{ path: "items[0].id", code: "invalid_utf8" }] } });
    expect(second.total.gross).toBe("1420.86");
  });

  it("a real U+FFFD in an id is UTF-8 and decided", () => {
    const result = run(["evaluate", "-", "--ndjson"], `${line.replace('"id":"sub-1"', '"id":"sub-\ufffd"')}\n`);
    expect(result.status).toBe(0);
  });

  it("a stored record with a name twice (total) is refused at its path, not verified as the same", () => {
    const decision = JSON.stringify(evaluateRefund(MIGRATION));
    const forged = `{"request":${line},"decision":${decision.replace('"total":{', '"total":{"gross":"9999.00",')}}\n`;
    const result = run(["verify", "-"], forged);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ line: 1, error: { code: "invalid_json", problems: [{ path: "decision.total.gross", code: "duplicate_key" }] } });
  });

  it("a record's own options never override the operator's: rounding up and day proration is a difference", () => {
    const options = { rounding: "up", proration: { unit: "day" } };
    const record = JSON.stringify({ request: MIGRATION, decision: evaluateRefund(MIGRATION, options), options });
    const result = run(["verify", "-", "--options", tempFile("prod.json", "{}")], `${record}\n`);
    expect(result.status).toBe(1);
    const paths = (JSON.parse(result.stdout).differences as { path: string }[]).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["options", "policy.options", "total.gross"]));
  });

  it("an NDJSON line over 32 MiB gets its own record, and the run goes on", () => {
    const input = `${line}\n${" ".repeat(33 * 1024 * 1024)}x\n${line}\n`;
    const result = run(["evaluate", "-", "--ndjson"], input);
    expect(result.status).toBe(2);
    const records = result.stdout.trim().split("\n").map((text) => JSON.parse(text));
    expect(records.map((record) => record.line ?? "decision")).toEqual(["decision", 2, "decision"]);
    expect(records[1]).toMatchObject({ error: { problems: [{ code: "too_long" }] } });
  });
});
