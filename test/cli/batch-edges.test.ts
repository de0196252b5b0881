// The batch commands at their edges, as an adversarial trial found them: files that must not be lost,
// one line the engine cannot take, blank lines, a reader that stops early, flags given twice.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { jsonLines, run, SLOW, tempFile } from "./run.js";

const oneLine = (name: string) => JSON.stringify(JSON.parse(readFileSync(`docs/examples/${name}`, "utf8")));
const MIGRATION = oneLine("migration-final.json");
const CANCEL = oneLine("cancel.json");
const DAY = JSON.stringify({ proration: { unit: "day" } });

describe("compare --details never loses a file", SLOW, () => {
  it("refuses to write the details over the input or an options file, and leaves them as they were", () => {
    const input = tempFile("requests.ndjson", `${MIGRATION}\n${CANCEL}\n`);
    const against = tempFile("day.json", DAY);
    for (const target of [input, against]) {
      const before = readFileSync(target, "utf8");
      const result = run(["compare", input, "--against", against, "--details", target]);
      expect(result.status).toBe(2);
      expect(JSON.parse(result.stderr).error.problems).toEqual([{ path: "--details", code: "same_file", message: expect.stringMatching(/^--details names the (input|--against file); it would be overwritten$/) }]);
      expect(readFileSync(target, "utf8")).toBe(before);
    }
  });

  it("leaves an existing details file as it was when the run fails, and leaves no partial file behind", () => {
    const details = tempFile("details.ndjson", "precious\n");
    const result = run(["compare", "/no/such/requests.ndjson", "--details", details]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stderr).error.problems[0].message).toContain('cannot read the requests file "/no/such/requests.ndjson"');
    expect(readFileSync(details, "utf8")).toBe("precious\n");
    expect(readdirSync(dirname(details))).toEqual(["details.ndjson"]);
  });

  it("replaces it with the run's records when the run succeeds", () => {
    const details = tempFile("details.ndjson", "old\n");
    const result = run(["compare", tempFile("r.ndjson", `${MIGRATION}\n`), "--against", tempFile("day.json", DAY), "--details", details]);
    expect(result.status).toBe(0);
    expect(jsonLines(readFileSync(details, "utf8"))).toEqual([expect.objectContaining({ line: 1, index: 0 })]);
    expect(readdirSync(dirname(details))).toEqual(["details.ndjson"]);
  });

  it("--format text writes a group's count once, not once per currency", () => {
    const { refunded: _none, ...item } = JSON.parse(MIGRATION).items[0];
    const yen = JSON.stringify({ ...JSON.parse(MIGRATION), account: { id: "jp", currency: "JPY" }, items: [{ ...item, paid: { net: "120000" } }] });
    const result = run(["compare", "-", "--against", tempFile("day.json", DAY), "--format", "text"], `${MIGRATION}\n${yen}\n`);
    expect(result.status).toBe(0);
    const rows = result.stdout.split("\n").filter((row) => /\b(EUR|JPY)\b/.test(row));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^all requests +2 +EUR /);
    expect(rows[1]).toMatch(/^ +JPY /);
    expect(rows[2]).toMatch(/^migration\.partial-refund +2 +EUR /);
    expect(rows[3]).toMatch(/^ +JPY /);
    expect(result.stdout).toContain('(changed: requests on the "all requests" row, lines on a clause\'s row)');
  });
});

describe("one line the engine cannot take is that line's failure, not the run's", SLOW, () => {
  // A stored decision whose notices are nested 6,000 arrays deep: on the main thread's stack the record of its
  // difference was too deep to write out; every run now decides in worker threads (`--workers 1` too), whose
  // larger stack writes it, so one worker and two answer alike.
  const request = JSON.parse(CANCEL);
  const stored = evaluateRefund(request);
  const tampered = JSON.stringify({ request, decision: { ...stored, total: { ...stored.total, net: "0.01" } } });
  const deep = JSON.stringify({ request, decision: stored }).replace('"notices":[]', `"notices":[${"[".repeat(6_000)}${"]".repeat(6_000)}]`);

  it("verify answers every line, in order, on one worker and on two", () => {
    expect(stored.notices).toEqual([]);
    const input = `${tampered}\n${deep}\n${tampered}\n`;
    for (const workers of ["1", "2"]) {
      const result = run(["verify", "-", "--workers", workers], input);
      const records = jsonLines(result.stdout) as { line: number; differences?: unknown[]; error?: { code: string } }[];
      expect(records.map((record) => record.line)).toEqual([1, 2, 3]);
      const tamperedPaths = [expect.objectContaining({ path: "total.net" }), expect.objectContaining({ path: "digests.decision" })];
      expect([records[0]!.differences, records[2]!.differences]).toEqual([tamperedPaths, tamperedPaths]);
      expect(records[1]!.error).toBeUndefined();
      expect(result.status).toBe(1);
    }
  });
});

describe("blank lines", SLOW, () => {
  it("are lines of JSON's own whitespace only (space, tab, CR): they get no record; any other character is JSON's to judge", () => {
    const input = [MIGRATION, "", " \t", "\r", "\u00a0", CANCEL].join("\n");
    const result = run(["evaluate", "-", "--ndjson"], `${input}\n`);
    const records = jsonLines(result.stdout) as { line?: number; error?: { code: string } }[];
    expect(records).toHaveLength(3);
    expect(records[1]).toMatchObject({ line: 5, error: { code: "invalid_json" } });
    expect(JSON.parse(result.stderr)).toEqual({ summary: { decided: 2, refused: 1 } });
  });
});

describe("the output's reader", SLOW, () => {
  it("that stops reading early (| head -1) ends the run quietly, exit 0", () => {
    const input = tempFile("many.ndjson", `${MIGRATION}\n`.repeat(20_000));
    const err = tempFile("epipe.err", "");
    const piped = spawnSync("bash", ["-c", `set -o pipefail; node dist/cli.js evaluate ${input} --ndjson 2>${err} | head -c 100 > /dev/null`], { encoding: "utf8" });
    expect(piped.status).toBe(0);
    expect(readFileSync(err, "utf8")).toBe("");
  });

  it.runIf(existsSync("/dev/full"))("that cannot take it (a full disk) is unwritable_output, exit 1", () => {
    const result = spawnSync("sh", ["-c", `node dist/cli.js evaluate docs/examples/cancel.json > /dev/full`], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stderr).error).toMatchObject({ code: "unwritable_output", problems: [{ code: "unwritable" }] });
  });
});

describe("flags", SLOW, () => {
  it("given twice are refused, not read as the last one", () => {
    const result = run(["compare", "-", "--against", "a.json", "--against", "b.json"], "");
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stderr).error.problems).toEqual([{ path: "--against", code: "repeated", message: "--against is given more than once" }]);
  });

  it("--workers takes a whole number written in digits only", () => {
    for (const value of [" 2", "0x2", "2e0", "+2"]) expect(run(["evaluate", "-", "--ndjson", "--workers", value], "").status).toBe(2);
    expect(run(["evaluate", "-", "--ndjson", "--workers", "2"], `${CANCEL}\n`).status).toBe(0);
  });
});

describe("verify --format text", SLOW, () => {
  it("says 'absent' for a field one side does not have", () => {
    const request = JSON.parse(MIGRATION);
    const stored = evaluateRefund(request);
    const withExtra = { ...stored, lines: [...stored.lines, { ...stored.lines[0], itemId: "ghost" }] };
    const result = run(["verify", "-", "--format", "text"], `${JSON.stringify({ request, decision: withExtra })}\n`);
    expect(result.stdout).toMatch(new RegExp(`^line 1: lines\\[${stored.lines.length}\\] was \\{"itemId":"ghost",.*\\}, is absent today$`, "m"));
  });
});
