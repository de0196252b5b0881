// GET /v1/openapi.json is a valid OpenAPI 3.1 document (checked by a maintained validator) that states what
// the service answers; GET /metrics counts what was answered, in the Prometheus text format.
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateRefund, settleRefund } from "../../src/index.js";
import { example, post, serve, SLOW, stopAll, type Running } from "./harness.js";

let service: Running;
beforeAll(async () => {
  service = await serve();
}, 30_000);
afterAll(stopAll);

const documentOf = async () => (await fetch(`${service.url}/v1/openapi.json`)).json();

/** A validator of one component of the document (its $refs resolved inside the document). */
function componentValidator(document: { components: unknown }, name: string) {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ $id: "https://refund-policy.invalid/openapi.json", components: document.components });
  return ajv.compile({ $ref: `https://refund-policy.invalid/openapi.json#/components/schemas/${name}` });
}

describe("GET /v1/openapi.json", SLOW, () => {
  it("is an OpenAPI 3.1 document a maintained validator accepts", async () => {
    const document = await documentOf();
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(document.info.version).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });

  it("names every endpoint, and every $ref in it resolves inside it", async () => {
    const document = await documentOf();
    expect(Object.keys(document.paths).sort()).toEqual(["/healthz", "/metrics", "/v1/evaluate", "/v1/explain", "/v1/openapi.json", "/v1/settle", "/v1/verify"]);
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs)) {
      const name = ref.slice('"$ref":"#/components/schemas/'.length, -1);
      expect(ref.startsWith('"$ref":"#/components/schemas/')).toBe(true);
      expect(document.components.schemas[name], ref).toBeDefined();
    }
  });

  it("carries the package's JSON Schemas: the service's answers and bodies validate against their components", async () => {
    const document = await documentOf();
    const request = example("marketplace-refund.json");
    const decision = (await post(`${service.url}/v1/evaluate`, { request })).json();
    expect(componentValidator(document, "RefundDecision")(decision)).toBe(true);
    expect(componentValidator(document, "EvaluateBody")({ request })).toBe(true);
    expect(componentValidator(document, "RefundDecision")({ ...decision, outcome: "maybe" })).toBe(false);
    const plan = settleRefund({ decision: evaluateRefund(example("cancel.json")), invoices: [], payments: [] });
    expect(componentValidator(document, "SettlementPlan")(plan)).toBe(true);
    const refused = (await post(`${service.url}/v1/evaluate`, { request: example("invalid.json") })).json();
    expect(componentValidator(document, "Problem")(refused)).toBe(true);
  });
});

/** A metric's value in the text format (0 when it has no such line). */
const valueOf = (text: string, series: string): number => {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
};

describe("GET /metrics", SLOW, () => {
  it("counts requests by route and status, refusals, NDJSON lines, and their latencies, in the Prometheus text format", async () => {
    const before = await (await fetch(`${service.url}/metrics`)).text();
    for (let i = 0; i < 3; i++) await post(`${service.url}/v1/evaluate`, { request: example("cancel.json") });
    await post(`${service.url}/v1/evaluate`, { request: example("invalid.json") });
    await fetch(`${service.url}/nowhere`);
    await post(`${service.url}/v1/evaluate`, `${JSON.stringify({ request: example("cancel.json") })}\n{}\n`, "application/x-ndjson");
    const response = await fetch(`${service.url}/metrics`);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = await response.text();
    const delta = (series: string) => valueOf(after, series) - valueOf(before, series);
    expect(delta('refund_policy_http_requests_total{route="/v1/evaluate",status="200"}')).toBe(4);
    expect(delta('refund_policy_http_requests_total{route="/v1/evaluate",status="422"}')).toBe(1);
    expect(delta('refund_policy_http_requests_total{route="unmatched",status="404"}')).toBe(1);
    expect(delta('refund_policy_refusals_total{route="/v1/evaluate"}')).toBe(2);
    expect(delta('refund_policy_ndjson_lines_total{outcome="decided"}')).toBe(1);
    expect(delta('refund_policy_ndjson_lines_total{outcome="refused"}')).toBe(1);
    expect(delta('refund_policy_http_request_duration_seconds_count{route="/v1/evaluate"}')).toBe(5);
    expect(valueOf(after, 'refund_policy_http_request_duration_seconds_bucket{le="+Inf",route="/v1/evaluate"}')).toBe(valueOf(after, 'refund_policy_http_request_duration_seconds_count{route="/v1/evaluate"}'));
    expect(after).toContain("# TYPE refund_policy_http_request_duration_seconds histogram");
    expect(valueOf(after, "process_resident_memory_bytes")).toBeGreaterThan(0);
  });
});
