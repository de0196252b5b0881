/**
 * Temporary files of a run, and the end of a run by a signal: a run that is stopped (Ctrl-C,
 * `kill`, a closed terminal) removes its temporary files and exits with the conventional status,
 * 128 + the signal's number (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP). Every line written
 * is whole: output is handed to stdout a chunk of whole lines at a time, nothing more is handed on
 * once the signal came, and what was handed on is let drain before the exit.
 */
import { rmSync } from "node:fs";
import { constants } from "node:os";

const temporary = new Set<string>();
let stopping = false;

/**
 * Whether a signal is ending the run: nothing more is written after it.
 *
 * @example
 * ```ts
 * if (!isStopping()) process.stdout.write("{}\n");
 * ```
 */
export function isStopping(): boolean {
  return stopping;
}

/**
 * Notes a temporary file to remove if the run is stopped by a signal (or forgets it, once it is put in place).
 *
 * @example
 * ```ts
 * temporaryFile("details.ndjson.partial-4242", true);
 * ```
 */
export function temporaryFile(path: string, live: boolean): void {
  if (live) temporary.add(path);
  else temporary.delete(path);
}

/**
 * Ends the run on SIGINT, SIGTERM or SIGHUP: its temporary files removed, exit 128 + the signal's number.
 *
 * @example
 * ```ts
 * endOnSignals();
 * ```
 */
export function endOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const path of temporary) rmSync(path, { force: true });
      const status = 128 + constants.signals[signal];
      // Output already handed to stdout is whole lines: let it drain (a reader that is gone gets 2 s), then end.
      if (process.stdout.writableLength === 0) process.exit(status);
      process.stdout.once("drain", () => process.exit(status));
      setTimeout(() => process.exit(status), 2_000).unref();
    });
  }
}
