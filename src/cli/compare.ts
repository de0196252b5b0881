/**
 * `refund-policy compare <requests.ndjson | -> --options a.json --against b.json`: the
 * impact of changing the options, over a corpus, on every core.
 */
import { once } from "node:events";
import { createWriteStream, statSync, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { temporaryFile } from "./cleanup.js";
import { finished } from "node:stream/promises";
import { ComparisonTally, type PolicyComparison } from "../replay/compare.js";
import type { Command, CommandArgs } from "./command.js";
import { type InputKind, OPTIONS_INPUT, readJson } from "./input.js";
import { checkedOptions, workerCount, WORKERS_FLAG } from "./ndjson.js";
import { defaultWorkers, runPipeline, write } from "./pool.js";
import { CliFailure, EXIT, usage } from "./report.js";

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
    const inputs: [string, unknown][] = [["the input", source], ["the --options file", flags["options"]], ["the --against file", flags["against"]]];
    const details = typeof detailsPath === "string" ? await openDetails(detailsPath, inputs) : undefined;
    const tally = new ComparisonTally();
    const config = { ...(a === undefined ? {} : { options: a }), ...(b === undefined ? {} : { against: b }), details: details !== undefined };
    try {
      await runPipeline(source, (lines, firstLine) => ({ kind: "compare", ...config, lines, firstLine }), workers, async (result) => {
        tally.absorb(result.report!);
        if (details !== undefined) await write(details.stream, result.output);
      });
      await details?.commit();
    } finally {
      await details?.discard();
    }
    const report = tally.report();
    process.stdout.write(`${mode === "text" ? comparisonTable(report) : JSON.stringify(report, null, 2)}\n`);
    return EXIT.decided;
  },
};

/** The `--details` file being written: put in place when the run is done, or left as it was. */
interface Details {
  readonly stream: WriteStream;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Opens the `--details` output before any line is read. It is written beside its name and
 * renamed into place only when the run finishes, so a run that fails leaves an existing file
 * as it was; naming the input or an options file is refused (it would be overwritten before it
 * is read). One that cannot be written is a failure (exit 1), never a crash.
 */
async function openDetails(path: string, inputs: readonly [string, unknown][]): Promise<Details> {
  for (const [what, input] of inputs) {
    if (typeof input === "string" && input !== "-" && sameFile(path, input)) throw usage("--details", "same_file", `--details names ${what}; it would be overwritten`);
  }
  const unwritable = (error: unknown) =>
    new CliFailure("unwritable_output", [{ path: "--details", code: "unwritable", message: `cannot write the --details file "${path}": ${(error as Error).message}` }]);
  // A directory (or anything else that is no file) cannot take the records: said now, before any line is read.
  if (isDirectory(path)) throw unwritable(new Error("it is a directory"));
  const partial = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(partial);
  temporaryFile(partial, true);
  try {
    await once(stream, "open");
  } catch (error) {
    temporaryFile(partial, false);
    throw unwritable(error);
  }
  let done = false;
  return {
    stream,
    async commit() {
      stream.end();
      try {
        await finished(stream);
        await rename(partial, path);
      } catch (error) {
        throw unwritable(error);
      }
      temporaryFile(partial, false);
      done = true;
    },
    async discard() {
      if (done) return;
      stream.destroy();
      await rm(partial, { force: true });
      temporaryFile(partial, false);
    },
  };
}

/** Whether a path names a directory. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether two paths name one file (the same device and inode); a path that does not exist names none. */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
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
  // A group's count is written once, on its first currency's row: it is not per currency.
  const group = (label: string, changed: number, deltas: Record<string, { net: string; tax: string; gross: string }>) =>
    Object.entries(deltas).forEach(([currency, delta], i) => rows.push(i === 0 ? [label, count(changed), currency, delta.net, delta.tax, delta.gross] : ["", "", currency, delta.net, delta.tax, delta.gross]));
  group("all requests", report.changed, report.delta);
  for (const [clause, entry] of Object.entries(report.byClause)) group(clause, entry.changed, entry.delta);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const table = rows.map((row) => row.map((cell, column) => (column === 0 || column === 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ").trimEnd());
  return [
    `Requests ${count(report.requests)}: ${count(report.decided)} decided, ${count(report.refused)} refused, ${count(report.changed)} changed.`,
    report.changed === 0
      ? "No decision changes."
      : `Refunds change by (B minus A):\n${table.join("\n")}\n(changed: requests on the "all requests" row, lines on a clause's row)`,
  ].join("\n");
}
