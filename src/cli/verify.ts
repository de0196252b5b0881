/**
 * `refund-policy verify <records.ndjson | ->`: replays stored decisions, one
 * `{ "request", "decision", "options"? }` record per line, on every core.
 */
import { parseArgs } from "node:util";
import type { RefundOptions } from "../contract/options.js";
import { CliUsageError, readJsonFile, workerCount } from "./args.js";
import { runPipeline, write } from "./pool.js";

/**
 * The usage of `verify`.
 *
 * @example
 * ```ts
 * process.stdout.write(VERIFY_USAGE);
 * ```
 */
export const VERIFY_USAGE = `Usage: refund-policy verify <records.ndjson | -> [options]

Decides each stored request again ({"request", "decision", "options"?} per line) and prints one
NDJSON record per decision that differs today: {"line", "differences": [{"path", "stored", "now"}]},
or {"line", "problems"} when the request is refused today, or {"line", "error"} for a line that is
not such a record. The library version in the stored decision is not compared.

Options:
  --options <file>       JSON options for the records that carry none
  --workers <n>          worker threads (default: one per core; 1 runs in-process)
  -h, --help             this help

Exit status: 0 when every decision is the same today; 1 when any differs or is refused;
2 when a line is not a record, or the command line is invalid.`;

/**
 * Runs `verify`; resolves to the exit status.
 *
 * @example
 * ```ts
 * process.exitCode = await runVerify(["stored.ndjson"]);
 * ```
 */
export async function runVerify(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { options: { type: "string" }, workers: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
  });
  if (values.help) {
    process.stdout.write(`${VERIFY_USAGE}\n`);
    return 0;
  }
  const [source, ...rest] = positionals;
  if (source === undefined || rest.length > 0) throw new CliUsageError("expected: refund-policy verify <records.ndjson | ->");
  const workers = workerCount(values.workers);
  const options = values.options === undefined ? undefined : (readJsonFile(values.options, "options") as RefundOptions);
  let same = 0;
  let differing = 0;
  let invalid = 0;
  await runPipeline(source, (text, firstLine) => ({ kind: "verify", ...(options === undefined ? {} : { options }), text, firstLine }), workers, async (result) => {
    same += result.good;
    differing += result.differing;
    invalid += result.bad;
    await write(process.stdout, result.output);
  });
  process.stderr.write(`refund-policy verify: ${same + differing + invalid} records, ${same} the same, ${differing} differ, ${invalid} not records\n`);
  return invalid > 0 ? 2 : differing > 0 ? 1 : 0;
}
