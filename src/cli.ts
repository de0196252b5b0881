/**
 * The command line: `refund-policy evaluate <request.json | -> [--options file] [--format json|text] [--locale tag] [--ndjson]`.
 * The only part of the package that reads files, stdin or argv.
 */
import { once } from "node:events";
import { createReadStream, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { batchEvaluator, type BatchResult } from "./engine/batch.js";
import { evaluateRefund } from "./engine/evaluate.js";
import { isRefundPolicyError, type Problem } from "./errors.js";
import { LOCALES } from "./explain/catalogs.js";
import { explain } from "./explain/explain.js";
import type { RefundOptions } from "./contract/options.js";
import type { RefundRequest } from "./contract/request.js";

const USAGE = `Usage: refund-policy evaluate <request.json | -> [options]

Evaluates a refund request under the Bitrix24 refund policy and prints the decision.

Options:
  --options <file>       JSON options (rounding, proration, MarketPlace terms)
  --format json|text     json (default): the decision; text: plain sentences
  --locale <tag>         language of --format text: en, de, es, pt-BR, fr, ru (default en)
  --ndjson               one JSON request per input line in, one decision (or error record) per line out
  -h, --help             this help

Exit status: 0 with a decision; 2 when the request (or the command line) is invalid, with every problem listed.`;

class UsageError extends Error {}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read the ${what} ${path === "-" ? "from stdin" : `file "${path}"`}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the ${what} is not valid JSON: ${(error as Error).message}`);
  }
}

function printProblems(problems: readonly Problem[], format: string): void {
  if (format === "json") {
    process.stderr.write(`${JSON.stringify({ error: { code: "invalid_request", problems } }, null, 2)}\n`);
    return;
  }
  process.stderr.write(`Invalid refund request (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n`);
  for (const problem of problems) process.stderr.write(`  ${problem.path || "(request)"}  ${problem.code}  ${problem.message}\n`);
}

/**
 * `--ndjson`: one request per line in, one decision (or error record) per line out, in order.
 * Each chunk of input is split and evaluated synchronously and written with one call, waiting
 * for the output to drain, so memory stays flat however many lines flow through.
 */
async function runNdjson(source: string, options: RefundOptions | undefined): Promise<void> {
  const evaluate = batchEvaluator(options === undefined ? {} : { options });
  const input = source === "-" ? process.stdin : createReadStream(source);
  input.setEncoding("utf8");
  let lineNumber = 0;
  let decisions = 0;
  let errors = 0;

  const record = (text: string): string => {
    lineNumber++;
    if (text.trim() === "") return "";
    let result: BatchResult;
    try {
      result = evaluate(JSON.parse(text), lineNumber - 1);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      result = { index: lineNumber - 1, ok: false, problems: [{ path: "", code: "invalid_json", message: `line ${lineNumber} is not valid JSON` }] };
    }
    if (result.ok) {
      decisions++;
      return `${JSON.stringify(result.decision)}\n`;
    }
    errors++;
    return `${JSON.stringify({ line: lineNumber, error: { code: "invalid_request", problems: result.problems } })}\n`;
  };

  let pending = "";
  for await (const chunk of input as AsyncIterable<string>) {
    const text = pending + chunk;
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
  process.stderr.write(`refund-policy: ${decisions} decisions, ${errors} invalid requests\n`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      options: { type: "string" },
      format: { type: "string", default: "json" },
      locale: { type: "string", default: "en" },
      ndjson: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, source, ...rest] = positionals;
  if (command !== "evaluate" || source === undefined || rest.length > 0) throw new UsageError("expected: refund-policy evaluate <request.json | ->");
  if (values.format !== "json" && values.format !== "text") throw new UsageError(`--format must be json or text, not "${values.format}"`);
  const options = values.options === undefined ? undefined : (readJson(values.options, "options") as RefundOptions);
  try {
    if (values.ndjson) {
      await runNdjson(source, options);
      return 0;
    }
    const decision = evaluateRefund(readJson(source, "request") as RefundRequest, options);
    const output = values.format === "text" ? explain(decision, { locale: values.locale, locales: LOCALES }).text : JSON.stringify(decision, null, 2);
    process.stdout.write(`${output}\n`);
    return 0;
  } catch (error) {
    if (!isRefundPolicyError(error)) throw error;
    printProblems(error.problems, values.format);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`refund-policy: ${(error as Error).message}\n${usage ? `\n${USAGE}\n` : ""}`);
    process.exitCode = usage ? 2 : 1;
  },
);
