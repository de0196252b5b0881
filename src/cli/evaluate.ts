import { once } from "node:events";
import { createReadStream } from "node:fs";
import type { RefundOptions } from "../contract/options.js";
import { batchEvaluator, type BatchResult } from "../engine/batch.js";
import { safeEvaluateRefund } from "../engine/evaluate.js";
import { isRefundPolicyError } from "../errors.js";
import { LOCALES } from "../explain/catalogs.js";
import { explain } from "../explain/explain.js";
import type { Command, CommandArgs } from "./command.js";
import { OPTIONS_INPUT, readJson, REQUEST_INPUT, unreadable, withoutBom } from "./input.js";
import { CliFailure, EXIT, failureRecord, usage } from "./report.js";

/** The languages the command line speaks: English, built in, and every shipped locale. */
const TAGS = ["en", ...LOCALES.map((locale) => locale.code)];

/** `refund-policy evaluate <request.json | -> [--options file] [--locale tag] [--ndjson]`. */
export const evaluateCommand: Command = {
  summary: "decide a refund request under the Bitrix24 refund policy",
  positionals: ["request.json | -"],
  flags: {
    options: { type: "string", placeholder: "<file>", help: "JSON options (rounding, proration, MarketPlace terms, unknownFields)" },
    locale: { type: "string", placeholder: "<tag>", help: `language of --format text: ${TAGS.join(", ")} (default en)` },
    ndjson: { type: "boolean", help: "one JSON request per input line in, one decision (or error record) per line out" },
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
    const options = typeof flags["options"] === "string" ? await readJson(flags["options"], OPTIONS_INPUT) : undefined;
    if (flags["ndjson"] === true) return runNdjson(source, options);

    const result = safeEvaluateRefund(await readJson(source, REQUEST_INPUT), options);
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

/**
 * `--ndjson`: one request per line in, one record per line out, in input order: the decision,
 * or `{ line, error: { code, problems } }`. Each chunk of input is split and evaluated
 * synchronously and written with one call, waiting for the output to drain, so memory stays
 * flat however many lines flow through. Exits 2 if any line was refused.
 */
async function runNdjson(source: string, options: unknown): Promise<number> {
  let evaluate: (request: unknown, index: number) => BatchResult;
  try {
    evaluate = batchEvaluator(options === undefined ? {} : { options: options as RefundOptions });
  } catch (error) {
    if (isRefundPolicyError(error)) throw new CliFailure("invalid_options", error.problems);
    throw error;
  }
  let lineNumber = 0;
  let decided = 0;
  let refused = 0;

  const record = (text: string): string => {
    lineNumber++;
    if (text.trim() === "") return "";
    let request: unknown;
    try {
      request = JSON.parse(text);
    } catch {
      refused++;
      const problems = [{ path: "", code: "invalid_json", message: `line ${lineNumber} is not valid JSON` }];
      return `${JSON.stringify({ line: lineNumber, ...failureRecord(new CliFailure("invalid_json", problems)) })}\n`;
    }
    const result = evaluate(request, lineNumber - 1);
    if (result.ok) {
      decided++;
      return `${JSON.stringify(result.decision)}\n`;
    }
    refused++;
    return `${JSON.stringify({ line: lineNumber, ...failureRecord(new CliFailure("invalid_request", result.problems)) })}\n`;
  };

  const input = source === "-" ? process.stdin : createReadStream(source);
  input.setEncoding("utf8");
  const chunks = (input as AsyncIterable<string>)[Symbol.asyncIterator]();
  let pending = "";
  let first = true;
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await chunks.next();
    } catch (error) {
      throw unreadable(source, REQUEST_INPUT, error);
    }
    if (next.done === true) break;
    const text = pending + (first ? withoutBom(next.value) : next.value);
    first = false;
    let output = "";
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      output += record(text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end));
      start = end + 1;
    }
    pending = text.slice(start);
    if (output !== "" && !process.stdout.write(output)) await once(process.stdout, "drain");
  }
  if (pending !== "") process.stdout.write(record(pending));
  process.stderr.write(`${JSON.stringify({ summary: { decided, refused } })}\n`);
  return refused > 0 ? EXIT.refused : EXIT.decided;
}
