import { describe, expect, it } from "vitest";
import { evaluateRefund, explainSettlement, settleRefund, type SettlementInput } from "../../src/index.js";
import { jsonLines, run, SLOW, tempFile } from "./run.js";

// The contract's ledger: one invoice, two card charges, an open invoice to offset.
const decision = evaluateRefund({
  asOf: "2026-06-20",
  action: "migrate_to_on_premise",
  account: { id: "acct-42", currency: "EUR" },
  migration: { status: "completed", completedOn: "2026-06-15" },
  items: [{ id: "sub-1", type: "subscription", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "2388.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "453.72" }] } }],
});
const INPUT: SettlementInput = {
  decision,
  invoices: [{ id: "inv-1", number: "INV-2026-0001", issuedOn: "2026-01-01", itemIds: ["sub-1"], gross: "2841.72" }],
  payments: [
    { id: "ch_1", invoiceId: "inv-1", method: "card", amount: "2000.00", capturedAt: "2026-01-01T09:30:00Z" },
    { id: "ch_2", invoiceId: "inv-1", method: "card", amount: "841.72", capturedAt: "2026-03-01T10:00:00Z" },
  ],
  openInvoices: [{ id: "inv-7", amount: "49.00", dueOn: "2026-05-01" }],
};
const ESTIMATE: SettlementInput = {
  ...INPUT,
  decision: evaluateRefund({
    asOf: "2026-06-10",
    action: "migrate_to_on_premise",
    account: { id: "acct-42", currency: "EUR" },
    migration: { status: "in_progress", expectedCompletionOn: "2026-06-15" },
    items: [{ id: "sub-1", type: "subscription", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "2388.00" } }],
  }),
};
const line = (value: unknown): string => JSON.stringify(value);

describe("refund-policy settle: one settlement input, its plan out", SLOW, () => {
  it("prints the plan settleRefund makes, from a file or stdin, and exits 0", () => {
    const fromFile = run(["settle", tempFile("input.json", line(INPUT))]);
    expect(fromFile.status).toBe(0);
    expect(JSON.parse(fromFile.stdout)).toEqual(settleRefund(INPUT));
    const fromStdin = run(["settle", "-"], line(INPUT));
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it("reads the settlement options from --options", () => {
    const options = { order: "proportional", offset: "open_invoices" } as const;
    const result = run(["settle", "-", "--options", tempFile("settle-options.json", line(options))], line(INPUT));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(settleRefund(INPUT, options));
  });

  it("--format text prints explainSettlement's sentences, with each payment's method, in the --locale asked", () => {
    const english = run(["settle", "-", "--format", "text"], line(INPUT));
    expect(english.status).toBe(0);
    expect(english.stdout).toBe(`${explainSettlement(settleRefund(INPUT), { payments: INPUT.payments }).text}\n`);
    expect(english.stdout).toContain("back to the card payment ch_2");
    const german = run(["settle", "-", "--format", "text", "--locale", "de"], line(INPUT));
    expect(german.stdout).toContain("zurück auf die Kartenzahlung ch_2");
  });

  it("refuses an estimate: invalid_request with the library's not_final problem, exit 2, nothing on stdout", () => {
    const result = run(["settle", "-"], line(ESTIMATE));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    const [failure] = jsonLines(result.stderr) as { error: { code: string; problems: { code: string }[] } }[];
    expect(failure!.error.code).toBe("invalid_request");
    expect(failure!.error.problems.map((problem) => problem.code)).toContain("not_final");
  });

  it("refuses bad options, JSON that is not JSON, and an input that cannot be read, as evaluate does", () => {
    const badOptions = run(["settle", "-", "--options", tempFile("o.json", '{"order":"random"}')], line(INPUT));
    expect(badOptions.status).toBe(2);
    expect(JSON.stringify(jsonLines(badOptions.stderr))).toContain("order");
    const notJson = run(["settle", "-"], "{oops");
    expect(notJson.status).toBe(2);
    expect(jsonLines(notJson.stderr)).toEqual([{ error: { code: "invalid_json", problems: [{ path: "", code: "invalid_json", message: expect.stringContaining("settlement input is not valid JSON") }] } }]);
    const missing = run(["settle", "no-such-input.json"]);
    expect(missing.status).toBe(1);
    expect(jsonLines(missing.stderr)).toEqual([{ error: { code: "unreadable_input", problems: [{ path: "", code: "unreadable", message: expect.stringContaining("no-such-input.json") }] } }]);
  });

  it("refuses flags that would change nothing: --locale without text, --workers without --ndjson, --ndjson with text", () => {
    for (const args of [["--locale", "de"], ["--workers", "2"], ["--ndjson", "--format", "text"]]) {
      const result = run(["settle", "-", ...args], line(INPUT));
      expect(result.status, args.join(" ")).toBe(2);
    }
  });

  it("is in --help, with its flags", () => {
    const help = run(["--help"]).stdout;
    expect(help).toContain("refund-policy settle <input.json | -> [flags]");
    expect(help).toContain("JSON settlement options");
  });
});

describe("refund-policy settle --ndjson: one plan (or error record) per line, in order, on every core", SLOW, () => {
  const inputs = Array.from({ length: 40 }, (_, n) => ({ ...INPUT, payments: INPUT.payments.map((payment) => ({ ...payment, refunded: `${n}.00` })) }));

  it("answers every line in input order, the same on two workers as in-process, and exits 0", () => {
    const text = inputs.map(line).join("\n");
    const two = run(["settle", "-", "--ndjson", "--workers", "2"], text);
    expect(two.status).toBe(0);
    expect(jsonLines(two.stdout)).toEqual(inputs.map((input) => settleRefund(input)));
    expect(jsonLines(two.stderr)).toEqual([{ summary: { settled: 40, refused: 0 } }]);
    expect(run(["settle", "-", "--ndjson", "--workers", "1"], text).stdout).toBe(two.stdout);
  });

  it("gives a refused line and a line that is not JSON their error records, goes on, and exits 2", () => {
    const result = run(["settle", "-", "--ndjson"], [line(INPUT), "{oops", "", line(ESTIMATE), line(INPUT)].join("\n"));
    expect(result.status).toBe(2);
    const records = jsonLines(result.stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual(settleRefund(INPUT));
    expect(records[1]).toEqual({ line: 2, error: { code: "invalid_json", problems: [{ path: "", code: "invalid_json", message: "line 2 is not valid JSON" }] } });
    expect(records[2]).toMatchObject({ line: 4, error: { code: "invalid_request", problems: expect.arrayContaining([expect.objectContaining({ code: "not_final" })]) } });
    expect(records[3]).toEqual(settleRefund(INPUT));
    expect(jsonLines(result.stderr)).toEqual([{ summary: { settled: 2, refused: 2 } }]);
  });

  it("applies the options file to every line, and refuses bad options before the first line", () => {
    const options = tempFile("settle-options.json", '{"order":"earliest_first"}');
    const result = run(["settle", "-", "--ndjson", "--options", options], `${line(INPUT)}\n`);
    expect(jsonLines(result.stdout)).toEqual([settleRefund(INPUT, { order: "earliest_first" })]);
    const bad = run(["settle", "-", "--ndjson", "--options", tempFile("bad.json", '{"order":"random"}')], `${line(INPUT)}\n`);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect((jsonLines(bad.stderr)[0] as { error: { code: string } }).error.code).toBe("invalid_options");
  });
});
