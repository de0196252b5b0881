/**
 * `refund-policy compare <requests.ndjson | -> --options a.json --against b.json`: the
 * impact of changing the options, over a corpus, on every core.
 */
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { ComparisonTally, type PolicyComparison } from "../replay/compare.js";
import type { Command, CommandArgs } from "./command.js";
import { type InputKind, OPTIONS_INPUT, readJson } from "./input.js";
import { checkedOptions, workerCount, WORKERS_FLAG } from "./ndjson.js";
import { defaultWorkers, runPipeline, write } from "./pool.js";
import { CliFailure, EXIT } from "./report.js";

/** `refund-policy compare <requests.ndjson | -> [--options a.json] [--against b.json]`. */
export const compareCommand: Command = {
  summary:
    "decide every request (one per line) under side A and side B and print one JSON object: requests, decided, refused (either side refuses), changed, delta (B minus A per currency) and byClause",
  positionals: ["requests.ndjson | -"],
  flags: {
    options: { type: "string", placeholder: "<file>", help: "side A's JSON options (default: none)" },
    against: { type: "string", placeholder: "<file>", help: "side B's JSON options (default: none)" },
    details: { type: "string", placeholder: "<file>", help: "write one NDJSON record per changed request: line, both totals, the lines that moved" },
    workers: WORKERS_FLAG,
  },
  async run({ positionals, flags, mode }: CommandArgs): Promise<number> {
    const source = positionals[0] as string;
    const workers = workerCount(flags["workers"], defaultWorkers());
    const a = checkedOptions(typeof flags["options"] === "string" ? await readJson(flags["options"], OPTIONS_INPUT) : undefined);
    const b = checkedOptions(typeof flags["against"] === "string" ? await readJson(flags["against"], AGAINST_INPUT) : undefined);
    const detailsPath = flags["details"];
    const details = typeof detailsPath === "string" ? await openForWriting(detailsPath) : undefined;
    const tally = new ComparisonTally();
    const config = { ...(a === undefined ? {} : { options: a }), ...(b === undefined ? {} : { against: b }), details: details !== undefined };
    await runPipeline(source, (lines, firstLine) => ({ kind: "compare", ...config, lines, firstLine }), workers, async (result) => {
      tally.absorb(result.report!);
      if (details !== undefined) await write(details, result.output);
    });
    if (details !== undefined) {
      details.end();
      await finished(details);
    }
    const report = tally.report();
    process.stdout.write(`${mode === "text" ? comparisonTable(report) : JSON.stringify(report, null, 2)}\n`);
    return EXIT.decided;
  },
};

/** Opens the `--details` file before any line is read; one that cannot be written is a failure (exit 1), never a crash. */
async function openForWriting(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  try {
    await once(stream, "open");
  } catch (error) {
    throw new CliFailure("unreadable_input", [{ path: "--details", code: "unwritable", message: `cannot write the --details file "${path}": ${(error as Error).message}` }]);
  }
  return stream;
}

/** Side B's options file, as problems name it. */
const AGAINST_INPUT: InputKind = { what: "--against options", path: "against", plural: true };

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
