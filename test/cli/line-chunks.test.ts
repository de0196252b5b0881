// The law behind `--line-buffered`: a chunk's answer is its lines' answers one after another, so deciding
// each line alone (a chunk of one line, numbered where it stands) writes the batch's bytes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { completedMigration, options, subscriptionCase } from "../arbitraries.js";
import { type ChunkTask, runChunk } from "../../src/cli/chunk.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const request = subscriptionCase.map(({ currency, sub, end }) => completedMigration(currency, sub, end));
/** A line of any kind a parent may send: a request, one refused, one not JSON, a blank one, any text without a newline. */
const anyLine = fc.oneof(
  request.map((value) => JSON.stringify(value)),
  request.map((value) => JSON.stringify({ ...value, asOf: "2026-02-30" })),
  fc.constantFrom("{oops", "", "  \r", "[]", '{"a":1,"a":2}', "null"),
  fc.string({ unit: "grapheme" }).filter((text) => !text.includes("\n")),
);
const record = request.map((value) => {
  const decision = evaluateRefund(value);
  return JSON.stringify({ request: value, decision: { ...decision, total: { ...decision.total, net: decision.total.net === "0.01" ? "0.02" : "0.01" } } });
});
const sameRecord = request.map((value) => JSON.stringify({ request: value, decision: evaluateRefund(value) }));

type Kind = Pick<ChunkTask, "kind"> & Record<string, unknown>;

type Counts = { good: number; bad: number; differing: number };

/** The chunk's output, and the outputs of its lines each run alone, joined; and the counts both ways. */
function bothWays(config: Kind, lines: readonly string[]): [string, string, [Counts, Counts]] {
  const whole = runChunk({ ...config, lines: encoder.encode(lines.join("\n")), firstLine: 1 } as ChunkTask);
  const each = lines.map((line, i) => runChunk({ ...config, lines: encoder.encode(line), firstLine: i + 1 } as ChunkTask));
  const counts = each.reduce((sum, r) => ({ good: sum.good + r.good, bad: sum.bad + r.bad, differing: sum.differing + r.differing }), { good: 0, bad: 0, differing: 0 });
  return [decoder.decode(whole.output), each.map((r) => decoder.decode(r.output)).join(""), [{ good: whole.good, bad: whole.bad, differing: whole.differing }, counts]];
}

describe("a chunk's answer is its lines' answers, each decided alone", { timeout: 120_000 }, () => {
  it("evaluate: the same bytes and counts, with and without options", () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 8 }), fc.option(options, { nil: undefined }), (lines, chosen) => {
        const [whole, each, [a, b]] = bothWays(chosen === undefined ? { kind: "evaluate" } : { kind: "evaluate", options: chosen }, lines);
        expect(each).toBe(whole);
        expect(b).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });

  it("settle: the same bytes and counts", () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 8 }), (lines) => {
        const [whole, each, [a, b]] = bothWays({ kind: "settle" }, lines);
        expect(each).toBe(whole);
        expect(b).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });

  it("verify: the same bytes and counts; answering every line adds only { line, same: true } for the records that are the same", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyLine, record, sameRecord), { maxLength: 8 }), (lines) => {
        const [whole, each, [a, b]] = bothWays({ kind: "verify" }, lines);
        expect(each).toBe(whole);
        expect(b).toEqual(a);
        const [, everyLine] = bothWays({ kind: "verify", everyLine: true }, lines);
        const answers = everyLine.split("\n").slice(0, -1);
        const same = answers.filter((answer) => /^\{"line":\d+,"same":true\}$/.test(answer));
        expect(same).toHaveLength(a.good);
        expect(answers.filter((answer) => !same.includes(answer)).map((answer) => `${answer}\n`).join("")).toBe(whole);
      }),
      { numRuns: 40 },
    );
  });
});
