import type { Mode } from "./report.js";

/** A flag of a command: a string that takes a value, or a boolean switch. */
export interface FlagSpec {
  readonly type: "string" | "boolean";
  /** The value's placeholder in the help (`<file>`), for string flags. */
  readonly placeholder?: string;
  readonly help: string;
}

/** What a command receives: its positionals by name, its flags, and the answer's mode. */
export interface CommandArgs {
  readonly positionals: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean | undefined>>;
  readonly mode: Mode;
}

/**
 * A subcommand: one entry of the table in `commands.ts`. It names its positionals and
 * flags (for parsing and the help), and runs to an exit status or throws a `CliFailure`.
 */
export interface Command {
  /** One line for `--help`. */
  readonly summary: string;
  /** Positional arguments, by the name the help shows (`request.json | -`). */
  readonly positionals: readonly string[];
  readonly flags: Readonly<Record<string, FlagSpec>>;
  /** The command stops itself on SIGTERM and SIGINT (`serve`: gracefully); the others end at once, exit 128 + the signal. */
  readonly ownSignals?: boolean;
  run(args: CommandArgs): Promise<number>;
}
