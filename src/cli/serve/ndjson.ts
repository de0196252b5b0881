/**
 * `POST /v1/evaluate` with an NDJSON body: one `{ "request", "options"? }` record per line in, one
 * record per line out, in order, each written as soon as the bytes of its line have come: the
 * decision (as `evaluate --ndjson` writes it), or `{ "line", "error": { "code", "problems" } }`.
 * Lines are taken as they arrive, so memory holds one read and one line, however long the body;
 * a line longer than the body limit is dropped as it streams past and gets its own error record.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { once } from "node:events";
import { decisionJson } from "../decision-json.js";
import { withoutBom } from "../input.js";
import type { CliProblem } from "../report.js";
import { decodeStrict, duplicateName, duplicateProblem } from "../strict-json.js";
import { HttpProblem } from "./problem.js";
import type { Service } from "./service.js";

/** What a streamed body came to: lines decided and refused. */
export interface StreamCounts {
  decided: number;
  refused: number;
}

const NEWLINE = 10;
const BLANK = /^[ \t\r]*$/;

/**
 * Answers an NDJSON body line by line; `onRead` is called at each read (the idle timeout's clock).
 *
 * @example
 * ```ts
 * const counts = await evaluateStream(request, response, service, 1_048_576, () => undefined);
 * ```
 */
export async function evaluateStream(request: IncomingMessage, response: ServerResponse, service: Service, lineLimit: number, onRead: () => void): Promise<StreamCounts> {
  const counts: StreamCounts = { decided: 0, refused: 0 };
  response.writeHead(200, { "content-type": "application/x-ndjson" });
  let lineNumber = 1;
  let pending: Buffer[] = [];
  let pendingLength = 0;
  // Bytes of a line over the limit dropped so far (`undefined`: none is being dropped).
  let dropped: number | undefined;

  const answer = (bytes: Uint8Array | undefined, size: number): string => {
    const line = lineNumber++;
    const record = bytes === undefined ? tooLong(line, size, lineLimit) : answerLine(bytes, line, service);
    if (record === undefined) return "";
    if (record.startsWith('{"line":')) counts.refused++;
    else counts.decided++;
    return `${record}\n`;
  };

  for await (const read of request as AsyncIterable<Buffer>) {
    onRead();
    let out = "";
    let start = 0;
    for (let end = read.indexOf(NEWLINE); end !== -1; end = read.indexOf(NEWLINE, start)) {
      const part = read.subarray(start, end);
      if (dropped !== undefined) out += answer(undefined, dropped + part.length);
      else if (pendingLength + part.length > lineLimit) out += answer(undefined, pendingLength + part.length);
      else out += answer(pendingLength === 0 ? part : Buffer.concat([...pending, part], pendingLength + part.length), 0);
      pending = [];
      pendingLength = 0;
      dropped = undefined;
      start = end + 1;
    }
    const rest = read.subarray(start);
    if (dropped !== undefined) dropped += rest.length;
    else if (pendingLength + rest.length > lineLimit) {
      dropped = pendingLength + rest.length;
      pending = [];
      pendingLength = 0;
    } else if (rest.length > 0) {
      pending.push(Buffer.from(rest));
      pendingLength += rest.length;
    }
    if (out !== "" && !response.write(out)) await once(response, "drain");
  }
  const last = dropped !== undefined ? answer(undefined, dropped) : pendingLength > 0 ? answer(Buffer.concat(pending, pendingLength), 0) : "";
  response.end(last);
  return counts;
}

/** One line's record: the decision's JSON, an error record, or `undefined` for a blank line. */
function answerLine(bytes: Uint8Array, line: number, service: Service): string | undefined {
  const decoded = decodeStrict(bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes, `line ${line}`);
  if (!decoded.ok) return errorRecord(line, decoded.problems, "invalid_json");
  const text = line === 1 ? withoutBom(decoded.value) : decoded.value;
  if (BLANK.test(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return errorRecord(line, [{ path: "", code: "invalid_json", message: `line ${line} is not valid JSON` }], "invalid_json");
  }
  const duplicate = typeof value === "object" && value !== null ? duplicateName(text) : undefined;
  if (duplicate !== undefined) return errorRecord(line, [duplicateProblem(duplicate, `line ${line}`)], "invalid_json");
  try {
    const fields = recordFields(value, line);
    const decided = service.decide(fields);
    return decided.ok ? decisionJson(decided.decision) : errorRecord(line, decided.problems);
  } catch (error) {
    if (error instanceof HttpProblem) return errorRecord(line, error.problems);
    const message = `line ${line} could not be processed: ${error instanceof Error ? error.message : String(error)}`;
    return errorRecord(line, [{ path: "", code: "internal", message }], "internal");
  }
}

/** A line's `{ request, options? }` fields; any other shape is the line's problem. */
function recordFields(value: unknown, line: number): Record<string, unknown> {
  const shape = 'a JSON object { "request", "options"? }';
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new HttpProblem("invalid_request", [{ path: "", code: "wrong_type", message: `line ${line} must be ${shape}` }]);
  const fields = value as Record<string, unknown>;
  const problems: CliProblem[] = Object.keys(fields)
    .filter((name) => name !== "request" && name !== "options")
    .map((name) => ({ path: name, code: "unknown_field", message: `is not a field of a line: each line is ${shape}` }));
  if (fields["request"] === undefined || fields["request"] === null) problems.push({ path: "request", code: "missing", message: `is required: each line is ${shape}` });
  if (problems.length > 0) throw new HttpProblem("invalid_request", problems);
  return fields;
}

function tooLong(line: number, bytes: number, limit: number): string {
  const message = `line ${line} has ${bytes.toLocaleString("en")} bytes; a line has at most ${limit.toLocaleString("en")} (--body-limit)`;
  return errorRecord(line, [{ path: "", code: "too_long", message }]);
}

/** The record of a line that gets no decision, as `evaluate --ndjson` writes it. */
function errorRecord(line: number, problems: readonly CliProblem[], code: "invalid_request" | "invalid_json" | "internal" = "invalid_request"): string {
  return JSON.stringify({ line, error: { code, problems } });
}
