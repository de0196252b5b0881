import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { jsonLines, run, SLOW, tempFile } from "./run.js";

const oneLine = (name: string) => JSON.stringify(JSON.parse(readFileSync(`docs/examples/${name}`, "utf8")));
const MIGRATION = oneLine("migration-final.json");
const CANCEL = oneLine("cancel.json");

describe("--ndjson: one record per line, in input order", SLOW, () => {
  it("exits 0 when every line was decided, with the decisions in order", () => {
    const result = run(["evaluate", "-", "--ndjson"], `${MIGRATION}\n${CANCEL}\n`);
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([evaluateRefund(JSON.parse(MIGRATION)), evaluateRefund(JSON.parse(CANCEL))]);
    expect(jsonLines(result.stderr)).toEqual([{ summary: { decided: 2, refused: 0 } }]);
  });

  it("exits 2 when any line was refused, and still decides every line it can", () => {
    const input = [MIGRATION, "{oops", "", '{"asOf":"2026-02-30"}', CANCEL].join("\n");
    const result = run(["evaluate", "-", "--ndjson"], input);
    expect(result.status).toBe(2);
    const records = jsonLines(result.stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual(evaluateRefund(JSON.parse(MIGRATION)));
    expect(records[1]).toEqual({ line: 2, error: { code: "invalid_json", problems: [{ path: "", code: "invalid_json", message: "line 2 is not valid JSON" }] } });
    expect(records[2]).toMatchObject({ line: 4, error: { code: "invalid_request", problems: expect.arrayContaining([expect.objectContaining({ path: "asOf", code: "invalid_date" })]) } });
    expect(records[3]).toEqual(evaluateRefund(JSON.parse(CANCEL)));
    expect(jsonLines(result.stderr)).toEqual([{ summary: { decided: 2, refused: 2 } }]);
  });

  it("exits 2 when the only line is refused", () => {
    expect(run(["evaluate", "-", "--ndjson"], "[]\n").status).toBe(2);
  });

  it("skips a byte-order mark at the start, and reads CRLF line ends", () => {
    const result = run(["evaluate", "-", "--ndjson"], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${MIGRATION}\r\n${CANCEL}\r\n`)]));
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(2);
  });

  it("reads a file too, with the options file applied to every line", () => {
    const options = tempFile("options.json", '{"unknownFields":"ignore"}');
    const withExtra = JSON.stringify({ ...JSON.parse(CANCEL), source: "billing-v2" });
    const result = run(["evaluate", tempFile("batch.ndjson", `${withExtra}\n${CANCEL}`), "--ndjson", "--options", options]);
    expect(result.status).toBe(0);
    const [first, second] = jsonLines(result.stdout) as { notices: { code: string; paths?: string[] }[] }[];
    expect(first!.notices.at(-1)).toEqual({ code: "request.fields-ignored", paths: ["source"] });
    expect(second!.notices.some((notice) => notice.code === "request.fields-ignored")).toBe(false);
  });

  it("refuses bad options before the first line: invalid_options, one JSON object, exit 2", () => {
    const result = run(["evaluate", "-", "--ndjson", "--options", tempFile("options.json", '{"rounding":"nearest"}')], `${CANCEL}\n`);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(jsonLines(result.stderr)).toEqual([
      { error: { code: "invalid_options", problems: [{ path: "options.rounding", code: "unknown_value", message: expect.stringContaining("must be one of"), expected: expect.stringContaining('"half_up"'), received: '"nearest"' }] } },
    ]);
  });

  it("a file that cannot be read: unreadable_input, exit 1", () => {
    const result = run(["evaluate", "no-such-file.ndjson", "--ndjson"]);
    expect(result.status).toBe(1);
    expect(jsonLines(result.stderr)).toEqual([{ error: { code: "unreadable_input", problems: [{ path: "", code: "unreadable", message: expect.stringContaining("no-such-file.ndjson") }] } }]);
  });
});
