// NDJSON bodies on /v1/evaluate: one { request, options? } per line in, one record per line out, in order,
// each answered as soon as its line has come (a client can hold one request open and talk line by line).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { example, post, serve, SLOW, stopAll, type Running } from "./harness.js";

let service: Running;
beforeAll(async () => {
  service = await serve(["--body-limit", "8192"]);
}, 30_000);
afterAll(stopAll);

const NDJSON = "application/x-ndjson";

describe("NDJSON on /v1/evaluate", SLOW, () => {
  it("answers each line with the record `evaluate --ndjson` writes for its request, in order", async () => {
    const requests = readFileSync("docs/examples/batch.ndjson", "utf8").replace(/\n$/, "").split("\n");
    // Each line wrapped as { "request": … }; a line that is not JSON (or blank) stays as it is.
    const wrapped = requests.map((line) => {
      if (line === "") return line;
      try {
        return JSON.stringify({ request: JSON.parse(line) });
      } catch {
        return line;
      }
    });
    const result = await post(`${service.url}/v1/evaluate`, `${wrapped.join("\n")}\n`, NDJSON);
    expect(result.status).toBe(200);
    expect(result.headers.get("content-type")).toBe(NDJSON);
    const cli = spawnSync(process.execPath, ["dist/cli.js", "evaluate", "docs/examples/batch.ndjson", "--ndjson", "--workers", "1"], { encoding: "utf8" });
    expect(result.text).toBe(cli.stdout);
    expect(requests).toContain("");
    expect(result.text.split("\n")).toHaveLength(requests.length);
  });

  it("gives a line that is not { request, options? } its own error record, and answers the lines after it", async () => {
    const cancel = JSON.stringify({ request: example("cancel.json") });
    const body = [cancel, "[]", JSON.stringify({ request: example("cancel.json"), extra: 1 }), "", JSON.stringify({ request: example("cancel.json"), options: { rounding: "half_even" } }), cancel].join("\r\n");
    const records = (await post(`${service.url}/v1/evaluate`, body, NDJSON)).text.trim().split("\n").map((line) => JSON.parse(line));
    expect(records.map((record) => record.line ?? "decision")).toEqual(["decision", 2, 3, 5, "decision"]);
    expect(records[1].error).toEqual({ code: "invalid_request", problems: [{ path: "", code: "wrong_type", message: 'line 2 must be a JSON object { "request", "options"? }' }] });
    expect(records[2].error.problems).toEqual([expect.objectContaining({ path: "extra", code: "unknown_field" })]);
    expect(records[3].error.problems).toEqual([expect.objectContaining({ path: "options", code: "not_accepted" })]);
  });

  it("refuses a line longer than --body-limit with a record of its own, however long the body", async () => {
    const cancel = JSON.stringify({ request: example("cancel.json") });
    const long = JSON.stringify({ request: { ...example("cancel.json"), note: "x".repeat(20_000) } });
    const body = `${cancel}\n${long}\n${cancel}\n${cancel}\n`.repeat(3);
    const records = (await post(`${service.url}/v1/evaluate`, body, NDJSON)).text.trim().split("\n").map((line) => JSON.parse(line));
    expect(records).toHaveLength(12);
    expect(records[1]).toEqual({ line: 2, error: { code: "invalid_request", problems: [{ path: "", code: "too_long", message: `line 2 has ${long.length.toLocaleString("en")} bytes; a line has at most 8,192 (--body-limit)` }] } });
    expect(records.filter((record) => record.line === undefined)).toHaveLength(9);
  });

  it("answers the same however the body's bytes are cut into reads (a line across reads, a read of many lines)", async () => {
    const lines = [JSON.stringify({ request: example("cancel.json") }), "{not json", JSON.stringify({ request: { ...example("cancel.json"), note: "é€😀".repeat(50) } }), "", "[]", JSON.stringify({ request: example("telephony-transfer.json") })];
    const body = Buffer.from(`${lines.join("\r\n")}\n`, "utf8");
    const whole = (await post(`${service.url}/v1/evaluate`, body.toString("utf8"), NDJSON)).text;
    expect(whole.trim().split("\n")).toHaveLength(5);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: body.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const pieces = [0, ...cuts.sort((a, b) => a - b), body.length].slice(1).map((end, i, ends) => body.subarray(i === 0 ? 0 : ends[i - 1], end));
        expect(await sendInPieces(`${service.url}/v1/evaluate`, pieces)).toBe(whole);
      }),
      { numRuns: 25 },
    );
  });

  it("writes each line's record as soon as the line has come, before the body ends", async () => {
    const line = `${JSON.stringify({ request: example("cancel.json") })}\n`;
    const received: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const request = httpRequest(`${service.url}/v1/evaluate`, { method: "POST", headers: { "content-type": NDJSON } }, (response) => {
        let buffered = "";
        response.setEncoding("utf8").on("data", (chunk: string) => {
          buffered += chunk;
          while (buffered.includes("\n")) {
            received.push(buffered.slice(0, buffered.indexOf("\n")));
            buffered = buffered.slice(buffered.indexOf("\n") + 1);
            // The next line is sent only once the answer to the last one has come back.
            if (received.length < 3) request.write(line);
            else request.end();
          }
        });
        response.on("end", resolve);
      });
      request.on("error", reject);
      request.write(line);
    });
    expect(received).toHaveLength(3);
    expect(received.every((record) => JSON.parse(record).outcome === "no_refund")).toBe(true);
  });
});

/** A chunked NDJSON body written piece by piece (each write its own read on the server, near enough); the answer's text. */
function sendInPieces(url: string, pieces: readonly Buffer[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: "POST", headers: { "content-type": NDJSON } }, (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve(text));
    });
    request.on("error", reject);
    request.setNoDelay(true);
    let next = 0;
    const write = (): void => {
      if (next === pieces.length) {
        request.end();
        return;
      }
      request.write(pieces[next++]);
      setImmediate(write);
    };
    write();
  });
}
