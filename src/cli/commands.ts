import type { Command } from "./command.js";
import { compareCommand } from "./compare.js";
import { evaluateCommand } from "./evaluate.js";
import { verifyCommand } from "./verify.js";
import { settleCommand } from "./settle.js";
import { serveCommand } from "./serve.js";

/** The subcommands, by name: adding one (`compare`, `verify`) is one entry here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  evaluate: evaluateCommand,
  compare: compareCommand,
  verify: verifyCommand,
  settle: settleCommand,
  serve: serveCommand,
};
