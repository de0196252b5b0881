// --ndjson moves input and output between threads as bytes, in chunks of whole lines: whatever the
// characters and wherever a chunk ends, every line's record is the decision JSON.stringify writes.
import { describe, expect, it } from "vitest";
import { evaluateRefund, safeEvaluateRefund } from "../../src/index.js";
import { licenseKey, migrationRequest, subscription, tax } from "../../src/testing/index.js";
import { run, tempFile } from "./run.js";

// Non-ASCII ids (two-, three- and four-byte UTF-8), thousands of lines: several 512 kB chunks.
const lines = Array.from({ length: 2_400 }, (_, i) => {
  const net = `${1_000 + ((i * 7_919) % 90_000)}.${String(i % 100).padStart(2, "0")}`;
  const request = migrationRequest(
    { completedOn: "2026-06-15" },
    subscription({ id: `Zürich–東京–😀–${i}`, cycle: "year", start: "2026-01-01", end: "2027-01-01", net, taxes: [tax("VAT", "0.00")] }),
  );
  return JSON.stringify({ ...request, account: { id: `kunde-${"ä".repeat(i % 7)}-${i}`, currency: "EUR" } });
});
// One line longer than a chunk (6,000 license keys), in the middle of the input.
lines.splice(1_200, 0, JSON.stringify(migrationRequest({ completedOn: "2026-06-15" }, ...Array.from({ length: 6_000 }, (_, i) => licenseKey({ id: `schlüssel-${i}` })))));

const expected = lines.map((line) => {
  const result = safeEvaluateRefund(JSON.parse(line));
  return result.ok ? JSON.stringify(result.decision) : `refused: ${JSON.stringify(result.problems)}`;
});

describe("--ndjson over chunks of bytes", { timeout: 120_000 }, () => {
  it("writes each line's decision as JSON.stringify does, on one worker and on two, multi-byte characters and a line longer than a chunk included", () => {
    expect(lines[1_200]!.length).toBeGreaterThan(600_000);
    expect(expected.filter((line) => line.startsWith("refused"))).toEqual([]);
    // A byte-order mark before the first line, CRLF line ends.
    const file = tempFile("unicode.ndjson", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\r\n") + "\r\n")]));
    for (const workers of ["1", "2"]) {
      const result = run(["evaluate", file, "--ndjson", "--workers", workers]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(expected.map((line) => `${line}\n`).join(""));
    }
    expect(JSON.parse(expected[7]!).lines[0].itemId).toBe("Zürich–東京–😀–7");
    expect(evaluateRefund(JSON.parse(lines[1_200]!)).lines).toHaveLength(6_000);
  });
});
