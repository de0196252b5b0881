/**
 * `--key-file <file>`: the secret key that signs decisions (evaluate) and checks their
 * signatures (verify). A file, never an argument: a command line is visible to every user
 * of the machine (`ps`), a file's permissions are not.
 */
import { readFile } from "node:fs/promises";
import type { FlagSpec } from "./command.js";
import { CliFailure } from "./report.js";

/** The flag, as `evaluate` and `verify` declare it. */
export const KEY_FILE_FLAG: FlagSpec = {
  type: "string",
  placeholder: "<file>",
  help: "a file holding a secret key (its bytes, without a final newline): each decision's digest is an HMAC-SHA256 signature made (evaluate) or checked (verify) with it",
};

/**
 * The key's bytes from the file the flag names (`undefined` without the flag): an unreadable
 * file is `unreadable_input`, an empty one a usage error.
 *
 * @example
 * ```ts
 * await signingKeyFrom("/run/secrets/refund-signing-key"); // Uint8Array [ … ]
 * ```
 */
export async function signingKeyFrom(flag: string | boolean | undefined): Promise<Uint8Array | undefined> {
  if (typeof flag !== "string") return undefined;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(flag));
  } catch (error) {
    throw new CliFailure("unreadable_input", [{ path: "--key-file", code: "unreadable", message: `cannot read the key file "${flag}": ${(error as Error).message}` }]);
  }
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 10) end--;
  if (end > 0 && bytes[end - 1] === 13) end--;
  if (end === 0) throw new CliFailure("usage", [{ path: "--key-file", code: "missing", message: `the key file "${flag}" is empty` }]);
  return bytes.slice(0, end);
}
