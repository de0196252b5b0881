/**
 * What a worker does with one chunk of NDJSON lines: evaluate, compare or verify each
 * line, and hand back the chunk's output as UTF-8 bytes (and, for compare, a partial
 * report). Chunks travel as bytes both ways, so the main thread neither decodes the input
 * nor encodes the output, and the buffers move between threads without a copy. The same
 * code runs in-process with `--workers 1`.
 */
import type { RefundDecision } from "../contract/decision.js";
import type { RefundOptions } from "../contract/options.js";
import { batchEvaluator, type BatchResult } from "../engine/batch.js";
import type { Problem } from "../errors.js";
import { ComparisonTally, comparisonEvaluators, type PolicyComparison } from "../replay/compare.js";
import { verifyDecision } from "../replay/verify.js";
import { decisionJson } from "./decision-json.js";
import { withoutBom } from "./input.js";
import { settleLineHandler } from "./settle-chunk.js";
import type { SettlementOptions } from "../contract/settlement.js";
import type { CliProblem } from "./report.js";

/**
 * One chunk of work: whole lines as UTF-8 bytes (`lines`), the number of the first
 * (1-based), and what to do with them.
 *
 * @example
 * ```ts
 * const task: ChunkTask = { kind: "evaluate", lines: new TextEncoder().encode("{}\n"), firstLine: 1 };
 * ```
 */
export type ChunkTask =
  | { kind: "evaluate"; options?: RefundOptions; lines: Uint8Array; firstLine: number }
  | { kind: "compare"; options?: RefundOptions; against?: RefundOptions; details: boolean; lines: Uint8Array; firstLine: number }
  | { kind: "verify"; options?: RefundOptions; lines: Uint8Array; firstLine: number }
  | { kind: "settle"; options?: SettlementOptions; lines: Uint8Array; firstLine: number };

/**
 * A chunk's answer: its output lines as UTF-8 bytes, the count of good and bad lines,
 * and for compare the chunk's partial report.
 *
 * @example
 * ```ts
 * const done: ChunkResult = { output: new Uint8Array(0), good: 0, bad: 0, differing: 0 };
 * ```
 */
export interface ChunkResult {
  output: Uint8Array;
  /** Lines decided (evaluate, compare) or verified the same (verify). */
  good: number;
  /** Lines refused or unreadable. */
  bad: number;
  /** verify: records whose decision differs today. */
  differing: number;
  report?: PolicyComparison;
}

/**
 * A chunk's output, encoded line by line into one growing buffer: each line's text is
 * garbage as soon as it is written, so a worker's young generation never holds a chunk's
 * worth of strings (a chunk built as one string kept every piece alive and tripled the
 * time spent collecting garbage).
 */
class Output {
  static readonly #encoder = new TextEncoder();
  #bytes: Uint8Array;
  #length = 0;

  constructor(capacity: number) {
    this.#bytes = new Uint8Array(capacity);
  }

  /** Appends a line's text and its newline. */
  line(text: string): void {
    // A UTF-16 code unit is at most three UTF-8 bytes; the newline is one more.
    const needed = this.#length + text.length * 3 + 1;
    if (needed > this.#bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.#bytes.length * 2));
      grown.set(this.#bytes.subarray(0, this.#length));
      this.#bytes = grown;
    }
    this.#length += Output.#encoder.encodeInto(text, this.#bytes.subarray(this.#length)).written;
    this.#bytes[this.#length++] = 10;
  }

  /** The bytes written, a view on a buffer of their own (one a worker may hand over whole). */
  bytes(): Uint8Array {
    return this.#bytes.subarray(0, this.#length);
  }
}

type Line = (text: string, lineNumber: number, result: Counts, output: Output, tally: ComparisonTally) => void;
type Counts = Omit<ChunkResult, "output">;

/** Evaluators are made once per worker and options (the options are read once, as in a batch). */
const made = new Map<string, Line>();

/**
 * Runs one chunk. The evaluators for a kind and its options are made on first use
 * and kept for the worker's next chunks.
 *
 * @example
 * ```ts
 * runChunk({ kind: "evaluate", lines: new TextEncoder().encode('{"asOf":"2026-02-30"}\n'), firstLine: 1 }).bad; // 1
 * ```
 */
export function runChunk(task: ChunkTask): ChunkResult {
  const { lines, firstLine, ...config } = task;
  const key = JSON.stringify(config);
  let line = made.get(key);
  if (line === undefined) made.set(key, (line = lineHandler(task)));
  // A byte-order mark at the start of the input is no part of the first line.
  const text = firstLine === 1 ? withoutBom(decoder.decode(lines)) : decoder.decode(lines);
  const counts: Counts = { good: 0, bad: 0, differing: 0 };
  // Decisions are about twice their request's length: room for that, grown if it is not enough.
  const output = new Output(task.kind === "evaluate" ? lines.length * 2 + 1024 : 1024);
  const tally = new ComparisonTally();
  let lineNumber = firstLine;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const content = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    // A blank line (JSON's own whitespace only: space, tab, CR) is no request and gets no record.
    if (!BLANK.test(content)) {
      try {
        line(content, lineNumber, counts, output, tally);
      } catch (error) {
        // One line the engine cannot take (a stored decision nested thousands deep overflows the stack
        // when written out) is that line's failure, not the run's: the other lines are still answered.
        counts.bad++;
        const message = `line ${lineNumber} could not be processed: ${error instanceof Error ? error.message : String(error)}`;
        output.line(errorRecord(lineNumber, [{ path: "", code: "internal", message }], "internal"));
      }
    }
    lineNumber++;
    start = end + 1;
  }
  const result: ChunkResult = { output: output.bytes(), ...counts };
  if (task.kind === "compare") result.report = tally.report();
  return result;
}

const BLANK = /^[ \t\r]*$/;

/** Keeps a byte-order mark where it is (`withoutBom` drops the input's first, and only that). */
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

function invalidJson(lineNumber: number): Problem[] {
  return [{ path: "", code: "invalid_json", message: `line ${lineNumber} is not valid JSON` }];
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The record of a line that gets no answer: `{ line, error: { code, problems } }`, as the command line reports failures. */
function errorRecord(lineNumber: number, problems: readonly CliProblem[], code: "invalid_request" | "invalid_json" | "internal" = "invalid_request"): string {
  return JSON.stringify({ line: lineNumber, error: { code, problems } });
}

function lineHandler(task: ChunkTask): Line {
  switch (task.kind) {
    case "settle":
      return settleLineHandler(task.options);
    case "evaluate": {
      const evaluate = batchEvaluator(task.options === undefined ? {} : { options: task.options });
      return (text, lineNumber, result, output) => {
        const parsed = parse(text);
        if (!parsed.ok) {
          result.bad++;
          output.line(errorRecord(lineNumber, invalidJson(lineNumber), "invalid_json"));
          return;
        }
        const decided: BatchResult = evaluate(parsed.value, lineNumber - 1);
        if (decided.ok) {
          result.good++;
          output.line(decisionJson(decided.decision));
        } else {
          result.bad++;
          output.line(errorRecord(lineNumber, decided.problems));
        }
      };
    }
    case "compare": {
      const both = comparisonEvaluators(task.options === undefined ? {} : { options: task.options }, task.against === undefined ? {} : { options: task.against });
      const details = task.details;
      return (text, lineNumber, result, output, tally) => {
        const parsed = parse(text);
        const index = lineNumber - 1;
        const refused: BatchResult = { index, ok: false, problems: invalidJson(lineNumber) };
        const [a, b] = parsed.ok ? both(parsed.value, index) : [refused, refused];
        const change = tally.add(a, b, parsed.ok ? parsed.value : undefined, details);
        if (a.ok && b.ok) result.good++;
        else result.bad++;
        if (typeof change === "object") output.line(JSON.stringify({ line: lineNumber, ...change }));
      };
    }
    case "verify":
      return (text, lineNumber, result, output) => {
        const parsed = parse(text);
        const record = parsed.ok ? (parsed.value as { request?: unknown; decision?: unknown; options?: RefundOptions } | null) : undefined;
        if (record === undefined || record === null || typeof record !== "object" || typeof record.decision !== "object" || record.decision === null) {
          result.bad++;
          const problems = parsed.ok ? [{ path: "", code: "wrong_type", message: `line ${lineNumber} must be an object { "request", "decision", "options"? }` }] : invalidJson(lineNumber);
          output.line(errorRecord(lineNumber, problems, parsed.ok ? "invalid_request" : "invalid_json"));
          return;
        }
        const verified = verifyDecision(record.request, record.decision as RefundDecision, record.options ?? task.options);
        if (verified.same) {
          result.good++;
          return;
        }
        const out = verified.problems === undefined ? { line: lineNumber, differences: verified.differences } : { line: lineNumber, problems: verified.problems };
        output.line(JSON.stringify(out));
        result.differing++;
      };
  }
}
