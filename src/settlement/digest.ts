/**
 * The two hashing functions of a settlement: RFC 8785 canonical JSON and SHA-256 in hex.
 * Kept behind these two names so one shared digest module can take their place.
 * @module
 */
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/**
 * The RFC 8785 (JCS) canonical JSON of a JSON value: object keys sorted by UTF-16 code
 * units, no whitespace, strings and numbers as ECMAScript's `JSON.stringify` writes
 * them (which is what RFC 8785 prescribes). `undefined` object fields are left out,
 * as `JSON.stringify` does; a value JSON cannot hold (a non-finite number, a
 * function) is written as `JSON.stringify` would write it inside an array (`null`).
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: ["x", true] }); // '{"a":["x",true],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === "string") return text(value);
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let out = "";
    for (const entry of value) out += `${out === "" ? "" : ","}${canonicalJson(entry ?? null)}`;
    return `[${out}]`;
  }
  const fields = value as Record<string, unknown>;
  let out = "";
  for (const key of Object.keys(fields).sort()) {
    const field = fields[key];
    if (field !== undefined) out += `${out === "" ? "" : ","}${text(key)}:${canonicalJson(field)}`;
  }
  return `{${out}}`;
}

/** Characters a JSON string must escape (and lone surrogates, which `JSON.stringify` escapes too). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON: quoted as it is when nothing in it needs escaping (most ids, codes and amounts). */
function text(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

/**
 * The SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits.
 *
 * @example
 * ```ts
 * sha256Hex("abc"); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
