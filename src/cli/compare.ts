/**
 * `refund-policy compare <requests.ndjson | -> --options a.json --against b.json`: the
 * impact of changing the options, over a corpus, on every core.
 */
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import type { RefundOptions } from "../contract/options.js";
import { isRefundPolicyError } from "../errors.js";
import { ComparisonTally, comparisonEvaluators, type PolicyComparison } from "../replay/compare.js";
import { CliUsageError, readJsonFile, workerCount } from "./args.js";
import { runPipeline, write } from "./pool.js";

/**
 * The usage of `compare`.
 *
 * @example
 * ```ts
 * process.stdout.write(COMPARE_USAGE);
 * ```
 */
export const COMPARE_USAGE = `Usage: refund-policy compare <requests.ndjson | -> [options]

Decides every request (one JSON request per line) under side A and side B and prints one JSON
object: requests, decided, refused (either side refuses), changed (an outcome, or a line's outcome
or amount, differs), delta (B minus A per currency: net, tax, gross) and byClause.

Options:
  --options <file>       side A's JSON options (default: none)
  --against <file>       side B's JSON options (default: none)
  --details <file>       write one NDJSON record per changed request: line, both totals, the lines that moved
  --format json|text     json (default), or a short table
  --workers <n>          worker threads (default: one per core; 1 runs in-process)
  -h, --help             this help

Exit status: 0 with a report; 2 when the command line or the options are invalid.`;

/**
 * Runs `compare`; resolves to the exit status.
 *
 * @example
 * ```ts
 * process.exitCode = await runCompare(["requests.ndjson", "--against", "b.json"]);
 * ```
 */
export async function runCompare(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      options: { type: "string" },
      against: { type: "string" },
      details: { type: "string" },
      format: { type: "string", default: "json" },
      workers: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${COMPARE_USAGE}\n`);
    return 0;
  }
  const [source, ...rest] = positionals;
  if (source === undefined || rest.length > 0) throw new CliUsageError("expected: refund-policy compare <requests.ndjson | ->");
  if (values.format !== "json" && values.format !== "text") throw new CliUsageError(`--format must be json or text, not "${values.format}"`);
  const workers = workerCount(values.workers);
  const a = values.options === undefined ? undefined : (readJsonFile(values.options, "options") as RefundOptions);
  const b = values.against === undefined ? undefined : (readJsonFile(values.against, "--against options") as RefundOptions);
  try {
    comparisonEvaluators(a === undefined ? {} : { options: a }, b === undefined ? {} : { options: b }); // bad options fail here, before any line
  } catch (error) {
    if (!isRefundPolicyError(error)) throw error;
    process.stderr.write(`${JSON.stringify({ error: { code: "invalid_options", problems: error.problems } }, null, 2)}\n`);
    return 2;
  }
  const details = values.details === undefined ? undefined : createWriteStream(values.details);
  const tally = new ComparisonTally();
  const config = { ...(a === undefined ? {} : { options: a }), ...(b === undefined ? {} : { against: b }), details: details !== undefined };
  await runPipeline(source, (text, firstLine) => ({ kind: "compare", ...config, text, firstLine }), workers, async (result) => {
    tally.absorb(result.report!);
    if (details !== undefined) await write(details, result.output);
  });
  if (details !== undefined) {
    details.end();
    await finished(details);
  }
  const report = tally.report();
  process.stdout.write(`${values.format === "text" ? comparisonTable(report) : JSON.stringify(report, null, 2)}\n`);
  return 0;
}

/**
 * The report as a short table a finance person can read.
 *
 * @example
 * ```ts
 * comparisonTable({ requests: 1, decided: 1, refused: 0, changed: 0, delta: {}, byClause: {} });
 * ```
 */
export function comparisonTable(report: PolicyComparison): string {
  const count = (n: number): string => n.toLocaleString("en");
  const rows: string[][] = [["", "changed", "currency", "net", "tax", "gross"]];
  for (const [currency, delta] of Object.entries(report.delta)) rows.push(["all requests", count(report.changed), currency, delta.net, delta.tax, delta.gross]);
  for (const [clause, entry] of Object.entries(report.byClause)) {
    for (const [currency, delta] of Object.entries(entry.delta)) rows.push([clause, count(entry.changed), currency, delta.net, delta.tax, delta.gross]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const table = rows.map((row) => row.map((cell, column) => (column === 0 || column === 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ").trimEnd());
  return [
    `Requests ${count(report.requests)}: ${count(report.decided)} decided, ${count(report.refused)} refused, ${count(report.changed)} changed.`,
    report.changed === 0 ? "No decision changes." : `Refunds change by (B minus A):\n${table.join("\n")}`,
  ].join("\n");
}
