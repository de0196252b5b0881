import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/explain/catalogs.js";
import { evaluateRefund } from "../../src/index.js";
import { jsonLines, run, SLOW, tempFile } from "./run.js";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const CANCEL = readFileSync("docs/examples/cancel.json", "utf8");

describe("the command line's own flags and inputs", SLOW, () => {
  it("--version prints the package version, written in at build time", () => {
    const result = run(["--version"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
    // Not read from disk at run time: the bundle holds the version itself.
    expect(readFileSync("dist/cli.js", "utf8")).not.toContain("package.json");
  });

  it("--help and -h print every command, flag and exit status, and exit 0", () => {
    for (const args of [["--help"], ["-h"], ["evaluate", "--help"]]) {
      const result = run(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("refund-policy evaluate <request.json | -> [flags]");
      for (const flag of ["--options <file>", "--locale <tag>", "--ndjson", "--format json|text", "--version"]) expect(result.stdout).toContain(flag);
      expect(result.stdout).toContain("Exit status: 0 every request decided; 1 the input cannot be read");
      expect(result.stdout.endsWith("\n")).toBe(true);
    }
  });

  it("skips a byte-order mark at the start of a request file, an options file, and stdin", () => {
    const bom = "\uFEFF";
    const file = run(["evaluate", tempFile("request.json", `${bom}${CANCEL}`), "--options", tempFile("options.json", `${bom}{"rounding":"down"}`)]);
    expect(file.status).toBe(0);
    expect(JSON.parse(file.stdout)).toEqual(evaluateRefund(JSON.parse(CANCEL), { rounding: "down" }));
    const stdin = run(["evaluate", "-"], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CANCEL)]));
    expect(stdin.status).toBe(0);
  });

  it("ends every output with a newline: the decision, its text, and the explanation in every locale", () => {
    expect(run(["evaluate", "docs/examples/cancel.json"]).stdout).toMatch(/\}\n$/);
    for (const locale of ["en", ...LOCALES.map((shipped) => shipped.code), "de-AT"]) {
      const text = run(["evaluate", "docs/examples/cancel.json", "--format", "text", "--locale", locale]);
      expect(text.status).toBe(0);
      expect(text.stdout).toMatch(/[^\n]\n$/);
    }
  });

  it("takes unknownFields from the options file", () => {
    const request = tempFile("request.json", JSON.stringify({ ...JSON.parse(CANCEL), source: "billing-v2" }));
    expect(jsonLines(run(["evaluate", request]).stderr)).toEqual([
      { error: { code: "invalid_request", problems: [{ path: "source", code: "unknown_field", message: "is not a field of the request" }] } },
    ]);
    const ignored = run(["evaluate", request, "--options", tempFile("options.json", '{"unknownFields":"ignore"}')]);
    expect(ignored.status).toBe(0);
    expect(JSON.parse(ignored.stdout).notices.at(-1)).toEqual({ code: "request.fields-ignored", paths: ["source"] });
  });

  it("reads a request with nulls, zeros past the minor unit and database-style instants", () => {
    const request = {
      asOf: "2026-06-20 08:00:00+02",
      action: "refund",
      account: { id: null, currency: "JPY", timeZone: "Europe/Berlin", status: null },
      items: [{ id: "key-1", type: "license_key", product: null, paid: { net: "1490.00", taxes: null }, refunded: null }],
    };
    const result = run(["evaluate", "-"], JSON.stringify(request));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ asOf: "2026-06-20", total: { net: "0", tax: "0", gross: "0" } });
  });
});
