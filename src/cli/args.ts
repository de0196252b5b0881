import { parseArgs } from "node:util";
import type { Command, FlagSpec } from "./command.js";
import { CliFailure, type CliProblem, type Mode } from "./report.js";

/** Flags every command takes. */
export const GLOBAL_FLAGS: Readonly<Record<string, FlagSpec & { short?: string }>> = {
  format: { type: "string", placeholder: "json|text", help: "json (default): JSON out, failures as one JSON object on stderr; text: plain sentences" },
  help: { type: "boolean", short: "h", help: "this help" },
  version: { type: "boolean", help: "the package version" },
};

/** A command line read: the command (absent for bare `--help` / `--version`), its positionals and flags. */
export interface CommandLine {
  readonly mode: Mode;
  readonly name: string | undefined;
  readonly command: Command | undefined;
  readonly positionals: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean | undefined>>;
}

/**
 * Reads argv against the command table. The mode comes first (a bad `--format` is reported
 * as JSON), then every usage problem is collected; they are thrown as one `usage` failure.
 */
export function readCommandLine(argv: readonly string[], commands: Readonly<Record<string, Command>>): { mode: Mode; read: CommandLine | CliFailure } {
  const specs: Record<string, FlagSpec & { short?: string }> = { ...GLOBAL_FLAGS };
  for (const command of Object.values(commands)) Object.assign(specs, command.flags);
  const config = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short }]),
  );
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true });
  const mode: Mode = values["format"] === "text" ? "text" : "json";
  const problems: CliProblem[] = [];
  const [name, ...rest] = positionals;
  const command = name === undefined ? undefined : Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;

  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const spec = specs[token.name];
    // A value given twice would be read as its last one, silently: refused instead.
    if (spec?.type === "string" && seen.has(token.name)) problems.push({ path: token.rawName, code: "repeated", message: `${token.rawName} is given more than once` });
    seen.add(token.name);
    const known = spec !== undefined && (Object.prototype.hasOwnProperty.call(GLOBAL_FLAGS, token.name) || command === undefined || token.name in command.flags);
    if (!known) {
      problems.push({ path: token.rawName, code: "unknown_flag", message: `unknown flag ${token.rawName}` });
    } else if (spec.type === "string" && token.value === undefined) {
      problems.push({ path: token.rawName, code: "missing", message: `${token.rawName} needs a value ${spec.placeholder ?? ""}`.trimEnd() });
    } else if (spec.type === "boolean" && token.value !== undefined) {
      problems.push({ path: token.rawName, code: "unexpected_value", message: `${token.rawName} takes no value` });
    }
  }
  if (typeof values["format"] === "string" && values["format"] !== "json" && values["format"] !== "text") {
    problems.push({ path: "--format", code: "unknown_value", message: `--format must be json or text, not "${values["format"]}"` });
  }
  const asksForHelp = values["help"] === true || values["version"] === true;
  if (name !== undefined && command === undefined) {
    problems.push({ path: name, code: "unknown_command", message: `unknown command "${name}"; the commands are ${Object.keys(commands).join(", ")}` });
  } else if (name === undefined && !asksForHelp) {
    problems.push({ path: "", code: "missing", message: `a command is needed: ${Object.keys(commands).join(", ")}` });
  } else if (command !== undefined && !asksForHelp) {
    if (rest.length < command.positionals.length) {
      problems.push({ path: "", code: "missing", message: `${name} needs ${command.positionals.slice(rest.length).map((p) => `<${p}>`).join(" ")}` });
    } else if (rest.length > command.positionals.length) {
      problems.push({ path: rest[command.positionals.length]!, code: "unexpected_argument", message: `unexpected argument "${rest[command.positionals.length]}"` });
    }
  }
  if (problems.length > 0) return { mode, read: new CliFailure("usage", problems) };
  return { mode, read: { mode, name, command, positionals: rest, flags: values } };
}

/** The help: usage, each command with its flags, the global flags and the exit statuses. */
export function helpText(commands: Readonly<Record<string, Command>>): string {
  const flag = ([name, spec]: [string, FlagSpec & { short?: string }]) =>
    `  ${`${spec.short === undefined ? "" : `-${spec.short}, `}--${name}${spec.placeholder === undefined ? "" : ` ${spec.placeholder}`}`.padEnd(24)} ${spec.help}`;
  const sections = Object.entries(commands).map(
    ([name, command]) =>
      `refund-policy ${name} ${command.positionals.map((p) => `<${p}>`).join(" ")} [flags]\n  ${command.summary}\n\n${Object.entries(command.flags).map(flag).join("\n")}`,
  );
  return `Usage:\n${sections.join("\n\n")}\n\nEvery command:\n${Object.entries(GLOBAL_FLAGS).map(flag).join("\n")}

Exit status: 0 every request decided; 1 the input cannot be read, or an internal error;
2 refused: an invalid request, options, JSON or command line (with --ndjson: any line refused).`;
}
