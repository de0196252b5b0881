/**
 * The command line: `refund-policy evaluate <request.json | -> [--options file] [--format json|text] [--locale tag] [--ndjson]`.
 * The only part of the package that reads files, stdin or argv.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CliUsageError, workerCount } from "./cli/args.js";
import { runCompare } from "./cli/compare.js";
import { evaluateNdjson } from "./cli/ndjson.js";
import { runVerify } from "./cli/verify.js";
import { evaluateRefund } from "./engine/evaluate.js";
import { isRefundPolicyError, type Problem } from "./errors.js";
import { explain } from "./explain/explain.js";
import type { RefundOptions } from "./contract/options.js";
import type { RefundRequest } from "./contract/request.js";

const USAGE = `Usage: refund-policy evaluate <request.json | -> [options]
       refund-policy compare <requests.ndjson | -> [--options a.json] [--against b.json] (see compare --help)
       refund-policy verify <records.ndjson | -> (see verify --help)

Evaluates a refund request under the Bitrix24 refund policy and prints the decision.

Options:
  --options <file>       JSON options (rounding, proration, MarketPlace terms)
  --format json|text     json (default): the decision; text: plain sentences
  --locale <tag>         language of --format text: en, de, es, pt-BR, fr, ru (default en)
  --ndjson               one JSON request per input line in, one decision (or error record) per line out
  --workers <n>          with --ndjson: worker threads (default: one per core; 1 runs in-process)
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

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "compare") return runCompare(argv.slice(1));
  if (argv[0] === "verify") return runVerify(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      options: { type: "string" },
      format: { type: "string", default: "json" },
      locale: { type: "string", default: "en" },
      ndjson: { type: "boolean", default: false },
      workers: { type: "string" },
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
      await evaluateNdjson(source, options, workerCount(values.workers));
      return 0;
    }
    const decision = evaluateRefund(readJson(source, "request") as RefundRequest, options);
    const output = values.format === "text" ? explain(decision, { locale: values.locale }).text : JSON.stringify(decision, null, 2);
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
    const usage = error instanceof UsageError || error instanceof CliUsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`refund-policy: ${(error as Error).message}\n${usage ? `\n${USAGE}\n` : ""}`);
    process.exitCode = usage ? 2 : 1;
  },
);
