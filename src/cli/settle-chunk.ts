/**
 * `settle --ndjson`'s work on one chunk: each line a settlement input, each answer the plan's JSON or
 * an error record `{ line, error: { code, problems } }`, as `evaluate --ndjson` answers. Runs in the
 * worker threads through `runChunk` (src/cli/chunk.ts), and in-process with `--workers 1`.
 */
import type { SettlementOptions } from "../contract/settlement.js";
import type { Problem } from "../errors.js";
import { safeSettleRefund } from "../settlement/settle.js";

export { safeSettleRefund };

/** Where a chunk's answers go, one line each (the chunk's output buffer). */
interface LineSink {
  line(text: string): void;
}

/** A chunk's counts: lines settled (`good`) and refused (`bad`). */
interface SettleCounts {
  good: number;
  bad: number;
}

/**
 * The problems of settlement options, before any line is read (none: the options are good).
 *
 * @example
 * ```ts
 * settlementOptionsProblems({ order: "random" })[0]?.path; // "options.order"
 * ```
 */
export function settlementOptionsProblems(options: SettlementOptions | undefined): readonly Problem[] {
  if (options === undefined) return [];
  // A settlement of nothing reads the options as every settlement does: their problems are the options' own.
  const result = safeSettleRefund(undefined, options);
  return result.ok ? [] : result.problems.filter((problem) => problem.path === "options" || problem.path.startsWith("options."));
}

/**
 * The line handler of a `settle` chunk: parses a line, settles it with the chunk's options, and writes
 * the plan (or the line's error record).
 *
 * @example
 * ```ts
 * const handle = settleLineHandler({ order: "proportional" });
 * ```
 */
export function settleLineHandler(options: SettlementOptions | undefined): (text: string, lineNumber: number, counts: SettleCounts, output: LineSink) => void {
  return (text, lineNumber, counts, output) => {
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      counts.bad++;
      output.line(JSON.stringify({ line: lineNumber, error: { code: "invalid_json", problems: [{ path: "", code: "invalid_json", message: `line ${lineNumber} is not valid JSON` }] } }));
      return;
    }
    const result = safeSettleRefund(input, options);
    if (result.ok) {
      counts.good++;
      output.line(JSON.stringify(result.plan));
    } else {
      counts.bad++;
      output.line(JSON.stringify({ line: lineNumber, error: { code: "invalid_request", problems: result.problems } }));
    }
  };
}
