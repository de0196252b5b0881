/**
 * How the command line answers: exit statuses, and failures as ONE JSON object (default) or plain text
 * on stderr. Every output ends with a newline.
 */

/** The exit statuses, documented in the README's command-line section. */
export const EXIT = {
  /** Every request was decided (and `--help`, `--version`). */
  decided: 0,
  /** Could not run: the input cannot be read (missing file, permission, I/O), the output cannot be written, or an internal error. */
  failed: 1,
  /** Refused: an invalid request, options, JSON or command line; with `--ndjson`, any line refused. */
  refused: 2,
} as const;

/** What went wrong, as the `error.code` of the JSON answer. */
export type FailureCode = "invalid_request" | "invalid_options" | "invalid_json" | "unreadable_input" | "unwritable_output" | "usage" | "internal" | "cannot_listen";

/** One problem of a failure: the library's problem shape, with the command line's own codes too. */
export interface CliProblem {
  path: string;
  code: string;
  message: string;
}

/** A failure the command line reports and exits on. */
export class CliFailure extends Error {
  constructor(
    readonly code: FailureCode,
    readonly problems: readonly CliProblem[],
  ) {
    super(problems.map((problem) => problem.message).join("; "));
  }

  /** The exit status: I/O and internal failures are 1, everything refused is 2. */
  get exitStatus(): number {
    return this.code === "unreadable_input" || this.code === "unwritable_output" || this.code === "internal" || this.code === "cannot_listen" ? EXIT.failed : EXIT.refused;
  }
}

/** A usage failure with one problem. */
export function usage(path: string, code: string, message: string): CliFailure {
  return new CliFailure("usage", [{ path, code, message }]);
}

/** `json` (default) or `text`: the form of every answer, failures included. */
export type Mode = "json" | "text";

/** The JSON answer of a failure, one line: `{"error":{"code":…,"problems":[{path,code,message}]}}`. */
export function failureRecord(failure: CliFailure): { error: { code: FailureCode; problems: readonly CliProblem[] } } {
  return { error: { code: failure.code, problems: failure.problems } };
}

const HEADINGS: Record<FailureCode, string> = {
  invalid_request: "Invalid refund request",
  invalid_options: "Invalid options",
  invalid_json: "Not valid JSON",
  unreadable_input: "Cannot read the input",
  unwritable_output: "Cannot write the output",
  usage: "Usage error",
  internal: "Internal error",
  cannot_listen: "Cannot listen",
};

/** Writes a failure on stderr in the mode's form. */
export function reportFailure(failure: CliFailure, mode: Mode, write: (text: string) => void): void {
  if (mode === "json") {
    write(`${JSON.stringify(failureRecord(failure))}\n`);
    return;
  }
  const { problems } = failure;
  if (failure.code !== "invalid_request" && failure.code !== "invalid_options") {
    // Usage, JSON and I/O failures: one line, plain text.
    write(`refund-policy: ${failure.message}${failure.code === "usage" ? " (refund-policy --help)" : ""}\n`);
    return;
  }
  write(`${HEADINGS[failure.code]} (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n`);
  for (const problem of problems) write(`  ${problem.path || "(request)"}  ${problem.code}  ${problem.message}\n`);
}
