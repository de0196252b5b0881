/**
 * `refund-policy verify <records.ndjson | ->`: replays stored decisions, one
 * `{ "request", "decision", "options"? }` record per line, on every core. JSON out by
 * default (one NDJSON record per decision that differs, a summary on stderr); with
 * `--format text`, a sentence per difference and the summary, for a person reading an audit. With
 * `--line-buffered` (a co-process), every record is answered at once, one that is the same with `{ line, same: true }`.
 */
import type { Command, CommandArgs } from "./command.js";
import { OPTIONS_INPUT, readJson, RECORDS_INPUT } from "./input.js";
import { checkedOptions, LINE_BUFFERED_FLAG, pipelineWorkers, WORKERS_FLAG } from "./ndjson.js";
import { LINE_BUFFERED, runPipeline, write } from "./pool.js";
import { EXIT, usage } from "./report.js";
import { KEY_FILE_FLAG, signingKeyFrom } from "./signing.js";

/** `refund-policy verify <records.ndjson | ->`. */
export const verifyCommand: Command = {
  summary:
    'decide each stored request again ({"request", "decision", "options"?} per line) and print one NDJSON record per decision that differs today; exits 1 when any differs or is refused, 2 when a line is not such a record',
  positionals: ["records.ndjson | -"],
  flags: {
    options: { type: "string", placeholder: "<file>", help: "JSON options every record is decided under (a record's own options that differ are a difference)" },
    workers: WORKERS_FLAG,
    "line-buffered": LINE_BUFFERED_FLAG,
    "key-file": KEY_FILE_FLAG,
  },
  async run({ positionals, flags, mode }: CommandArgs): Promise<number> {
    const source = positionals[0] as string;
    const workers = pipelineWorkers(flags);
    if (workers === LINE_BUFFERED && mode === "text") throw usage("--format", "not_applicable", "--line-buffered writes one JSON record per line; --format text does not apply to it");
    // Line-buffered, a parent waits for an answer to every record it wrote: one that is the same gets `{ line, same: true }`.
    const everyLine = workers === LINE_BUFFERED ? { everyLine: true } : {};
    const options = checkedOptions(typeof flags["options"] === "string" ? await readJson(flags["options"], OPTIONS_INPUT) : undefined);
    const signingKey = await signingKeyFrom(flags["key-file"]);
    let same = 0;
    let differing = 0;
    let invalid = 0;
    await runPipeline(source, (lines, firstLine) => ({ kind: "verify", ...(options === undefined ? {} : { options }), ...(signingKey === undefined ? {} : { signingKey }), ...everyLine, lines, firstLine }), workers, async (result) => {
      same += result.good;
      differing += result.differing;
      invalid += result.bad;
      await write(process.stdout, mode === "text" ? recordsAsText(result.output) : result.output);
    }, RECORDS_INPUT);
    const summary = { records: same + differing + invalid, same, differ: differing, invalid };
    if (mode === "text") process.stdout.write(`${summaryText(summary)}\n`);
    else process.stderr.write(`${JSON.stringify({ summary })}\n`);
    return invalid > 0 ? EXIT.refused : differing > 0 ? EXIT.failed : EXIT.decided;
  },
};

type VerifyRecord =
  | { line: number; differences: { path: string; stored: unknown; now: unknown }[] }
  | { line: number; problems: { path: string; message: string }[] }
  | { line: number; error: { code: string; problems: { path: string; message: string }[] } };

/** The NDJSON records of a chunk as sentences: one per difference, or per problem of a record refused. */
function recordsAsText(output: Uint8Array): string {
  let text = "";
  for (const json of Buffer.from(output.buffer, output.byteOffset, output.byteLength).toString("utf8").split("\n")) {
    if (json === "") continue;
    try {
      text += recordAsText(JSON.parse(json) as VerifyRecord);
    } catch {
      // A record too deep to read back here is still reported: as the JSON the worker wrote.
      text += `${json}\n`;
    }
  }
  return text;
}

function recordAsText(record: VerifyRecord): string {
  let text = "";
  if ("differences" in record) {
    for (const { path, stored, now } of record.differences) text += `line ${record.line}: ${path} was ${shown(stored)}, is ${shown(now)} today\n`;
  } else {
    const [why, problems] = "error" in record ? [record.error.code === "internal" ? "failed" : "not a record", record.error.problems] : ["refused today", record.problems];
    for (const { path, message } of problems) text += `line ${record.line}: ${why}: ${path === "" ? "" : `${path} `}${message}\n`;
  }
  return text;
}

/** A value in a sentence: as JSON, or "absent" for a field one side does not have. */
function shown(value: unknown): string {
  return value === undefined ? "absent" : JSON.stringify(value);
}

/** `3 records: 2 the same, 1 differs, 0 invalid.` */
function summaryText({ records, same, differ, invalid }: { records: number; same: number; differ: number; invalid: number }): string {
  const count = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
  return `${count(records, "record", "records")}: ${same.toLocaleString("en")} the same, ${count(differ, "differs", "differ")}, ${invalid.toLocaleString("en")} invalid.`;
}
