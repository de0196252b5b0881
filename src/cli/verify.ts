/**
 * `refund-policy verify <records.ndjson | ->`: replays stored decisions, one
 * `{ "request", "decision", "options"? }` record per line, on every core.
 */
import type { Command, CommandArgs } from "./command.js";
import { OPTIONS_INPUT, readJson } from "./input.js";
import { checkedOptions, workerCount, WORKERS_FLAG } from "./ndjson.js";
import { defaultWorkers, runPipeline, write } from "./pool.js";
import { EXIT } from "./report.js";

/** `refund-policy verify <records.ndjson | ->`. */
export const verifyCommand: Command = {
  summary:
    'decide each stored request again ({"request", "decision", "options"?} per line) and print one NDJSON record per decision that differs today; exits 1 when any differs or is refused, 2 when a line is not such a record',
  positionals: ["records.ndjson | -"],
  flags: {
    options: { type: "string", placeholder: "<file>", help: "JSON options for the records that carry none" },
    workers: WORKERS_FLAG,
  },
  async run({ positionals, flags }: CommandArgs): Promise<number> {
    const source = positionals[0] as string;
    const workers = workerCount(flags["workers"], defaultWorkers());
    const options = checkedOptions(typeof flags["options"] === "string" ? await readJson(flags["options"], OPTIONS_INPUT) : undefined);
    let same = 0;
    let differing = 0;
    let invalid = 0;
    await runPipeline(source, (lines, firstLine) => ({ kind: "verify", ...(options === undefined ? {} : { options }), lines, firstLine }), workers, async (result) => {
      same += result.good;
      differing += result.differing;
      invalid += result.bad;
      await write(process.stdout, result.output);
    });
    process.stderr.write(`${JSON.stringify({ summary: { records: same + differing + invalid, same, differ: differing, invalid } })}\n`);
    return invalid > 0 ? EXIT.refused : differing > 0 ? EXIT.failed : EXIT.decided;
  },
};
