/** What the subcommands share: usage errors, reading JSON files, the --workers flag. */
import { readFileSync } from "node:fs";
import { defaultWorkers } from "./pool.js";

/**
 * A mistake on the command line: the CLI prints it with the usage and exits 2.
 *
 * @example
 * ```ts
 * throw new CliUsageError("--workers must be a whole number from 1 to 64");
 * ```
 */
export class CliUsageError extends Error {}

/**
 * Reads a JSON file (`-`: stdin), or throws a {@link CliUsageError} saying what is wrong.
 *
 * @example
 * ```ts
 * const options = readJsonFile("options.json", "options");
 * ```
 */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    throw new CliUsageError(`cannot read the ${what} ${path === "-" ? "from stdin" : `file "${path}"`}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(`the ${what} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * The `--workers` value: threads to use (default: one per core; 1 runs in-process).
 *
 * @example
 * ```ts
 * workerCount("2"); // 2
 * ```
 */
export function workerCount(value: string | undefined): number {
  if (value === undefined) return defaultWorkers();
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) throw new CliUsageError(`--workers must be a whole number from 1 to 64, not "${value}"`);
  return count;
}
