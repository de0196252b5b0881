/**
 * `refund-policy evaluate <file | -> --ndjson`: one decision (or error record) per input line, in
 * input order, on every core (`--workers`), with memory flat however many lines flow through.
 */
import type { RefundOptions } from "../contract/options.js";
import { batchEvaluator } from "../engine/batch.js";
import { isRefundPolicyError } from "../errors.js";
import { runPipeline, write } from "./pool.js";
import { CliFailure, EXIT, usage } from "./report.js";

/** The `--workers` flag of the commands that run on the pool. */
export const WORKERS_FLAG = { type: "string", placeholder: "<n>", help: "worker threads (default: one per core)" } as const;

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
 * Evaluates one request per line through the worker pool: one record per line out, the decision
 * or `{ line, error: { code, problems } }`; a JSON summary on stderr. Exits 2 if any line was refused.
 *
 * @example
 * ```ts
 * process.exitCode = await evaluateNdjson("requests.ndjson", undefined, 2);
 * ```
 */
export async function evaluateNdjson(source: string, rawOptions: unknown, workers: number, signingKey?: Uint8Array): Promise<number> {
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
