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
  if (Array.isArray(value)) return `[${value.map((entry) => canonicalJson(entry ?? null)).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const fields = value as Record<string, unknown>;
    const keys = Object.keys(fields)
      .filter((key) => fields[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(fields[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
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
