/**
 * `GET /v1/openapi.json`: an OpenAPI 3.1 document of the service, made at start from the JSON Schemas
 * the build writes (dist/schema/*.json, draft 2020-12, OpenAPI 3.1's own dialect): each schema and its
 * `$defs` are lifted into `components/schemas` and their `$ref`s rewritten, so the document states
 * exactly what the package's schemas state, and changes with them.
 */
import { readFileSync } from "node:fs";
import { LOCALES } from "../../explain/catalogs.js";
import { PROBLEM_KINDS } from "./problem.js";

/** The package's schemas, by file name, and the component each becomes. */
export const SCHEMA_FILES = {
  request: "RefundRequest",
  options: "RefundOptions",
  decision: "RefundDecision",
  "settlement-input": "SettlementInput",
  "settlement-options": "SettlementOptions",
  settlement: "SettlementPlan",
} as const;

type JsonObject = Record<string, unknown>;

/**
 * The schemas as the build wrote them, read from `dist/schema/` beside the command line's bundle.
 *
 * @example
 * ```ts
 * const schemas = readSchemas(new URL("./schema/", import.meta.url));
 * ```
 */
export function readSchemas(folder: URL): Record<keyof typeof SCHEMA_FILES, JsonObject> {
  const read = (name: string): JsonObject => JSON.parse(readFileSync(new URL(`${name}.json`, folder), "utf8")) as JsonObject;
  return Object.fromEntries(Object.keys(SCHEMA_FILES).map((name) => [name, read(name)])) as Record<keyof typeof SCHEMA_FILES, JsonObject>;
}

/** Every schema and its definitions in one `components/schemas`: a definition two schemas give alike is kept once, one they give differently is named for its schema. */
function components(schemas: Record<keyof typeof SCHEMA_FILES, JsonObject>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [file, component] of Object.entries(SCHEMA_FILES) as [keyof typeof SCHEMA_FILES, string][]) {
    const { $schema: _dialect, $defs = {}, ...root } = schemas[file] as JsonObject & { $defs?: Record<string, unknown> };
    const names = new Map<string, string>();
    for (const [name, definition] of Object.entries($defs)) {
      const text = JSON.stringify(definition);
      names.set(name, out[name] === undefined || JSON.stringify(out[name]) === text ? name : `${component}.${name}`);
    }
    const rewrite = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replace(/"#\/\$defs\/([^"]+)"/g, (_, name: string) => `"#/components/schemas/${names.get(name) ?? name}"`));
    for (const [name, definition] of Object.entries($defs)) out[names.get(name)!] = rewrite(definition);
    out[component] = rewrite(root);
  }
  return out;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ "application/json": { schema } });

/** The failures an endpoint may answer with, as `application/problem+json`. */
function failures(statuses: readonly number[]): Record<string, unknown> {
  const titles = new Map<number, string[]>();
  for (const { status, title } of Object.values(PROBLEM_KINDS)) titles.set(status, [...(titles.get(status) ?? []), title]);
  return Object.fromEntries(statuses.map((status) => [String(status), { description: titles.get(status)!.join("; "), content: { "application/problem+json": { schema: ref("Problem") } } }]));
}

const POST_FAILURES = [400, 408, 413, 415, 422, 500, 503] as const;

function post(summary: string, body: string, answer: unknown, description: string): unknown {
  return { post: { summary, description, requestBody: { required: true, content: json(ref(body)) }, responses: { "200": { description: "The answer", content: json(answer) }, ...failures(POST_FAILURES) } } };
}

/**
 * The OpenAPI 3.1 document of the service.
 *
 * @example
 * ```ts
 * openApiDocument(readSchemas(new URL("./schema/", import.meta.url)), "0.1.0").openapi; // "3.1.0"
 * ```
 */
export function openApiDocument(schemas: Record<keyof typeof SCHEMA_FILES, JsonObject>, version: string): JsonObject & { openapi: string } {
  const object = (properties: Record<string, unknown>, required: readonly string[]) => ({ type: "object", properties, required, additionalProperties: false });
  const problem = { type: "object", required: ["path", "code", "message"], properties: { path: { type: "string" }, code: { type: "string" }, message: { type: "string" }, expected: { type: "string" }, received: { type: "string" } } };
  const evaluate = post("Decide a refund request", "EvaluateBody", ref("RefundDecision"), "The decision, as `refund-policy evaluate` writes it. With `Content-Type: application/x-ndjson`, one EvaluateBody per line in, one decision or `{ line, error }` record per line out, streamed in order.") as { post: JsonObject };
  (evaluate.post["requestBody"] as { content: JsonObject }).content["application/x-ndjson"] = { schema: { type: "string", description: "One EvaluateBody JSON object per line" } };
  ((evaluate.post["responses"] as JsonObject)["200"] as { content: JsonObject }).content["application/x-ndjson"] = { schema: { type: "string", description: "One decision or error record per line, in input order" } };
  return {
    openapi: "3.1.0",
    info: { title: "refund-policy service", version, description: "Refund decisions, explanations, settlements and replays over HTTP (`refund-policy serve`)." },
    paths: {
      "/v1/evaluate": evaluate,
      "/v1/explain": post("Explain a decision in sentences", "ExplainBody", ref("Explanation"), "The decision in plain sentences, in the language asked for (English by default)."),
      "/v1/settle": post("Settle a final decision", "SettleBody", ref("SettlementPlan"), "The settlement plan, as `refund-policy settle` writes it."),
      "/v1/verify": post("Decide a stored request again", "VerifyBody", ref("Verification"), "Whether today's decision is the stored one, as `refund-policy verify` checks a record."),
      "/healthz": { get: { summary: "Liveness", responses: { "200": { description: "Serving", content: json(ref("Health")) }, "503": { description: "Stopping", content: json(ref("Health")) } } } },
      "/metrics": { get: { summary: "Prometheus metrics", responses: { "200": { description: "The text exposition format", content: { "text/plain": { schema: { type: "string" } } } } } } },
      "/v1/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1", content: json({ type: "object" }) } } } },
    },
    components: {
      schemas: {
        ...components(schemas),
        EvaluateBody: object({ request: ref("RefundRequest"), options: ref("RefundOptions") }, ["request"]),
        ExplainBody: object({ decision: ref("RefundDecision"), locale: { type: "string", description: `${["en (default)", ...LOCALES.map((locale) => locale.code)].join(", ")}, or a regional tag of one` } }, ["decision"]),
        SettleBody: object({ input: ref("SettlementInput"), options: ref("SettlementOptions") }, ["input"]),
        VerifyBody: object({ request: ref("RefundRequest"), decision: ref("RefundDecision"), options: ref("RefundOptions") }, ["request", "decision"]),
        Explanation: object(
          {
            locale: { type: "string" },
            summary: { type: "string" },
            lines: { type: "array", items: object({ itemId: { type: "string" }, text: { type: "string" } }, ["itemId", "text"]) },
            notices: { type: "array", items: { type: "string" } },
            effects: { type: "array", items: { type: "string" } },
            text: { type: "string" },
          },
          ["locale", "summary", "lines", "notices", "effects", "text"],
        ),
        Verification: {
          type: "object",
          required: ["same"],
          properties: {
            same: { type: "boolean" },
            differences: { type: "array", items: object({ path: { type: "string" }, stored: {}, now: {} }, ["path"]) },
            problems: { type: "array", items: problem },
          },
        },
        Problem: {
          type: "object",
          description: "RFC 9457 problem details, with the library's problems",
          required: ["type", "title", "status", "detail", "problems"],
          properties: { type: { type: "string", format: "uri" }, title: { type: "string" }, status: { type: "integer" }, detail: { type: "string" }, problems: { type: "array", items: problem } },
        },
        Health: object({ status: { type: "string", enum: ["ok", "stopping"] } }, ["status"]),
      },
    },
  };
}
