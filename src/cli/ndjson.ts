/** `refund-policy evaluate <file | -> --ndjson`: one decision (or error record) per input line, in order, on every core. */
import type { RefundOptions } from "../contract/options.js";
import { batchEvaluator } from "../engine/batch.js";
import { runPipeline, write } from "./pool.js";

/**
 * Evaluates one request per line through the worker pool; returns how many lines
 * were decided and how many refused. Bad options throw before any line is read.
 *
 * @example
 * ```ts
 * const { decided, refused } = await evaluateNdjson("requests.ndjson", undefined, 2);
 * ```
 */
export async function evaluateNdjson(source: string, options: RefundOptions | undefined, workers: number): Promise<{ decided: number; refused: number }> {
  batchEvaluator(options === undefined ? {} : { options }); // reads the options once here, so bad ones fail before any line
  let decided = 0;
  let refused = 0;
  await runPipeline(
    source,
    (text, firstLine) => (options === undefined ? { kind: "evaluate", text, firstLine } : { kind: "evaluate", options, text, firstLine }),
    workers,
    async (result) => {
      decided += result.good;
      refused += result.bad;
      await write(process.stdout, result.output);
    },
  );
  process.stderr.write(`refund-policy: ${decided} decisions, ${refused} invalid requests\n`);
  return { decided, refused };
}
