import { helpText, readCommandLine } from "./args.js";
import { COMMANDS } from "./commands.js";
import { endOnSignals } from "./cleanup.js";
import { CliFailure, EXIT, reportFailure, type Mode } from "./report.js";
// The package version, written in at build time (tsup `define`), never read from disk.
import { LIBRARY_VERSION as VERSION } from "../version.js";

/** Runs a command line to its exit status; every failure is reported in the mode's form. */
export async function main(argv: readonly string[]): Promise<number> {
  const { mode, read } = readCommandLine(argv, COMMANDS);
  watchOutput(mode);
  if (read instanceof CliFailure || read.command?.ownSignals !== true) endOnSignals();
  try {
    if (read instanceof CliFailure) throw read;
    if (read.flags["version"] === true) {
      process.stdout.write(`${VERSION}\n`);
      return EXIT.decided;
    }
    if (read.flags["help"] === true) {
      process.stdout.write(`${helpText(COMMANDS)}\n`);
      return EXIT.decided;
    }
    return await (read.command as NonNullable<typeof read.command>).run(read);
  } catch (error) {
    return fail(error, mode);
  }
}

function fail(error: unknown, mode: Mode): number {
  const failure =
    error instanceof CliFailure ? error : new CliFailure("internal", [{ path: "", code: "internal", message: error instanceof Error ? error.message : String(error) }]);
  reportFailure(failure, mode, (text) => process.stderr.write(text));
  return failure.exitStatus;
}

/**
 * A reader that stops reading (`refund-policy … | head -1`) ends the run quietly, exit 0: it has
 * what it asked for. Any other failure to write (a full disk) is `unwritable_output`, exit 1.
 */
function watchOutput(mode: Mode): void {
  // A stderr that cannot take the problems (a full disk, /dev/full) changes no exit status: the status says what it can.
  process.stderr.on("error", () => undefined);
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.decided);
    const failure = new CliFailure("unwritable_output", [{ path: "", code: "unwritable", message: `cannot write the output: ${error.message}` }]);
    reportFailure(failure, mode, (text) => process.stderr.write(text));
    process.exit(failure.exitStatus);
  });
}
