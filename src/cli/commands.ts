import type { Command } from "./command.js";
import { evaluateCommand } from "./evaluate.js";

/** The subcommands, by name: adding one (`compare`, `verify`) is one entry here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  evaluate: evaluateCommand,
};
