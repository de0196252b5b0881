/**
 * `refund-policy settle <input.json | -> [--options settle-options.json] [--format json|text] [--locale tag]
 * [--ndjson [--workers n]]`: the settlement plan of a final decision over its invoices and payments, as JSON
 * or sentences; with `--ndjson`, one settlement input per line through the worker pool, one plan (or error
 * record) per line out, in input order. Exit statuses as for `evaluate`.
 */
import type { SettlementInput, SettlementOptions } from "../contract/settlement.js";
import { LOCALES } from "../explain/catalogs.js";
import { explainSettlement } from "../explain/settlement.js";
import { safeSettleRefund, settlementOptionsProblems } from "./settle-chunk.js";
import type { Command, CommandArgs } from "./command.js";
import { type InputKind, OPTIONS_INPUT, readJson } from "./input.js";
import { LINE_BUFFERED_FLAG, pipelineWorkers, WORKERS_FLAG } from "./ndjson.js";
import { type LINE_BUFFERED, runPipeline, write } from "./pool.js";
import { CliFailure, EXIT, usage } from "./report.js";

/** The languages of `--format text`: English, built in, and every shipped locale. */
const TAGS = ["en", ...LOCALES.map((locale) => locale.code)];

const SETTLEMENT_INPUT: InputKind = { what: "settlement input", path: "" };
const SETTLEMENT_INPUTS: InputKind = { what: "settlement inputs", path: "", plural: true };

/** `refund-policy settle <input.json | ->`. */
export const settleCommand: Command = {
  summary: "settle a final decision: which payments are refunded, what becomes account credit or settles open invoices, and the credit notes",
  positionals: ["input.json | -"],
  flags: {
    options: { type: "string", placeholder: "<file>", help: 'JSON settlement options ({"order", "remainder", "offset"})' },
    locale: { type: "string", placeholder: "<tag>", help: `language of --format text: ${TAGS.join(", ")} (default en)` },
    ndjson: { type: "boolean", help: "one JSON input per line in, one answer (or error record) per line out, in order" },
    workers: { ...WORKERS_FLAG, help: "with --ndjson: worker threads (default: one per core; 1 runs in-process)" },
    "line-buffered": LINE_BUFFERED_FLAG,
  },
  async run({ positionals, flags, mode }: CommandArgs): Promise<number> {
    const source = positionals[0] as string;
    const locale = typeof flags["locale"] === "string" ? flags["locale"] : "en";
    if (!isBuiltInLocale(locale)) {
      throw usage("--locale", "unknown_value", `--locale must be one of ${TAGS.join(", ")} (or a regional tag of one), not "${locale}"`);
    }
    if (flags["ndjson"] === true && mode === "text") throw usage("--format", "not_applicable", "--ndjson writes JSON records; --format text does not apply to it");
    if (flags["locale"] !== undefined && mode !== "text") throw usage("--locale", "not_applicable", "--locale is the language of --format text; a JSON plan has no language");
    if (flags["workers"] !== undefined && flags["ndjson"] !== true) throw usage("--workers", "not_applicable", "--workers applies to --ndjson; a single settlement is made in-process");
    if (flags["line-buffered"] === true && flags["ndjson"] !== true) {
      throw usage("--line-buffered", "not_applicable", "--line-buffered applies to --ndjson; a single settlement is answered once, at the end of its input");
    }
    const options = typeof flags["options"] === "string" ? ((await readJson(flags["options"], OPTIONS_INPUT)) as SettlementOptions) : undefined;
    if (flags["ndjson"] === true) return settleNdjson(source, options, pipelineWorkers(flags));

    const input = await readJson(source, SETTLEMENT_INPUT);
    const result = safeSettleRefund(input, options);
    if (!result.ok) throw new CliFailure("invalid_request", result.problems);
    const payments = (input as Partial<SettlementInput>).payments;
    const output =
      mode === "text"
        ? explainSettlement(result.plan, { locale, locales: LOCALES, ...(Array.isArray(payments) ? { payments } : {}) }).text
        : JSON.stringify(result.plan, null, 2);
    process.stdout.write(`${output}\n`);
    return EXIT.decided;
  },
};

/**
 * One settlement per line through the worker pool (or line by line in the main thread): the plan or `{ line, error: { code, problems } }` per line,
 * a JSON summary on stderr; bad options refuse the run before any line (exit 2), and so does any line refused.
 */
async function settleNdjson(source: string, options: SettlementOptions | undefined, workers: number | typeof LINE_BUFFERED): Promise<number> {
  const problems = settlementOptionsProblems(options);
  if (problems.length > 0) throw new CliFailure("invalid_options", problems);
  let settled = 0;
  let refused = 0;
  await runPipeline(
    source,
    (lines, firstLine) => (options === undefined ? { kind: "settle", lines, firstLine } : { kind: "settle", options, lines, firstLine }),
    workers,
    async (result) => {
      settled += result.good;
      refused += result.bad;
      await write(process.stdout, result.output);
    },
    SETTLEMENT_INPUTS,
  );
  process.stderr.write(`${JSON.stringify({ summary: { settled, refused } })}\n`);
  return refused > 0 ? EXIT.refused : EXIT.decided;
}

/** A tag with a catalog, itself or by its language (`de-AT` reads `de`). */
function isBuiltInLocale(tag: string): boolean {
  const language = tag.split(/[-_]/)[0]!.toLowerCase();
  return TAGS.some((known) => known === tag || known.split("-")[0] === language);
}
