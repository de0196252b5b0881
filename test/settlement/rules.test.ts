// Settlement behaviours a billing service relies on beyond the table: the same plan for the same ledger
// however it is spelled, keys safe for gateways, credit notes per tax and rate, and the digests.
import { describe, expect, it } from "vitest";
import { evaluateRefund, settleRefund, type RefundDecision } from "../../src/index.js";
import { canonicalJson, sha256Hex } from "../../src/settlement/digest.js";
import { contractDecision, contractInput } from "./fixtures.js";

type Json = Record<string, any>;
const base = (): Json => JSON.parse(JSON.stringify(contractInput()));
const options = { offset: "open_invoices" } as const;

describe("the same ledger, spelled differently", () => {
  it("gives the same plan for amounts with trailing zeros, one instant in two offsets or fractions, and a lower-case currency", () => {
    const plain = settleRefund(base() as never, options);
    const spelled = base();
    spelled.invoices[0].gross = "2841.7200";
    spelled.invoices[0].currency = "eur";
    spelled.payments[0].amount = "1000.000";
    spelled.payments[0].capturedAt = "2026-01-01T10:30:00.000+01:00";
    spelled.payments[1].capturedAt = "2026-01-02 09:30:00z";
    spelled.openInvoices[0].dueOn = "2026-05-01T00:00:00Z";
    expect(settleRefund(spelled as never, options)).toEqual(plain);
  });

  it("gives another plan id, and other keys, when anything that moves money differs", () => {
    const plan = settleRefund(base() as never, options);
    const changes: ((input: Json) => void)[] = [
      (input) => (input.payments[0].refunded = "0.01"),
      (input) => (input.payments[0].capturedAt = "2026-01-01T09:30:00.5Z"),
      (input) => (input.payments[0].refundableUntil = "2026-07-02"),
      (input) => (input.payments[0].refundable = false),
      (input) => (input.payments[0].method = "wallet"),
      (input) => (input.invoices[0].number = "INV-2026-0002"),
      (input) => (input.invoices[0].credited = "0.01"),
      (input) => (input.openInvoices[0].dueOn = "2026-05-02"),
    ];
    for (const change of changes) {
      const input = base();
      change(input);
      const other = settleRefund(input as never, options);
      expect(other.planId).not.toBe(plan.planId);
      expect(other.steps.map((s) => s.key)).not.toEqual(plan.steps.map((s) => s.key));
    }
    expect(settleRefund(base() as never, { ...options, order: "earliest_first" }).planId).not.toBe(plan.planId);
  });
});

describe("keys and ids", () => {
  it("keeps short plain ids in the keys and hashes the others into 24 characters, at most 64 in all", () => {
    const input = base();
    input.payments[1].id = "pi_3N9/£ a payment id with spaces";
    input.payments[0].id = "x".repeat(24);
    input.invoices[0].id = "inv_".repeat(10);
    for (const payment of input.payments) payment.invoiceId = input.invoices[0].id;
    const plan = settleRefund(input as never, { order: "earliest_first" });
    const [first, second] = plan.steps;
    expect(first!.key).toBe(`${plan.planId}-r-${"x".repeat(24)}`);
    expect(second!.key).toMatch(new RegExp(`^${plan.planId}-r-\\.[0-9a-f]{23}$`));
    expect(second!.key.endsWith(sha256Hex("pi_3N9/£ a payment id with spaces").slice(0, 23))).toBe(true);
    expect(plan.creditNotes[0]!.id).toBe(`${plan.planId}-n-.${sha256Hex("inv_".repeat(10)).slice(0, 23)}`);
    for (const key of plan.steps.map((s) => s.key)) expect(key.length).toBeLessThanOrEqual(64);
  });

  it("names each kind of step with its own letter, so an invoice's credit and its offset never share a key", () => {
    const input = base();
    input.openInvoices = [{ id: "inv-1", amount: "10.00", dueOn: "2026-05-01" }];
    input.payments = [];
    const plan = settleRefund(input as never, options);
    expect(plan.steps.map((s) => s.key.slice(plan.planId.length))).toEqual(["-o-inv-1", "-c-inv-1"]);
    const outOfBand = settleRefund(input as never, { ...options, remainder: "out_of_band" });
    expect(outOfBand.steps.map((s) => s.key.slice(outOfBand.planId.length))).toEqual(["-o-inv-1", "-b-inv-1"]);
  });
});

function decisionWith(items: Json[]): RefundDecision {
  return evaluateRefund({
    asOf: "2026-06-20", action: "migrate_to_on_premise", account: { currency: "EUR" },
    migration: { status: "completed", completedOn: "2026-06-15" },
    items: items.map((item) => ({ type: "subscription", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, ...item })),
  } as never);
}

describe("credit notes", () => {
  it("sums the lines' taxes per code and rate, with the nets of the lines carrying each as its base", () => {
    const decision = decisionWith([
      { id: "a", paid: { net: "1000.00", taxes: [{ code: "VAT", rate: "0.19", amount: "190.00" }, { code: "FEE", amount: "10.00", refundable: false }] } },
      { id: "b", paid: { net: "200.00", taxes: [{ code: "VAT", rate: "0.07", amount: "14.00" }] } },
      { id: "c", paid: { net: "300.00", taxes: [{ code: "VAT", rate: "0.190", amount: "57.00" }] } },
      { id: "d", paid: { net: "80.00", taxes: [{ code: "VAT", amount: "15.20" }] } },
      { id: "e", commercial: false, paid: { net: "50.00" } },
    ]);
    const plan = settleRefund({ decision, invoices: [{ id: "inv-1", number: "1", issuedOn: "2026-01-01", itemIds: ["e", "d", "c", "b", "a"] }], payments: [] });
    const [note] = plan.creditNotes;
    expect(note!.lines.map((line) => line.itemId)).toEqual(["a", "b", "c", "d"]);
    expect(note!.lines[0]!.taxes).toEqual([{ code: "VAT", rate: "0.19", amount: "95.00" }, { code: "FEE", amount: "0.00" }]);
    expect(note!.taxes).toEqual([
      { code: "VAT", rate: "0.19", base: "650.00", amount: "123.50" },
      { code: "FEE", base: "500.00", amount: "0.00" },
      { code: "VAT", rate: "0.07", base: "100.00", amount: "7.00" },
      { code: "VAT", base: "40.00", amount: "7.60" },
    ]);
    expect(note!.total).toEqual({ net: "790.00", tax: "138.10", gross: "928.10" });
    expect(plan.steps).toEqual([{ type: "account_credit", invoiceId: "inv-1", amount: "928.10", key: `${plan.planId}-c-inv-1` }]);
  });

  it("carries a line's label when the decision has one", () => {
    const decision = JSON.parse(JSON.stringify(contractDecision));
    decision.lines[0].label = "Professional, yearly";
    const plan = settleRefund({ ...contractInput(decision), openInvoices: [] });
    expect(plan.creditNotes[0]!.lines[0]).toEqual({
      itemId: "sub-1", clause: "migration.partial-refund", label: "Professional, yearly", net: "1194.00",
      taxes: [{ code: "DE-VAT", rate: "0.19", amount: "226.86" }], gross: "1420.86",
    });
  });

  it("leaves alone an invoice whose lines earn nothing and its payments, and items an invoice lists that the decision lacks", () => {
    const input = base();
    input.invoices.push({ id: "inv-0", number: "0", issuedOn: "2025-12-01", itemIds: ["key-1", "other"] });
    input.payments.push({ id: "ch_0", invoiceId: "inv-0", method: "card", amount: "1490.00", capturedAt: "2025-12-01" });
    input.invoices[0].itemIds.push("not-in-this-request");
    const plan = settleRefund(input as never);
    expect(plan.creditNotes.map((n) => n.invoiceId)).toEqual(["inv-1"]);
    expect(plan.steps.map((s) => s.type === "refund_payment" && s.paymentId)).toEqual(["ch_2"]);
  });

  it("issues nothing for a decision that earns nothing", () => {
    const input = base();
    const decision = evaluateRefund({ asOf: "2026-06-20", action: "refund", account: { currency: "JPY" }, items: [{ id: "key-1", type: "license_key", paid: { net: "1490" } }] } as never);
    const plan = settleRefund({ ...input, decision, invoices: [{ ...input.invoices[0], gross: "2842", credited: "0", itemIds: ["key-1"] }], payments: [], openInvoices: [] } as never);
    expect(plan).toMatchObject({ currency: "JPY", total: "0", steps: [], creditNotes: [] });
  });
});

describe("digests", () => {
  it("writes RFC 8785 canonical JSON: keys by UTF-16 code units, no spaces, undefined fields left out", () => {
    expect(canonicalJson({ b: [1, "x", null, undefined], a: { d: true, c: undefined }, "\u00e9": 1, "\ud83d\ude00": 2, "\uff41": 3 })).toBe(
      '{"a":{"d":true},"b":[1,"x",null,null],"é":1,"😀":2,"ａ":3}',
    );
    expect(canonicalJson("a\"b\n")).toBe('"a\\"b\\n"');
    expect(canonicalJson(undefined)).toBe("null");
  });

  it("hashes with SHA-256 (the FIPS 180-2 test vector) and names the decision by the hash of its canonical JSON", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const plan = settleRefund(contractInput());
    expect(plan.decision.digest).toBe(`sha256:${sha256Hex(canonicalJson(contractDecision))}`);
    const reordered = Object.fromEntries(Object.entries(contractDecision).reverse());
    expect(settleRefund(contractInput(reordered as never)).decision.digest).toBe(plan.decision.digest);
  });
});
