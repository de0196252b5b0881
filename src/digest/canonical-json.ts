/**
 * RFC 8785 (JSON Canonicalization Scheme): one text for one JSON value, whatever the
 * order its keys came in, so a digest over it means the value, not its spelling.
 * @module
 */
import { RefundPolicyError } from "../errors.js";

/**
 * The RFC 8785 canonical JSON text of a JSON value: object keys sorted by their UTF-16
 * code units, no whitespace, numbers as ECMAScript writes them (`1e+21`, `0.000001`, `-0`
 * as `0`), strings with only `"`, `\` and control characters escaped. `undefined` fields
 * are absent (as in `JSON.stringify`); a lone UTF-16 surrogate, which RFC 8785 refuses, is
 * written escaped (`"\ud800"`), as `JSON.stringify` writes it. What JSON cannot hold (a function, a symbol, a
 * bigint, `NaN`, `Infinity`, `undefined` in an array, a cycle) is a
 * {@link RefundPolicyError}, never a guess.
 *
 * @example
 * ```ts
 * canonicalJson({ b: [1, "é"], a: 1e21 }); // '{"a":1e+21,"b":[1,"é"]}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return write(value, "", new Set(), false);
}

/**
 * The canonical JSON of a request as the library reads it: the same, but an object field
 * given `null` is absent (as everywhere in the contract), so `{"migration": null}` and a
 * request without `migration` are one request.
 *
 * @example
 * ```ts
 * canonicalRequestJson({ migration: null, asOf: "2026-06-20" }); // '{"asOf":"2026-06-20"}'
 * ```
 */
export function canonicalRequestJson(value: unknown): string {
  return write(value, "", new Set(), true);
}

function refuse(path: string, message: string): never {
  throw new RefundPolicyError([{ path, code: "wrong_type", message }]);
}

/** A string as JSON writes it; a lone UTF-16 surrogate (which RFC 8785 has no text for) is escaped, `\ud800`, so the text stays one per value. */
function text(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

/** What JSON escapes: a quote, a backslash, a control character; and a surrogate, to find a lone one. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function write(value: unknown, path: string, open: Set<object>, nullIsAbsent: boolean): string {
  switch (typeof value) {
    case "string":
      return text(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) refuse(path, `is ${String(value)}, which JSON has no number for`);
      return JSON.stringify(value);
    case "object": {
      if (value === null) return "null";
      if (open.has(value)) refuse(path, "contains itself");
      open.add(value);
      let out: string;
      if (Array.isArray(value)) {
        out = "[";
        for (let i = 0; i < value.length; i++) {
          const entry: unknown = value[i];
          if (entry === undefined) refuse(`${path}[${i}]`, "is undefined, which JSON has no value for");
          out += `${i === 0 ? "" : ","}${write(entry, `${path}[${i}]`, open, nullIsAbsent)}`;
        }
        out += "]";
      } else {
        out = "{";
        const fields = value as Record<string, unknown>;
        let first = true;
        for (const key of Object.keys(fields).sort()) {
          const field = fields[key];
          if (field === undefined || (nullIsAbsent && field === null)) continue;
          const at = path === "" ? key : `${path}.${key}`;
          out += `${first ? "" : ","}${text(key)}:${write(field, at, open, nullIsAbsent)}`;
          first = false;
        }
        out += "}";
      }
      open.delete(value);
      return out;
    }
    default:
      return refuse(path, `is a ${typeof value}, which JSON has no value for`);
  }
}
