// The endpoints' answers are the library's (and the command line's) for the same input; options chosen at
// start apply to every request, a request's own only when the service was started to take them; a signing
// key signs decisions and checks signed ones.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateRefund, explain, settleRefund, verifyDecision, type SettlementInput } from "../../src/index.js";
import { de } from "../../src/locale/de.js";
import { example, post, serve, SLOW, stopAll, type Running } from "./harness.js";

const file = (name: string, content: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), "refund-policy-serve-")), name);
  writeFileSync(path, content);
  return path;
};
const MARKETPLACE = example("marketplace-refund.json");
const OPTIONS = JSON.parse(readFileSync("docs/examples/options.json", "utf8"));
const HALF_EVEN = { rounding: "half_even" } as const;
const decision = evaluateRefund({
  asOf: "2026-06-20",
  action: "migrate_to_on_premise",
  account: { id: "acct-42", currency: "EUR" },
  migration: { status: "completed", completedOn: "2026-06-15" },
  items: [{ id: "sub-1", type: "subscription", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "2388.00" } }],
});
const INPUT: SettlementInput = {
  decision,
  invoices: [{ id: "inv-1", number: "INV-2026-0001", issuedOn: "2026-01-01", itemIds: ["sub-1"], gross: "2388.00" }],
  payments: [
    { id: "ch_1", invoiceId: "inv-1", method: "card", amount: "2000.00", capturedAt: "2026-01-01T09:30:00Z" },
    { id: "ch_2", invoiceId: "inv-1", method: "card", amount: "388.00", capturedAt: "2026-03-01T10:00:00Z" },
  ],
};

let plain: Running;
let configured: Running;
let open: Running;
beforeAll(async () => {
  [plain, configured, open] = await Promise.all([
    serve(),
    serve(["--options", file("options.json", JSON.stringify(OPTIONS)), "--settle-options", file("settle.json", '{"order":"proportional"}'), "--signing-key-file", file("key", "s3cret\n")]),
    serve(["--allow-request-options"]),
  ]);
}, 60_000);
afterAll(stopAll);

describe("each endpoint answers as the library does", SLOW, () => {
  it("/v1/explain: explain's answer, in the language asked for (English by default); an unknown language is 422", async () => {
    const english = await post(`${plain.url}/v1/explain`, { decision });
    expect(english.status).toBe(200);
    expect(english.json()).toEqual(explain(decision));
    const german = await post(`${plain.url}/v1/explain`, { decision, locale: "de-AT" });
    expect(german.json()).toEqual(explain(decision, { locale: "de-AT", locales: [de] }));
    expect(german.json().text).toContain("Jänner");
    const klingon = await post(`${plain.url}/v1/explain`, { decision, locale: "tlh" });
    expect(klingon.status).toBe(422);
    expect(klingon.json().problems).toEqual([expect.objectContaining({ path: "locale", code: "unknown_value" })]);
  });

  it("/v1/explain: a body that is no decision is 422, its problems under decision", async () => {
    const result = await post(`${plain.url}/v1/explain`, { decision: { outcome: "refund" } });
    expect(result.status).toBe(422);
    expect(result.json().problems.every((p: { path: string }) => p.path.startsWith("decision"))).toBe(true);
  });

  it("/v1/settle: the plan settleRefund makes; a ledger that does not fit is 422 with every problem", async () => {
    const result = await post(`${plain.url}/v1/settle`, { input: INPUT });
    expect(result.status).toBe(200);
    expect(result.json()).toEqual(settleRefund(INPUT));
    const wrong = await post(`${plain.url}/v1/settle`, { input: { ...INPUT, payments: [{ ...INPUT.payments[0], invoiceId: "inv-9" }] } });
    expect(wrong.status).toBe(422);
    expect(wrong.json().problems).toEqual([expect.objectContaining({ path: "payments[0].invoiceId", code: "unknown_invoice" })]);
  });

  it("/v1/verify: { same: true } for a stored record decided the same today, every difference for one changed", async () => {
    const request = example("cancel.json");
    const stored = evaluateRefund(request);
    expect((await post(`${plain.url}/v1/verify`, { request, decision: stored })).json()).toEqual({ same: true });
    const changed = { ...stored, outcome: "refund" };
    const result = await post(`${plain.url}/v1/verify`, { request, decision: changed });
    expect(result.status).toBe(200);
    const { same, differences } = verifyDecision(request, changed as typeof stored);
    expect(result.json()).toEqual({ same, differences });
    expect(result.json().differences.map((d: { path: string }) => d.path)).toEqual(["outcome", "digests.decision"]);
  });

  it("/v1/verify: a request today's library refuses is { same: false, problems }; a record with no decision object is 422", async () => {
    const refused = await post(`${plain.url}/v1/verify`, { request: { asOf: "2026-02-30" }, decision });
    expect(refused.status).toBe(200);
    expect(refused.json()).toMatchObject({ same: false, problems: expect.arrayContaining([expect.objectContaining({ path: "asOf", code: "invalid_date" })]) });
    expect((await post(`${plain.url}/v1/verify`, { request: {}, decision: "stored" })).status).toBe(422);
  });

  it("/healthz answers { status: ok }, to GET and HEAD", async () => {
    const result = await fetch(`${plain.url}/healthz`);
    expect(await result.json()).toEqual({ status: "ok" });
    expect((await fetch(`${plain.url}/healthz`, { method: "HEAD" })).status).toBe(200);
  });
});

describe("options chosen at start apply to every request; a request's own only with --allow-request-options", SLOW, () => {
  it("--options decides every request under the file's options", async () => {
    const result = await post(`${configured.url}/v1/evaluate`, { request: MARKETPLACE });
    expect(result.json()).toEqual(evaluateRefund(MARKETPLACE, OPTIONS, { signingKey: "s3cret" }));
    expect(result.json().total.gross).toBe("38.00");
  });

  it("without --allow-request-options, a request's options that differ are 422 (options_not_accepted); the same options are welcome", async () => {
    const other = await post(`${configured.url}/v1/evaluate`, { request: MARKETPLACE, options: HALF_EVEN });
    expect(other.status).toBe(422);
    expect(other.json()).toMatchObject({ type: "urn:refund-policy:problem:options_not_accepted", problems: [{ path: "options", code: "not_accepted" }] });
    const same = await post(`${configured.url}/v1/evaluate`, { request: MARKETPLACE, options: OPTIONS });
    expect(same.status).toBe(200);
    expect((await post(`${plain.url}/v1/evaluate`, { request: MARKETPLACE, options: {} })).status).toBe(200);
    expect((await post(`${plain.url}/v1/evaluate`, { request: MARKETPLACE, options: null })).status).toBe(200);
    const settle = await post(`${configured.url}/v1/settle`, { input: INPUT, options: { order: "latest_first" } });
    expect(settle.status).toBe(422);
    expect(settle.json().type).toBe("urn:refund-policy:problem:options_not_accepted");
  });

  it("with --allow-request-options, each request is decided under its own options", async () => {
    const result = await post(`${open.url}/v1/evaluate`, { request: MARKETPLACE, options: OPTIONS });
    expect(result.json()).toEqual(evaluateRefund(MARKETPLACE, OPTIONS));
    expect((await post(`${open.url}/v1/evaluate`, { request: MARKETPLACE })).json()).toEqual(evaluateRefund(MARKETPLACE));
    const bad = await post(`${open.url}/v1/evaluate`, { request: MARKETPLACE, options: { rounding: "sideways" } });
    expect(bad.status).toBe(422);
    expect(bad.json().problems).toEqual([expect.objectContaining({ path: "options.rounding" })]);
    expect((await post(`${open.url}/v1/settle`, { input: INPUT, options: { order: "proportional" } })).json()).toEqual(settleRefund(INPUT, { order: "proportional" }));
  });

  it("a stored record's own options: a difference by default (as verify reports it), the options it is decided under when accepted", async () => {
    const request = example("cancel.json");
    const stored = evaluateRefund(request, HALF_EVEN);
    const strict = (await post(`${plain.url}/v1/verify`, { request, decision: stored, options: HALF_EVEN })).json();
    expect(strict.same).toBe(false);
    expect(strict.differences[0]).toEqual({ path: "options", stored: HALF_EVEN, now: {} });
    expect((await post(`${open.url}/v1/verify`, { request, decision: stored, options: HALF_EVEN })).json()).toEqual({ same: true });
  });

  it("--settle-options settles every input under the file's settlement options", async () => {
    const result = await post(`${configured.url}/v1/settle`, { input: INPUT });
    expect(result.json()).toEqual(settleRefund(INPUT, { order: "proportional" }));
    expect(result.json()).not.toEqual(settleRefund(INPUT));
  });
});

describe("--signing-key-file signs every decision and checks signed ones", SLOW, () => {
  it("signs decisions with the key (an HMAC-SHA256 digest), as evaluate --key-file does", async () => {
    const signed = (await post(`${configured.url}/v1/evaluate`, { request: MARKETPLACE })).json();
    expect(signed.digests.decision).toMatch(/^hmac-sha256:/);
    expect(signed).toEqual(evaluateRefund(MARKETPLACE, OPTIONS, { signingKey: "s3cret" }));
  });

  it("verifies and settles a signed decision only with the key", async () => {
    const signed = (await post(`${configured.url}/v1/evaluate`, { request: MARKETPLACE })).json();
    expect((await post(`${configured.url}/v1/verify`, { request: MARKETPLACE, decision: signed })).json()).toEqual({ same: true });
    const keyless = (await post(`${open.url}/v1/verify`, { request: MARKETPLACE, decision: signed, options: OPTIONS })).json();
    expect(keyless.same).toBe(false);
    expect(keyless.differences.map((d: { path: string }) => d.path)).toEqual(["digests.decision"]);

    const signedInput = { ...INPUT, decision: evaluateRefund({ ...example("cancel.json") }, {}, { signingKey: "s3cret" }), invoices: [], payments: [] };
    expect((await post(`${configured.url}/v1/settle`, { input: signedInput })).status).toBe(200);
    const unkeyed = await post(`${plain.url}/v1/settle`, { input: signedInput });
    expect(unkeyed.status).toBe(422);
    expect(unkeyed.json().problems).toEqual([expect.objectContaining({ path: "signingKey", code: "missing" })]);
  });
});
