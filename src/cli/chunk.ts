/**
 * What a worker does with one chunk of NDJSON lines: evaluate, compare or verify each
 * line, and hand back the chunk's output as UTF-8 bytes (and, for compare, a partial
 * report). Chunks travel as bytes both ways, so the main thread neither decodes the input
 * nor encodes the output, and the buffers move between threads without a copy. The same
 * code runs in-process in tests.
 */
import type { RefundDecision } from "../contract/decision.js";
import type { RefundOptions } from "../contract/options.js";
import { batchEvaluator, type BatchResult } from "../engine/batch.js";
import type { Problem } from "../errors.js";
import { ComparisonTally, comparisonEvaluators, type PolicyComparison } from "../replay/compare.js";
import { LIMITS } from "../validate/reader.js";
import { decisionJson } from "./decision-json.js";
import { withoutBom } from "./input.js";
import { settleLineHandler } from "./settle-chunk.js";
import { checkRecord, optionsDigest } from "./verify-record.js";
import type { SettlementOptions } from "../contract/settlement.js";
import { decodeStrict, duplicateName, duplicateProblem } from "./strict-json.js";
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
  | { kind: "evaluate"; options?: RefundOptions; signingKey?: Uint8Array; lines: Uint8Array; firstLine: number }
  | { kind: "compare"; options?: RefundOptions; against?: RefundOptions; details: boolean; lines: Uint8Array; firstLine: number }
  | { kind: "verify"; options?: RefundOptions; signingKey?: Uint8Array; lines: Uint8Array; firstLine: number; /** `{ line, same: true }` for a record that is the same (line-buffered: every line answered). */ everyLine?: boolean }
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
  const answer = (content: string, lineNumber: number): void => {
    // A blank line (JSON's own whitespace only: space, tab, CR) is no request and gets no record.
    if (BLANK.test(content)) return;
    if (content.startsWith(OVERSIZED_LINE)) {
      counts.bad++;
      output.line(oversized(lineNumber, content));
      return;
    }
    try {
      line(content, lineNumber, counts, output, tally);
    } catch (error) {
      // One line the engine cannot take (a stored decision nested thousands deep overflows the stack
      // when written out) is that line's failure, not the run's: the other lines are still answered.
      counts.bad++;
      const message = `line ${lineNumber} could not be processed: ${error instanceof Error ? error.message : String(error)}`;
      output.line(errorRecord(lineNumber, [{ path: "", code: "internal", message }], "internal"));
    }
  };
  if (text.includes("\ufffd")) {
    // A replacement character: bytes that are not UTF-8 somewhere (or a real U+FFFD). Each line is decoded
    // again on its own, strictly, so only a line that is not UTF-8 is refused, at the path where it breaks.
    eachLineStrictly(lines, firstLine, (content, lineNumber) => answer(content, lineNumber), (lineNumber, problems) => {
      counts.bad++;
      output.line(errorRecord(lineNumber, problems, "invalid_json"));
    });
  } else {
    let lineNumber = firstLine;
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf("\n", start);
      if (end === -1) end = text.length;
      answer(text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end), lineNumber);
      lineNumber++;
      start = end + 1;
    }
  }
  const result: ChunkResult = { output: output.bytes(), ...counts };
  if (task.kind === "compare") result.report = tally.report();
  return result;
}

const BLANK = /^[ \t\r]*$/;

/**
 * What stands for a line longer than the longest line read (docs/SECURITY.md): the pipeline drops
 * the line as it streams past and hands on this instead, with the line's length in bytes; the line
 * gets its own error record. No JSON, no newline: no real line is read as one.
 */
export const OVERSIZED_LINE = "\u0000\u0000line too long\u0000";

/** The record of a line too long to read. */
function oversized(lineNumber: number, content: string): string {
  const bytes = Number(content.slice(OVERSIZED_LINE.length));
  const message = `line ${lineNumber} has ${bytes.toLocaleString("en")} bytes; a line has at most ${LIMITS.maxRequestSize.toLocaleString("en")}`;
  return errorRecord(lineNumber, [{ path: "", code: "too_long", message }], "invalid_request");
}

/** Keeps a byte-order mark where it is (`withoutBom` drops the input's first, and only that). */
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** Each line of a chunk's bytes decoded strictly: its text, or the problem of its first byte that is not UTF-8. */
function eachLineStrictly(lines: Uint8Array, firstLine: number, onText: (text: string, lineNumber: number) => void, onBad: (lineNumber: number, problems: CliProblem[]) => void): void {
  let lineNumber = firstLine;
  for (let start = 0; start < lines.length; lineNumber++) {
    let end = lines.indexOf(10, start);
    if (end === -1) end = lines.length;
    const decoded = decodeStrict(lines.subarray(start, lines[end - 1] === 13 ? end - 1 : end), `line ${lineNumber}`);
    if (decoded.ok) onText(lineNumber === 1 ? withoutBom(decoded.value) : decoded.value, lineNumber);
    else onBad(lineNumber, decoded.problems);
    start = end + 1;
  }
}

function invalidJson(lineNumber: number): CliProblem[] {
  return [{ path: "", code: "invalid_json", message: `line ${lineNumber} is not valid JSON` }];
}

/** A line parsed strictly: the value, or its problems (not JSON; a name twice in one object, at its path). */
function parse(text: string, lineNumber: number): { ok: true; value: unknown } | { ok: false; problems: CliProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: invalidJson(lineNumber) };
  }
  const duplicate = typeof value === "object" && value !== null ? duplicateName(text) : undefined;
  return duplicate === undefined ? { ok: true, value } : { ok: false, problems: [duplicateProblem(duplicate, `line ${lineNumber}`)] };
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
      const evaluate = batchEvaluator({ ...(task.options === undefined ? {} : { options: task.options }), ...(task.signingKey === undefined ? {} : { signingKey: task.signingKey }) });
      return (text, lineNumber, result, output) => {
        const parsed = parse(text, lineNumber);
        if (!parsed.ok) {
          result.bad++;
          output.line(errorRecord(lineNumber, parsed.problems, "invalid_json"));
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
        const parsed = parse(text, lineNumber);
        const index = lineNumber - 1;
        const refused: BatchResult = { index, ok: false, problems: parsed.ok ? [] : (parsed.problems as Problem[]) };
        const [a, b] = parsed.ok ? both(parsed.value, index) : [refused, refused];
        const change = tally.add(a, b, parsed.ok ? parsed.value : undefined, details);
        if (a.ok && b.ok) result.good++;
        else result.bad++;
        if (typeof change === "object") output.line(JSON.stringify({ line: lineNumber, ...change }));
      };
    }
    case "verify": {
      const signing = task.signingKey === undefined ? undefined : { signingKey: task.signingKey };
      const operator = optionsDigest(task.options);
      const everyLine = task.everyLine === true;
      return (text, lineNumber, result, output) => {
        const parsed = parse(text, lineNumber);
        const record = parsed.ok ? (parsed.value as { request?: unknown; decision?: unknown; options?: unknown } | null) : undefined;
        if (record === undefined || record === null || typeof record !== "object" || typeof record.decision !== "object" || record.decision === null) {
          result.bad++;
          const problems = parsed.ok ? [{ path: "", code: "wrong_type", message: `line ${lineNumber} must be an object { "request", "decision", "options"? }` }] : parsed.problems;
          output.line(errorRecord(lineNumber, problems, parsed.ok ? "invalid_request" : "invalid_json"));
          return;
        }
        // The operator's options decide, always: a record's own options that are others are a difference, never an override.
        const checked = checkRecord({ ...record, decision: record.decision as RefundDecision }, task.options, operator, signing);
        if (checked.same) {
          result.good++;
          if (everyLine) output.line(JSON.stringify({ line: lineNumber, same: true }));
          return;
        }
        output.line(JSON.stringify({ line: lineNumber, ...("problems" in checked ? { problems: checked.problems } : { differences: checked.differences }) }));
        result.differing++;
      };
    }
  }
}
