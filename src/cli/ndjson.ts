/**
 * `refund-policy evaluate <file | -> --ndjson`: one decision (or error record) per input line, in
 * input order, on every core (`--workers`), with memory flat however many lines flow through; with
 * `--line-buffered`, each line answered as soon as it has come, for a co-process.
 */
import type { RefundOptions } from "../contract/options.js";
import { batchEvaluator } from "../engine/batch.js";
import { isRefundPolicyError } from "../errors.js";
import { defaultWorkers, LINE_BUFFERED, runPipeline, write } from "./pool.js";
import { CliFailure, EXIT, usage } from "./report.js";

/** The `--workers` flag of the commands that run on the pool. */
export const WORKERS_FLAG = { type: "string", placeholder: "<n>", help: "worker threads (default: one per core)" } as const;

/** The `--line-buffered` flag of the commands that read NDJSON: a co-process's way to talk line by line. */
export const LINE_BUFFERED_FLAG = {
  type: "boolean",
  help: "with NDJSON in: answer each line as soon as it is decided, in the main thread, and write it out at once (for a parent process that keeps one child)",
} as const;

/**
 * How the NDJSON lines of a run are decided: `--line-buffered` (each line in the main thread, answered
 * at once) or the worker pool (`--workers`, default one thread per core). The two flags together are refused.
 *
 * @example
 * ```ts
 * pipelineWorkers({ "line-buffered": true }); // "line-buffered"
 * ```
 */
export function pipelineWorkers(flags: Readonly<Record<string, string | boolean | undefined>>): number | typeof LINE_BUFFERED {
  if (flags["line-buffered"] !== true) return workerCount(flags["workers"], defaultWorkers());
  if (flags["workers"] !== undefined) throw usage("--workers", "not_applicable", "--line-buffered decides each line in the main thread; --workers does not apply to it");
  return LINE_BUFFERED;
}

/**
 * The `--workers` value: threads to use (default: one per core).
 *
 * @example
 * ```ts
 * workerCount("2", 2); // 2
 * ```
 */
export function workerCount(value: string | boolean | undefined, cores: number): number {
  if (typeof value !== "string") return cores;
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > 64) throw usage("--workers", "unknown_value", `--workers must be a whole number from 1 to 64, not "${value}"`);
  return count;
}

/**
 * Reads JSON options once, before any line, so bad options refuse the whole run (exit 2).
 *
 * @example
 * ```ts
 * checkedOptions({ rounding: "half_even" });
 * ```
 */
export function checkedOptions(options: unknown): RefundOptions | undefined {
  try {
    batchEvaluator(options === undefined ? {} : { options: options as RefundOptions });
  } catch (error) {
    if (isRefundPolicyError(error)) throw new CliFailure("invalid_options", error.problems);
    throw error;
  }
  return options as RefundOptions | undefined;
}

/**
 * Evaluates one request per line through the worker pool (or line by line in the main thread): one record per line out, the decision
 * or `{ line, error: { code, problems } }`; a JSON summary on stderr. Exits 2 if any line was refused.
 *
 * @example
 * ```ts
 * process.exitCode = await evaluateNdjson("requests.ndjson", undefined, 2);
 * ```
 */
export async function evaluateNdjson(source: string, rawOptions: unknown, workers: number | typeof LINE_BUFFERED, signingKey?: Uint8Array): Promise<number> {
  const options = checkedOptions(rawOptions);
  let decided = 0;
  let refused = 0;
  await runPipeline(
    source,
    (lines, firstLine) => ({ kind: "evaluate", ...(options === undefined ? {} : { options }), ...(signingKey === undefined ? {} : { signingKey }), lines, firstLine }),
    workers,
    async (result) => {
      decided += result.good;
      refused += result.bad;
      await write(process.stdout, result.output);
    },
  );
  process.stderr.write(`${JSON.stringify({ summary: { decided, refused } })}\n`);
  return refused > 0 ? EXIT.refused : EXIT.decided;
}
