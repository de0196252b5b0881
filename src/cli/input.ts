import { readFile } from "node:fs/promises";
import { CliFailure } from "./report.js";
import { decodeStrict, duplicateName, duplicateProblem } from "./strict-json.js";

/** U+FEFF: a byte-order mark some Windows editors write at the start of a UTF-8 file. */
const BOM = 0xfeff;

/** `text` without a leading byte-order mark. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

/** What an input is, for messages and problem paths: the request (path `""`), or options (`options`, `against`). */
export interface InputKind {
  readonly what: string;
  readonly path: string;
  /** `what` names several things ("the options are"), not one ("the request is"). */
  readonly plural?: boolean;
}

export const REQUEST_INPUT: InputKind = { what: "request", path: "" };
/** The NDJSON inputs: one request per line (`--ndjson`, `compare`), one stored record per line (`verify`). */
export const REQUESTS_INPUT: InputKind = { what: "requests", path: "", plural: true };
export const RECORDS_INPUT: InputKind = { what: "records", path: "", plural: true };
export const OPTIONS_INPUT: InputKind = { what: "options", path: "options", plural: true };

/** Where an input comes from, in words. */
export function sourceName(source: string, kind: InputKind): string {
  return source === "-" ? `the ${kind.what} from stdin` : `the ${kind.what} file "${source}"`;
}

/**
 * A file's or stdin's text (`-`), without a byte-order mark; an I/O error is `unreadable_input`,
 * bytes that are not UTF-8 are `invalid_json` (problem `invalid_utf8`), never replaced by U+FFFD.
 */
export async function readText(source: string, kind: InputKind): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = source === "-" ? await readStdin() : await readFile(source);
  } catch (error) {
    throw unreadable(source, kind, error);
  }
  const text = decodeStrict(bytes, `the ${kind.what}`);
  if (!text.ok) throw new CliFailure("invalid_json", text.problems.map((problem) => ({ ...problem, path: prefixed(kind.path, problem.path) })));
  return withoutBom(text.value);
}

/** A problem's path inside an input that has a path of its own (`options`). */
function prefixed(base: string, path: string): string {
  return base === "" ? path : path === "" ? base : path.startsWith("[") ? `${base}${path}` : `${base}.${path}`;
}

/** The failure of an input that cannot be read. */
export function unreadable(source: string, kind: InputKind, error: unknown): CliFailure {
  const message = `cannot read ${sourceName(source, kind)}: ${(error as Error).message}`;
  return new CliFailure("unreadable_input", [{ path: kind.path, code: "unreadable", message }]);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** JSON text parsed strictly (no name twice in one object); anything else is `invalid_json`. */
export function parseJson(text: string, kind: InputKind): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = `the ${kind.what} ${kind.plural === true ? "are" : "is"} not valid JSON: ${(error as Error).message}`;
    throw new CliFailure("invalid_json", [{ path: kind.path, code: "invalid_json", message }]);
  }
  const duplicate = typeof value === "object" && value !== null ? duplicateName(text) : undefined;
  if (duplicate !== undefined) throw new CliFailure("invalid_json", [duplicateProblem(prefixed(kind.path, duplicate), `the ${kind.what}`)]);
  return value;
}

/** A JSON file (or stdin) read and parsed. */
export async function readJson(source: string, kind: InputKind): Promise<unknown> {
  return parseJson(await readText(source, kind), kind);
}
