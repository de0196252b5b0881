/**
 * The command line: `refund-policy <command> …` (see `refund-policy --help`). The only part of the
 * package that reads files, stdin or argv; the commands live in `src/cli/`, one table entry each.
 */
import { main } from "./cli/main.js";

main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
