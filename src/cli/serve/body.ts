/**
 * A request body in: its content type checked (JSON, or NDJSON where the endpoint streams), its size
 * held to the limit while it arrives (413 before a byte past it is kept), and its text read as the
 * command line reads its files: strict UTF-8, strict JSON (no name twice in one object), a leading
 * byte-order mark dropped.
 */
import type { IncomingMessage } from "node:http";
import { withoutBom } from "../input.js";
import { decodeStrict, duplicateName, duplicateProblem } from "../strict-json.js";
import { HttpProblem, problem } from "./problem.js";

/** What a body is: one JSON value, or JSON values one per line. */
export type BodyKind = "json" | "ndjson";

const NDJSON_TYPES = new Set(["application/x-ndjson", "application/ndjson"]);

/**
 * The body's kind from its `Content-Type`: `application/json` (and NDJSON where `ndjson` is allowed),
 * UTF-8 or no charset; anything else is 415.
 *
 * @example
 * ```ts
 * bodyKind("application/json; charset=utf-8", false); // "json"
 * ```
 */
export function bodyKind(header: string | undefined, ndjson: boolean): BodyKind {
  const accepted = ndjson ? "application/json or application/x-ndjson" : "application/json";
  if (header === undefined || header.trim() === "") throw problem("unsupported_media_type", "content-type", "missing", `a body needs Content-Type ${accepted}`);
  const [type = "", ...parameters] = header.split(";").map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith("charset="))?.slice("charset=".length).replace(/^"|"$/g, "");
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    throw problem("unsupported_media_type", "content-type", "unknown_value", `the body must be UTF-8, not charset ${charset}`);
  }
  if (type === "application/json") return "json";
  if (ndjson && NDJSON_TYPES.has(type)) return "ndjson";
  throw problem("unsupported_media_type", "content-type", "unknown_value", `Content-Type must be ${accepted}, not "${type}"`);
}

/** The problem of a body over the limit. */
export function tooLarge(limit: number, what = "the body"): HttpProblem {
  return problem("too_large", "", "too_large", `${what} is larger than ${limit.toLocaleString("en")} bytes, the service's limit (--body-limit)`);
}

/**
 * The whole body, refused (413) as soon as its declared length or the bytes arrived pass `limit`. The
 * bytes that come after are read and dropped (not kept), so the 413 reaches a client still sending.
 *
 * @example
 * ```ts
 * const bytes = await readBody(request, 1_048_576);
 * ```
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers["content-length"]);
    let over = declared > limit;
    if (over) reject(tooLarge(limit));
    const chunks: Buffer[] = [];
    let length = 0;
    request.on("data", (chunk: Buffer) => {
      if (over) return;
      length += chunk.length;
      if (length > limit) {
        over = true;
        chunks.length = 0;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    request.once("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length)));
    request.once("error", reject);
    // A client gone before its body ended: nothing more will come (a settled promise ignores this).
    request.once("close", () => reject(new Error("the client closed the connection before its body ended")));
  });
}

/**
 * A body's bytes as a JSON value, strictly: not UTF-8, not JSON, or a name twice in one object is 400.
 *
 * @example
 * ```ts
 * parseBody(Buffer.from('{"request":{}}')); // { request: {} }
 * ```
 */
export function parseBody(bytes: Uint8Array): unknown {
  const decoded = decodeStrict(bytes, "the body");
  if (!decoded.ok) throw new HttpProblem("invalid_json", decoded.problems);
  const text = withoutBom(decoded.value);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw problem("invalid_json", "", "invalid_json", `the body is not valid JSON: ${(error as Error).message}`);
  }
  const duplicate = typeof value === "object" && value !== null ? duplicateName(text) : undefined;
  if (duplicate !== undefined) throw new HttpProblem("invalid_json", [duplicateProblem(duplicate, "the body")]);
  return value;
}

/**
 * The body's fields, when it is an object with only the fields named (`required` among them); else 422.
 *
 * @example
 * ```ts
 * envelope({ request: {} }, ["request"], ["options"]); // { request: {} }
 * ```
 */
export function envelope(body: unknown, required: readonly string[], optional: readonly string[]): Record<string, unknown> {
  const shape = `{ ${[...required.map((name) => `"${name}"`), ...optional.map((name) => `"${name}"?`)].join(", ")} }`;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw problem("invalid_request", "", "wrong_type", `the body must be a JSON object ${shape}`);
  }
  const fields = body as Record<string, unknown>;
  const problems = [
    ...Object.keys(fields)
      .filter((name) => !required.includes(name) && !optional.includes(name))
      .map((name) => ({ path: name, code: "unknown_field", message: `is not a field of the body ${shape}` })),
    ...required.filter((name) => fields[name] === undefined || fields[name] === null).map((name) => ({ path: name, code: "missing", message: `is required: the body is ${shape}` })),
  ];
  if (problems.length > 0) throw new HttpProblem("invalid_request", problems);
  return fields;
}
