/**
 * Strict JSON on every way into the command line (RFC 8259 UTF-8, I-JSON's unique names, RFC 7493):
 * a text with a name twice in one object, or bytes that are not UTF-8, is refused with a problem at
 * its path, never read the way one parser or another happens to guess (`JSON.parse` keeps the last
 * duplicate, SQLite's `json_extract` the first).
 */
import type { CliProblem } from "./report.js";

/**
 * The problem of a name given twice.
 *
 * @example
 * ```ts
 * duplicateProblem("total", "line 3").code; // "duplicate_key"
 * ```
 */
export function duplicateProblem(path: string, what: string): CliProblem {
  return { path, code: "duplicate_key", message: `${what} gives this name twice in one object (JSON readers disagree on which one counts)` };
}

/** One open object or array of the scan: an object's names so far and the current one, an array's index. */
interface Open {
  names: Set<string> | undefined;
  name: string;
  index: number;
}

/**
 * The path of the first name given twice in one object of a valid JSON text, or `undefined`.
 * Linear: each character is looked at once, each name once (escaped names are decoded first,
 * so `"a"` and `"\u0061"` are one name).
 *
 * @example
 * ```ts
 * duplicateName('{"items":[{"id":"a","id":"b"}]}'); // "items[0].id"
 * ```
 */
export function duplicateName(text: string): string | undefined {
  const { stack, stopped } = scan(text, (top, raw) => {
    const name = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
    top.name = name;
    if (top.names!.has(name)) return true;
    top.names!.add(name);
    return false;
  });
  return stopped ? pathOf(stack) : undefined;
}

/**
 * One pass over a JSON text (or a prefix of one), keeping the open objects and arrays: `onName` sees each
 * object member's name as written (escapes not decoded) and may stop the scan by returning true.
 */
function scan(text: string, onName: (top: Open, raw: string) => boolean): { stack: Open[]; stopped: boolean } {
  const stack: Open[] = [];
  let expectingName = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectingName && top !== undefined && top.names !== undefined) {
        if (onName(top, text.slice(i + 1, end))) return { stack, stopped: true };
        expectingName = false;
      }
      i = end;
    } else if (c === 123) {
      stack.push({ names: new Set(), name: "", index: 0 });
      expectingName = true;
    } else if (c === 91) {
      stack.push({ names: undefined, name: "", index: 0 });
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44) {
      const top = stack[stack.length - 1];
      if (top?.names === undefined) {
        if (top !== undefined) top.index++;
      } else expectingName = true;
    }
  }
  return { stack, stopped: false };
}

/** The index of the quote that closes the string opening at `start` (the text's length if none does). */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    if (end === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/** `items[0].paid.net`, the library's own form of a path. */
function pathOf(stack: readonly Open[]): string {
  let path = "";
  for (const open of stack) {
    if (open.names === undefined) path += `[${open.index}]`;
    else path += path === "" ? open.name : `.${open.name}`;
  }
  return path;
}

/**
 * The offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing past U+10FFFF), or -1.
 *
 * @example
 * ```ts
 * invalidUtf8At(new Uint8Array([0x22, 0xff, 0x22])); // 1
 * ```
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    if (length === 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * UTF-8 bytes as text, or the problem of the first byte that is not UTF-8, at the JSON path where
 * it stands (the path of the string it is in, as far as the text before it tells).
 *
 * @example
 * ```ts
 * decodeStrict(new TextEncoder().encode('{"id":"a"}'), "the request"); // { ok: true, value: '{"id":"a"}' }
 * ```
 */
export function decodeStrict(bytes: Uint8Array, what: string): { ok: true; value: string } | { ok: false; problems: CliProblem[] } {
  try {
    return { ok: true, value: fatal.decode(bytes) };
  } catch {
    const at = Math.max(0, invalidUtf8At(bytes));
    const before = lenient.decode(bytes.subarray(0, at));
    return { ok: false, problems: [{ path: pathBefore(before), code: "invalid_utf8", message: `${what} is not UTF-8: byte ${at + 1} (0x${bytes[at]?.toString(16).padStart(2, "0")}) starts no character` }] };
  }
}

/** The path of the value a JSON text stops in: the scan of {@link duplicateName}, to the end of a prefix. */
function pathBefore(prefix: string): string {
  return pathOf(
    scan(prefix, (top, raw) => {
      top.name = raw;
      return false;
    }).stack,
  );
}
