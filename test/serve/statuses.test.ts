// Every status the service answers with, each from the spawned service as a client sees it: the status,
// `application/problem+json` (RFC 9457) with the library's problems, and the headers the status calls for.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { example, post, readToClose, serve, socketTo, SLOW, stopAll, type Running } from "./harness.js";

let service: Running;
beforeAll(async () => {
  service = await serve(["--body-limit", "4096", "--timeout", "1500", "--max-concurrent", "1"]);
}, 30_000);
afterAll(stopAll);

const problemOf = (result: { headers: Headers; json: () => any }) => {
  expect(result.headers.get("content-type")).toBe("application/problem+json");
  return result.json();
};

describe("the service answers each status a client must handle", SLOW, () => {
  it("200: the decision, byte for byte what `refund-policy evaluate` prints for the same request", async () => {
    const result = await post(`${service.url}/v1/evaluate`, { request: example("cancel.json") });
    expect(result.status).toBe(200);
    expect(result.headers.get("content-type")).toBe("application/json");
    const cli = spawnSync(process.execPath, ["dist/cli.js", "evaluate", "docs/examples/cancel.json"], { encoding: "utf8" });
    expect(result.text).toBe(cli.stdout);
    expect(result.json()).toEqual(evaluateRefund(example("cancel.json")));
  });

  it("400: a body that is not JSON, names a field twice, or is not UTF-8, read as strictly as the command line reads files", async () => {
    const bad = await post(`${service.url}/v1/evaluate`, '{"request": {');
    expect(bad.status).toBe(400);
    const body = problemOf(bad);
    expect(body).toMatchObject({ type: "urn:refund-policy:problem:invalid_json", title: "Not valid JSON", status: 400 });
    expect(body.problems).toEqual([{ path: "", code: "invalid_json", message: expect.stringMatching(/^the body is not valid JSON: /) }]);
    expect(body.detail).toBe(body.problems[0].message);

    const twice = await post(`${service.url}/v1/evaluate`, '{"request": {"asOf": "2026-06-01", "asOf": "2026-07-01"}}');
    expect(twice.status).toBe(400);
    expect(problemOf(twice).problems).toEqual([expect.objectContaining({ path: "request.asOf", code: "duplicate_key" })]);

    const latin1 = await post(`${service.url}/v1/evaluate`, Buffer.from('{"request": {"account": {"id": "M\xfcller"}}}', "latin1"));
    expect(latin1.status).toBe(400);
    expect(problemOf(latin1).problems).toEqual([expect.objectContaining({ path: "request.account.id", code: "invalid_utf8" })]);
  });

  it("400 and 431: a request Node's HTTP parser cannot read, or headers over its limit, get a problem too, and the connection closed", async () => {
    const garbage = await socketTo(service);
    const garbled = readToClose(garbage);
    garbage.write("HELLO /v1/evaluate\r\n\r\n");
    const text = await garbled;
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4))).toMatchObject({ type: "urn:refund-policy:problem:bad_request", status: 400 });

    const large = await socketTo(service);
    const overflowing = readToClose(large);
    large.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: ${"x".repeat(20_000)}\r\n\r\n`);
    const answer = await overflowing;
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toMatchObject({ type: "urn:refund-policy:problem:headers_too_large", status: 431 });
  });

  it("404: a path no endpoint has, the endpoints named", async () => {
    for (const path of ["/", "/v1/evaluate/", "/v2/evaluate"]) {
      const result = await fetch(`${service.url}${path}`);
      expect(result.status).toBe(404);
      const body = await result.json();
      expect(body).toMatchObject({ type: "urn:refund-policy:problem:not_found", status: 404 });
      expect(body.problems[0].message).toContain("/v1/evaluate");
    }
  });

  it("405: a method the endpoint does not answer, with the ones it does in Allow", async () => {
    const get = await fetch(`${service.url}/v1/evaluate`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect(await get.json()).toMatchObject({ type: "urn:refund-policy:problem:method_not_allowed", status: 405 });
    const postHealth = await post(`${service.url}/healthz`, {});
    expect(postHealth.status).toBe(405);
    expect(postHealth.headers.get("allow")).toBe("GET, HEAD");
  });

  it("408: a body that has not arrived whole within --timeout, and the connection is closed", async () => {
    const socket = await socketTo(service);
    const answer = readToClose(socket);
    socket.write("POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"request\":");
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toMatch(/\r\nconnection: close\r\n/i);
    expect(JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4))).toMatchObject({ type: "urn:refund-policy:problem:timeout", status: 408 });
  });

  it("413: a body over --body-limit, declared or streamed, and the connection is closed", async () => {
    const large = JSON.stringify({ request: { ...example("cancel.json"), padding: "x".repeat(5000) } });
    const declared = await post(`${service.url}/v1/evaluate`, large);
    expect(declared.status).toBe(413);
    expect(declared.headers.get("connection")).toBe("close");
    expect(problemOf(declared)).toMatchObject({ type: "urn:refund-policy:problem:too_large", status: 413, detail: "the body is larger than 4,096 bytes, the service's limit (--body-limit)" });

    // Chunked: no length is declared, the bytes pass the limit as they come.
    const socket = await socketTo(service);
    const answer = readToClose(socket);
    socket.write("POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (let i = 0; i < 5; i++) socket.write(`3e8\r\n${"x".repeat(1000)}\r\n`);
    expect(await answer).toMatch(/^HTTP\/1\.1 413 /);
  });

  it("415: a body that is not JSON by its Content-Type, not UTF-8 by its charset, or NDJSON where only evaluate streams", async () => {
    for (const [path, type] of [
      ["/v1/evaluate", "text/plain"],
      ["/v1/evaluate", "application/json; charset=iso-8859-1"],
      ["/v1/settle", "application/x-ndjson"],
    ] as const) {
      const result = await post(`${service.url}${path}`, { request: example("cancel.json") }, type);
      expect(result.status).toBe(415);
      expect(problemOf(result)).toMatchObject({ type: "urn:refund-policy:problem:unsupported_media_type", problems: [expect.objectContaining({ path: "content-type" })] });
    }
  });

  it("422: a request the library refuses, with every problem the command line lists for it", async () => {
    const result = await post(`${service.url}/v1/evaluate`, { request: example("invalid.json") });
    expect(result.status).toBe(422);
    const body = problemOf(result);
    const cli = spawnSync(process.execPath, ["dist/cli.js", "evaluate", "docs/examples/invalid.json"], { encoding: "utf8" });
    expect(body).toMatchObject({ type: "urn:refund-policy:problem:invalid_request", title: "Request refused", status: 422 });
    expect(body.problems).toEqual(JSON.parse(cli.stderr).error.problems);
    expect(body.problems.map((p: { path: string }) => p.path)).toEqual(["asOf", "migration", "items[0].period.end", "items[0].paid.net", "items[1].id", "items[1].paid.net"]);
  });

  it("422: a body that is not { request, options? }", async () => {
    const result = await post(`${service.url}/v1/evaluate`, { reqest: example("cancel.json") });
    expect(result.status).toBe(422);
    expect(problemOf(result).problems).toEqual([
      { path: "reqest", code: "unknown_field", message: 'is not a field of the body { "request", "options"? }' },
      { path: "request", code: "missing", message: 'is required: the body is { "request", "options"? }' },
    ]);
    expect((await post(`${service.url}/v1/evaluate`, [])).status).toBe(422);
  });

  it("503: one request more than --max-concurrent, with Retry-After; health still answers, and the next request is served", async () => {
    const socket = await socketTo(service);
    const slow = readToClose(socket);
    const body = JSON.stringify({ request: example("cancel.json") });
    socket.write(`POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const busy = await post(`${service.url}/v1/evaluate`, { request: example("cancel.json") });
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("1");
    expect(problemOf(busy)).toMatchObject({ type: "urn:refund-policy:problem:unavailable", status: 503 });
    // A refused request is not one in flight: the next is refused too while the slow one is still coming.
    expect((await post(`${service.url}/v1/evaluate`, { request: example("cancel.json") })).status).toBe(503);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    socket.write(body.slice(10));
    expect(await slow).toMatch(/^HTTP\/1\.1 200 /);
    expect((await post(`${service.url}/v1/evaluate`, { request: example("cancel.json") })).status).toBe(200);
  });
});
