// `--line-buffered`: the command line kept as a co-process by a PHP or Python parent. Each line is answered
// while stdin is still open, before the next is written; the records are the batch mode's, byte for byte.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { evaluateRefund, settleRefund, type RefundDecision, type SettlementInput } from "../../src/index.js";
import { Coprocess } from "./coprocess.js";
import { jsonLines, run, tempFile } from "./run.js";

const request = (name: string): Record<string, unknown> => JSON.parse(readFileSync(`docs/examples/${name}`, "utf8")) as Record<string, unknown>;
const MIGRATION = request("migration-final.json");
const ESTIMATE = request("migration-estimate.json");
const CANCEL = request("cancel.json");
const line = (value: unknown): string => JSON.stringify(value);

const SETTLEMENT: SettlementInput = {
  decision: evaluateRefund(MIGRATION),
  invoices: [{ id: "inv-1", number: "INV-2026-0001", issuedOn: "2026-01-01", itemIds: ["sub-1", "sub-2"], gross: "2900.03" }],
  payments: [
    { id: "ch_1", invoiceId: "inv-1", method: "card", amount: "2000.00", capturedAt: "2026-01-01T09:30:00Z" },
    { id: "ch_2", invoiceId: "inv-1", method: "card", amount: "900.03", capturedAt: "2026-03-01T10:00:00Z" },
  ],
};

const tampered = (stored: RefundDecision): RefundDecision => ({ ...stored, total: { ...stored.total, net: "0.01" } });

/** Spawning Node on a loaded 2-core machine takes a while: a generous bound on each answer, far below "never". */
const ANSWER_MS = 20_000;
const SPAWNED = { timeout: 90_000 } as const;

let child: Coprocess | undefined;
afterEach(() => child?.kill());
const start = (args: readonly string[]): Coprocess => (child = new Coprocess(args));

describe("evaluate --ndjson --line-buffered answers each request before the next is written", SPAWNED, () => {
  it("answers an estimate, then a final decision, each while stdin is still open, and ends at EOF with the summary and exit 0", async () => {
    const coprocess = start(["evaluate", "-", "--ndjson", "--line-buffered"]);
    expect(JSON.parse(await coprocess.ask(line(ESTIMATE), ANSWER_MS))).toEqual(evaluateRefund(ESTIMATE));
    expect(JSON.parse(await coprocess.ask(line(MIGRATION), ANSWER_MS))).toEqual(evaluateRefund(MIGRATION));
    expect(await coprocess.end()).toEqual({ status: 0, stdout: "", stderr: `${line({ summary: { decided: 2, refused: 0 } })}\n` });
  });

  it("answers a line it cannot read or refuses with that line's error record, goes on, and exits 2 at EOF", async () => {
    const coprocess = start(["evaluate", "-", "--ndjson", "--line-buffered"]);
    expect(JSON.parse(await coprocess.ask("{oops", ANSWER_MS))).toEqual({ line: 1, error: { code: "invalid_json", problems: [{ path: "", code: "invalid_json", message: "line 1 is not valid JSON" }] } });
    expect(JSON.parse(await coprocess.ask(line({ ...CANCEL, asOf: "2026-02-30" }), ANSWER_MS))).toMatchObject({
      line: 2,
      error: { code: "invalid_request", problems: expect.arrayContaining([expect.objectContaining({ path: "asOf", code: "invalid_date" })]) },
    });
    expect(JSON.parse(await coprocess.ask('{"asOf":"2026-06-20","asOf":"2026-06-21"}', ANSWER_MS))).toMatchObject({ line: 3, error: { code: "invalid_json" } });
    expect(JSON.parse(await coprocess.ask(line(CANCEL), ANSWER_MS))).toEqual(evaluateRefund(CANCEL));
    expect(await coprocess.end()).toEqual({ status: 2, stdout: "", stderr: `${line({ summary: { decided: 1, refused: 3 } })}\n` });
  });

  it("applies the options file to every line, as the batch does", async () => {
    const options = tempFile("options.json", '{"unknownFields":"ignore"}');
    const coprocess = start(["evaluate", "-", "--ndjson", "--line-buffered", "--options", options]);
    const answer = JSON.parse(await coprocess.ask(line({ ...CANCEL, source: "billing-v2" }), ANSWER_MS)) as { notices: { code: string }[] };
    expect(answer.notices.at(-1)).toEqual({ code: "request.fields-ignored", paths: ["source"] });
    expect((await coprocess.end()).status).toBe(0);
  });
});

describe("settle --ndjson --line-buffered answers each settlement input before the next is written", SPAWNED, () => {
  it("answers each plan while stdin is open, a refused input with its error record, and exits 2 at EOF", async () => {
    const coprocess = start(["settle", "-", "--ndjson", "--line-buffered"]);
    expect(JSON.parse(await coprocess.ask(line(SETTLEMENT), ANSWER_MS))).toEqual(settleRefund(SETTLEMENT));
    expect(JSON.parse(await coprocess.ask(line({ ...SETTLEMENT, decision: null }), ANSWER_MS))).toMatchObject({ line: 2, error: { code: "invalid_request" } });
    expect(JSON.parse(await coprocess.ask(line(SETTLEMENT), ANSWER_MS))).toEqual(settleRefund(SETTLEMENT));
    expect(await coprocess.end()).toEqual({ status: 2, stdout: "", stderr: `${line({ summary: { settled: 2, refused: 1 } })}\n` });
  });
});

describe("verify --line-buffered answers every record before the next is written", SPAWNED, () => {
  it("answers a record that is the same with { line, same: true }, one that differs with its differences, one that is no record with its error; exit 2 at EOF", async () => {
    const stored = evaluateRefund(CANCEL);
    const coprocess = start(["verify", "-", "--line-buffered"]);
    expect(JSON.parse(await coprocess.ask(line({ request: CANCEL, decision: stored }), ANSWER_MS))).toEqual({ line: 1, same: true });
    expect(JSON.parse(await coprocess.ask(line({ request: CANCEL, decision: tampered(stored) }), ANSWER_MS))).toMatchObject({
      line: 2,
      differences: [expect.objectContaining({ path: "total.net", stored: "0.01" }), expect.objectContaining({ path: "digests.decision" })],
    });
    expect(JSON.parse(await coprocess.ask("[1, 2]", ANSWER_MS))).toMatchObject({ line: 3, error: { code: "invalid_request" } });
    expect(await coprocess.end()).toEqual({ status: 2, stdout: "", stderr: `${line({ summary: { records: 3, same: 1, differ: 1, invalid: 1 } })}\n` });
  });
  it("answers a record too deep for the main thread's stack with that line's internal error record, and goes on", async () => {
    // The batch decides in worker threads, whose larger stack writes this record's difference out; line by line,
    // in the main thread, it may be that one line's failure (an `internal` error record), never the co-process's end.
    const stored = evaluateRefund(CANCEL);
    const deep = line({ request: CANCEL, decision: stored }).replace('"notices":[]', `"notices":[${"[".repeat(6_000)}${"]".repeat(6_000)}]`);
    const coprocess = start(["verify", "-", "--line-buffered"]);
    const answer = JSON.parse(await coprocess.ask(deep, ANSWER_MS)) as { line: number; error?: { code: string }; differences?: unknown[] };
    expect(answer.line).toBe(1);
    expect(answer.error?.code ?? "differences").toMatch(/^(internal|differences)$/);
    expect(JSON.parse(await coprocess.ask(line({ request: CANCEL, decision: stored }), ANSWER_MS))).toEqual({ line: 2, same: true });
    expect((await coprocess.end()).status).toBe(answer.error === undefined ? 1 : 2);
  });
});

describe("line-buffered records are the batch mode's, byte for byte", SPAWNED, () => {
  // A byte-order mark, CRLF and LF ends, a blank line, bytes that are not UTF-8, a duplicate name,
  // a refused request, multi-byte characters, and a last line without its newline.
  const requests = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(`${line(MIGRATION)}\r\n\n{oops\n${line({ ...CANCEL, account: { id: "kunde-Zürich-東京-😀", currency: "EUR" } })}\n`),
    Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d, 0x0a]),
    Buffer.from(`{"a":1,"a":2}\n${line({ ...CANCEL, asOf: "2026-02-30" })}\n${line(ESTIMATE)}`),
  ]);

  it("evaluate: the same bytes out for the same lines, the same summary and exit status", () => {
    const file = tempFile("requests.ndjson", requests);
    const batch = run(["evaluate", file, "--ndjson", "--workers", "1"]);
    const buffered = run(["evaluate", "-", "--ndjson", "--line-buffered"], requests);
    expect(jsonLines(batch.stdout)).toHaveLength(7);
    expect([buffered.status, buffered.stdout, buffered.stderr]).toEqual([batch.status, batch.stdout, batch.stderr]);
    expect(batch.status).toBe(2);
    // From a file too.
    expect(run(["evaluate", file, "--ndjson", "--line-buffered"]).stdout).toBe(batch.stdout);
  });

  it("settle: the same bytes out for the same lines", () => {
    const input = `${line(SETTLEMENT)}\n{oops\n${line({ ...SETTLEMENT, decision: null })}\n${line(SETTLEMENT)}\n`;
    const batch = run(["settle", "-", "--ndjson"], input);
    const buffered = run(["settle", "-", "--ndjson", "--line-buffered"], input);
    expect(jsonLines(batch.stdout)).toHaveLength(4);
    expect([buffered.status, buffered.stdout, buffered.stderr]).toEqual([batch.status, batch.stdout, batch.stderr]);
  });

  it("verify: the same bytes for every record that differs or is refused; the same ones are answered besides", () => {
    const stored = evaluateRefund(MIGRATION);
    const input = [line({ request: MIGRATION, decision: stored }), line({ request: MIGRATION, decision: tampered(stored) }), "[1, 2]", line({ request: MIGRATION, decision: stored })].join("\n");
    const batch = run(["verify", "-"], `${input}\n`);
    const buffered = run(["verify", "-", "--line-buffered"], `${input}\n`);
    const answers = buffered.stdout.split("\n");
    expect(answers.filter((answer) => answer !== line({ line: 1, same: true }) && answer !== line({ line: 4, same: true })).join("\n")).toBe(batch.stdout);
    expect(answers).toHaveLength(5);
    expect([buffered.status, buffered.stderr]).toEqual([batch.status, batch.stderr]);
  });
});

describe("--line-buffered where it does not apply is refused: usage, exit 2", SPAWNED, () => {
  it.each([
    [["evaluate", "-", "--line-buffered"], "--line-buffered"],
    [["settle", "-", "--line-buffered"], "--line-buffered"],
    [["evaluate", "-", "--ndjson", "--line-buffered", "--workers", "2"], "--workers"],
    [["verify", "-", "--line-buffered", "--workers", "1"], "--workers"],
    [["verify", "-", "--line-buffered", "--format", "text"], "--format"],
  ])("%j", (args, path) => {
    const result = run(args, "");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    const failure = args.includes("text") ? result.stderr : (JSON.parse(result.stderr) as { error: { code: string; problems: { path: string; code: string }[] } });
    if (typeof failure === "string") expect(failure).toContain("--line-buffered");
    else expect(failure.error).toMatchObject({ code: "usage", problems: [{ path, code: "not_applicable" }] });
  });
});
