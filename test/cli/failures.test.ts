import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/explain/catalogs.js";
import { jsonLines, run, SLOW, tempFile } from "./run.js";

const CANCEL = readFileSync("docs/examples/cancel.json", "utf8");

/** The one JSON failure on stderr (exactly one line), with nothing on stdout. */
function failure(result: ReturnType<typeof run>) {
  expect(result.stdout).toBe("");
  const records = jsonLines(result.stderr);
  expect(records).toHaveLength(1);
  return records[0] as { error: { code: string; problems: { path: string; code: string; message: string }[] } };
}

describe("a failure in JSON mode (the default) is one JSON object on stderr", SLOW, () => {
  it("an invalid request: every problem, code invalid_request, exit 2", () => {
    const result = run(["evaluate", "docs/examples/invalid.json"]);
    expect(result.status).toBe(2);
    const { error } = failure(result);
    expect(error.code).toBe("invalid_request");
    expect(error.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      "asOf invalid_date",
      "migration missing",
      "items[0].period.end invalid_period",
      "items[0].paid.net too_many_decimals",
      "items[1].id duplicate_id",
      "items[1].paid.net wrong_type",
    ]);
  });

  it("a request file that cannot be read: unreadable_input, exit 1", () => {
    const result = run(["evaluate", "no-such-file.json"]);
    expect(result.status).toBe(1);
    const { error } = failure(result);
    expect(error.code).toBe("unreadable_input");
    expect(error.problems).toEqual([{ path: "", code: "unreadable", message: expect.stringContaining('cannot read the request file "no-such-file.json"') }]);
  });

  it("an options file that cannot be read: unreadable_input at path options, exit 1", () => {
    const result = run(["evaluate", "-", "--options", "no-such-options.json"], CANCEL);
    expect(result.status).toBe(1);
    expect(failure(result).error.problems[0]).toMatchObject({ path: "options", code: "unreadable" });
  });

  it("a request that is not JSON: invalid_json, exit 2", () => {
    const result = run(["evaluate", "-"], "{oops");
    expect(result.status).toBe(2);
    const { error } = failure(result);
    expect(error.code).toBe("invalid_json");
    expect(error.problems).toEqual([{ path: "", code: "invalid_json", message: expect.stringContaining("the request is not valid JSON") }]);
  });

  it("an options file that is not JSON: invalid_json at path options, exit 2", () => {
    const result = run(["evaluate", "-", "--options", tempFile("options.json", "rounding: down")], CANCEL);
    expect(result.status).toBe(2);
    expect(failure(result).error).toMatchObject({ code: "invalid_json", problems: [{ path: "options", code: "invalid_json" }] });
  });

  it("options that break the contract: their problems under options., exit 2", () => {
    const result = run(["evaluate", "-", "--options", tempFile("options.json", '{"rounding":"nearest","proration":{"unit":"week"}}')], CANCEL);
    expect(result.status).toBe(2);
    const { error } = failure(result);
    expect(error.code).toBe("invalid_request");
    expect(error.problems.map((p) => `${p.path} ${p.code}`)).toEqual(["options.rounding unknown_value", "options.proration.unit unknown_value"]);
  });

  it.each([
    [["evaluate", "x.json", "--bogus"], "--bogus", "unknown_flag"],
    [["evaluate", "x.json", "--locale", "xx"], "--locale", "unknown_value"],
    [["evaluate", "x.json", "--format", "xml"], "--format", "unknown_value"],
    [["judge", "x.json"], "judge", "unknown_command"],
    [["evaluate"], "", "missing"],
    [[], "", "missing"],
    [["evaluate", "a.json", "b.json"], "b.json", "unexpected_argument"],
    [["evaluate", "x.json", "--options"], "--options", "missing"],
    [["evaluate", "x.json", "--ndjson=yes"], "--ndjson", "unexpected_value"],
    // Flags that would change nothing: a language for JSON output, threads for a single request.
    [["evaluate", "x.json", "--locale", "de"], "--locale", "not_applicable"],
    [["evaluate", "x.json", "--workers", "2"], "--workers", "not_applicable"],
  ])("a wrong command line %j says so in one line, code usage, exit 2", (args, path, code) => {
    const result = run(args);
    expect(result.status).toBe(2);
    const { error } = failure(result);
    expect(error.code).toBe("usage");
    expect(error.problems[0]).toMatchObject({ path, code });
  });
});

describe("a failure in --format text is plain text on stderr", SLOW, () => {
  it("an invalid request lists every problem, one per line", () => {
    const result = run(["evaluate", "docs/examples/invalid.json", "--format", "text"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Invalid refund request \(6 problems\):\n/);
    expect(result.stderr).toContain("  items[0].paid.net  too_many_decimals  has 3 decimals; the currency allows 2\n");
    expect(result.stderr.endsWith("\n")).toBe(true);
  });

  it.each([
    [["evaluate", "x.json", "--bogus", "--format", "text"], 2, "refund-policy: unknown flag --bogus (refund-policy --help)\n"],
    [["evaluate", "x.json", "--format", "text", "--locale", "xx"], 2, `refund-policy: --locale must be one of ${["en", ...LOCALES.map((locale) => locale.code)].join(", ")} (or a regional tag of one), not "xx" (refund-policy --help)\n`],
    [["evaluate", "x.json", "--format", "text", "--ndjson"], 2, "refund-policy: --ndjson writes JSON records; --format text does not apply to it (refund-policy --help)\n"],
    [["evaluate", "x.json", "--format", "text", "--workers", "2"], 2, "refund-policy: --workers applies to --ndjson; a single request is decided in-process (refund-policy --help)\n"],
  ])("a usage error %j is one plain line", (args, status, stderr) => {
    const result = run(args);
    expect(result.status).toBe(status);
    expect(result.stderr).toBe(stderr);
  });

  it("an unreadable file and invalid JSON are one plain line each", () => {
    const missing = run(["evaluate", "no-such-file.json", "--format", "text"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^refund-policy: cannot read the request file "no-such-file.json": ENOENT[^\n]*\n$/);
    const broken = run(["evaluate", "-", "--format", "text"], "{oops");
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^refund-policy: the request is not valid JSON: [^\n]*\n$/);
  });
});
