import { safeEvaluateRefund } from "../engine/evaluate.js";
import { LOCALES } from "../explain/catalogs.js";
import { explain } from "../explain/explain.js";
import type { Command, CommandArgs } from "./command.js";
import { OPTIONS_INPUT, readJson, REQUEST_INPUT } from "./input.js";
import { evaluateNdjson, LINE_BUFFERED_FLAG, pipelineWorkers } from "./ndjson.js";
import { CliFailure, EXIT, usage } from "./report.js";
import { KEY_FILE_FLAG, signingKeyFrom } from "./signing.js";

/** The languages the command line speaks: English, built in, and every shipped locale. */
const TAGS = ["en", ...LOCALES.map((locale) => locale.code)];

/** `refund-policy evaluate <request.json | -> [--options file] [--locale tag] [--ndjson [--line-buffered]]`. */
export const evaluateCommand: Command = {
  summary: "decide a refund request under the Bitrix24 refund policy",
  positionals: ["request.json | -"],
  flags: {
    options: { type: "string", placeholder: "<file>", help: "JSON options (rounding, proration, MarketPlace terms, unknownFields)" },
    locale: { type: "string", placeholder: "<tag>", help: `language of --format text: ${TAGS.join(", ")} (default en)` },
    ndjson: { type: "boolean", help: "one JSON request per input line in, one decision (or error record) per line out, in order" },
    workers: { type: "string", placeholder: "<n>", help: "with --ndjson: worker threads (default: one per core)" },
    "line-buffered": LINE_BUFFERED_FLAG,
    "key-file": KEY_FILE_FLAG,
  },
  async run({ positionals, flags, mode }: CommandArgs): Promise<number> {
    const source = positionals[0] as string;
    const locale = typeof flags["locale"] === "string" ? flags["locale"] : "en";
    if (!isBuiltInLocale(locale)) {
      throw usage("--locale", "unknown_value", `--locale must be one of ${TAGS.join(", ")} (or a regional tag of one), not "${locale}"`);
    }
    if (flags["ndjson"] === true && mode === "text") {
      throw usage("--format", "not_applicable", "--ndjson writes JSON records; --format text does not apply to it");
    }
    // Flags that would change nothing are refused rather than silently read past.
    if (flags["locale"] !== undefined && mode !== "text") {
      throw usage("--locale", "not_applicable", "--locale is the language of --format text; a JSON decision has no language");
    }
    if (flags["workers"] !== undefined && flags["ndjson"] !== true) {
      throw usage("--workers", "not_applicable", "--workers applies to --ndjson; a single request is decided in-process");
    }
    if (flags["line-buffered"] === true && flags["ndjson"] !== true) {
      throw usage("--line-buffered", "not_applicable", "--line-buffered applies to --ndjson; a single request is answered once, at the end of its input");
    }
    const options = typeof flags["options"] === "string" ? await readJson(flags["options"], OPTIONS_INPUT) : undefined;
    const signingKey = await signingKeyFrom(flags["key-file"]);
    if (flags["ndjson"] === true) return evaluateNdjson(source, options, pipelineWorkers(flags), signingKey);

    const result = safeEvaluateRefund(await readJson(source, REQUEST_INPUT), options, signingKey === undefined ? undefined : { signingKey });
    if (!result.ok) throw new CliFailure("invalid_request", result.problems);
    const output = mode === "text" ? explain(result.decision, { locale, locales: LOCALES }).text : JSON.stringify(result.decision, null, 2);
    process.stdout.write(`${output}\n`);
    return EXIT.decided;
  },
};

/** A tag `explain` has a catalog for, itself or by its language (`de-AT` reads `de`). */
function isBuiltInLocale(tag: string): boolean {
  const language = tag.split(/[-_]/)[0]!.toLowerCase();
  return TAGS.some((known) => known === tag || known.split("-")[0] === language);
}
