/**
 * What a worker does with one chunk of NDJSON lines: evaluate, compare or verify each
 * line, and hand back the chunk's output as one string (and, for compare, a partial
 * report). The same code runs in-process with `--workers 1`.
 */
import type { RefundDecision } from "../contract/decision.js";
import type { RefundOptions } from "../contract/options.js";
import { batchEvaluator, type BatchResult } from "../engine/batch.js";
import type { Problem } from "../errors.js";
import { ComparisonTally, comparisonEvaluators, type PolicyComparison } from "../replay/compare.js";
import { verifyDecision } from "../replay/verify.js";

/**
 * One chunk of work: whole lines (`text`), the number of the first (1-based), and
 * what to do with them.
 *
 * @example
 * ```ts
 * const task: ChunkTask = { kind: "evaluate", text: "{}\n", firstLine: 1 };
 * ```
 */
export type ChunkTask =
  | { kind: "evaluate"; options?: RefundOptions; text: string; firstLine: number }
  | { kind: "compare"; options?: RefundOptions; against?: RefundOptions; details: boolean; text: string; firstLine: number }
  | { kind: "verify"; options?: RefundOptions; text: string; firstLine: number };

/**
 * A chunk's answer: its output lines, the count of good and bad lines, and for
 * compare the chunk's partial report.
 *
 * @example
 * ```ts
 * const done: ChunkResult = { output: "", good: 0, bad: 0, differing: 0 };
 * ```
 */
export interface ChunkResult {
  output: string;
  /** Lines decided (evaluate, compare) or verified the same (verify). */
  good: number;
  /** Lines refused or unreadable. */
  bad: number;
  /** verify: records whose decision differs today. */
  differing: number;
  report?: PolicyComparison;
}

type Line = (text: string, lineNumber: number, result: ChunkResult, tally: ComparisonTally) => void;

/** Evaluators are made once per worker and options (the options are read once, as in a batch). */
const made = new Map<string, Line>();

/**
 * Runs one chunk. The evaluators for a kind and its options are made on first use
 * and kept for the worker's next chunks.
 *
 * @example
 * ```ts
 * runChunk({ kind: "evaluate", text: '{"asOf":"2026-02-30"}\n', firstLine: 1 }).bad; // 1
 * ```
 */
export function runChunk(task: ChunkTask): ChunkResult {
  const { text, firstLine, ...config } = task;
  const key = JSON.stringify(config);
  let line = made.get(key);
  if (line === undefined) made.set(key, (line = lineHandler(task)));
  const result: ChunkResult = { output: "", good: 0, bad: 0, differing: 0 };
  const tally = new ComparisonTally();
  let lineNumber = firstLine;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const content = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (content.trim() !== "") line(content, lineNumber, result, tally);
    lineNumber++;
    start = end + 1;
  }
  if (task.kind === "compare") result.report = tally.report();
  return result;
}

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
function errorRecord(lineNumber: number, problems: readonly Problem[], code: "invalid_request" | "invalid_json" = "invalid_request"): string {
  return `${JSON.stringify({ line: lineNumber, error: { code, problems } })}\n`;
}

function lineHandler(task: ChunkTask): Line {
  switch (task.kind) {
    case "evaluate": {
      const evaluate = batchEvaluator(task.options === undefined ? {} : { options: task.options });
      return (text, lineNumber, result) => {
        const parsed = parse(text);
        if (!parsed.ok) {
          result.bad++;
          result.output += errorRecord(lineNumber, invalidJson(lineNumber), "invalid_json");
          return;
        }
        const decided: BatchResult = evaluate(parsed.value, lineNumber - 1);
        if (decided.ok) {
          result.good++;
          result.output += `${JSON.stringify(decided.decision)}\n`;
        } else {
          result.bad++;
          result.output += errorRecord(lineNumber, decided.problems);
        }
      };
    }
    case "compare": {
      const both = comparisonEvaluators(task.options === undefined ? {} : { options: task.options }, task.against === undefined ? {} : { options: task.against });
      const details = task.details;
      return (text, lineNumber, result, tally) => {
        const parsed = parse(text);
        const index = lineNumber - 1;
        const refused: BatchResult = { index, ok: false, problems: invalidJson(lineNumber) };
        const [a, b] = parsed.ok ? both(parsed.value, index) : [refused, refused];
        const change = tally.add(a, b, parsed.ok ? parsed.value : undefined, details);
        if (a.ok && b.ok) result.good++;
        else result.bad++;
        if (typeof change === "object") result.output += `${JSON.stringify({ line: lineNumber, ...change })}\n`;
      };
    }
    case "verify":
      return (text, lineNumber, result) => {
        const parsed = parse(text);
        const record = parsed.ok ? (parsed.value as { request?: unknown; decision?: unknown; options?: RefundOptions } | null) : undefined;
        if (record === undefined || record === null || typeof record !== "object" || typeof record.decision !== "object" || record.decision === null) {
          result.bad++;
          const problems = parsed.ok ? [{ path: "", code: "wrong_type", message: `line ${lineNumber} must be an object { "request", "decision", "options"? }` }] : invalidJson(lineNumber);
          result.output += errorRecord(lineNumber, problems as Problem[], parsed.ok ? "invalid_request" : "invalid_json");
          return;
        }
        const verified = verifyDecision(record.request, record.decision as RefundDecision, record.options ?? task.options);
        if (verified.same) {
          result.good++;
          return;
        }
        result.differing++;
        const out = verified.problems === undefined ? { line: lineNumber, differences: verified.differences } : { line: lineNumber, problems: verified.problems };
        result.output += `${JSON.stringify(out)}\n`;
      };
  }
}
