// Each required field of a settlement's input, left out alone, is exactly one problem at its own path: never a
// second problem it causes, never a TypeError, never a plan settled without it. And what optional fields mean.
import { describe, expect, it } from "vitest";
import { evaluateRefund, settleRefund } from "../../src/index.js";
import { contractInput, contractRequest, editableInput as base, pathCodes as at, settlementProblems as problemsOf } from "./fixtures.js";

type Json = Record<string, any>;
const unsigned = (): Json => {
  const input = base();
  delete input.decision.digests; // edited by hand below: named by the SHA-256 of its JSON
  return input;
};

/** Deletes the field at a dotted path such as `payments.0.amount`. */
function without(input: Json, path: string): Json {
  const keys = path.split(".");
  const last = keys.pop() as string;
  delete keys.reduce((node, key) => node[key], input)[last];
  return input;
}

describe("a required field left out alone", () => {
  const required: [string, string][] = [
    ["decision.status", "decision.status"],
    ["decision.asOf", "decision.asOf"],
    ["decision.currency", "decision.currency"],
    ["decision.total", "decision.total"],
    ["decision.total.gross", "decision.total.gross"],
    ["decision.lines", "decision.lines"],
    ["decision.lines.0.itemId", "decision.lines[0].itemId"],
    ["decision.lines.0.clause", "decision.lines[0].clause"],
    ["decision.lines.0.refund", "decision.lines[0].refund"],
    ["invoices.0.number", "invoices[0].number"],
    ["invoices.0.issuedOn", "invoices[0].issuedOn"],
    ["invoices.0.itemIds", "invoices[0].itemIds"],
    ["payments.0.id", "payments[0].id"],
    ["payments.0.invoiceId", "payments[0].invoiceId"],
    ["payments.0.method", "payments[0].method"],
    ["payments.0.amount", "payments[0].amount"],
    ["payments.0.capturedAt", "payments[0].capturedAt"],
    ["openInvoices.0.id", "openInvoices[0].id"],
    ["openInvoices.0.amount", "openInvoices[0].amount"],
    ["openInvoices.0.dueOn", "openInvoices[0].dueOn"],
  ];
  for (const [field, path] of required) {
    it(`${path} is one problem, "missing", at ${path}`, () => {
      expect(at(problemsOf(without(unsigned(), field)))).toEqual([`${path} missing`]);
    });
  }
});

describe("an invoice without its id", () => {
  it("is refused there, and its payments name an invoice the settlement does not have", () => {
    expect(at(problemsOf(without(unsigned(), "invoices.0.id")))).toEqual(["invoices[0].id missing", "payments[0].invoiceId unknown_invoice", "payments[1].invoiceId unknown_invoice"]);
  });
});

describe("fields that may be left out", () => {
  it("an invoice without gross is never over-credited, whatever it says it credited", () => {
    const input = without(unsigned(), "invoices.0.gross");
    input.invoices[0].credited = "99999.00";
    expect(settleRefund(input as never).total).toBe("1420.86");
  });

  it("a decision line without taxes has none, and its tax must then be zero", () => {
    const input = unsigned();
    delete input.decision.lines[0].refund.taxes;
    expect(at(problemsOf(input))).toEqual(["decision.lines[0].refund.tax decision_mismatch"]);
  });

  it("invoices and payments that name the decision's currency in any case are settled", () => {
    const input = unsigned();
    input.invoices[0].currency = "eur";
    for (const payment of input.payments) payment.currency = "Eur";
    expect(settleRefund(input as never).total).toBe("1420.86");
  });

  it("no options are the defaults written out: the same plan and planId", () => {
    const input = base();
    expect(settleRefund(input as never, { order: "latest_first", remainder: "account_credit", offset: "none" } as never)).toEqual(settleRefund(input as never));
    expect(settleRefund(input as never, { remainder: "out_of_band" } as never).planId).not.toBe(settleRefund(input as never).planId);
    expect(settleRefund(input as never, { offset: "open_invoices" } as never).planId).not.toBe(settleRefund(input as never).planId);
  });

  it("a payment's refundable-until day and an invoice's item order are part of the planId only by value", () => {
    const input = base();
    const reordered = base();
    reordered.invoices[0].itemIds.reverse();
    expect(settleRefund(reordered as never).planId).toBe(settleRefund(input as never).planId);
    const later = base();
    later.payments[0].refundableUntil = "2026-07-02";
    expect(settleRefund(later as never).planId).not.toBe(settleRefund(input as never).planId);
  });
});

describe("the digest a decision carries", () => {
  it("that is no string is refused at decision.digests.decision", () => {
    const input = base();
    input.decision.digests.decision = 5;
    expect(problemsOf(input)).toEqual([{ path: "decision.digests.decision", code: "wrong_type", message: "must be the digest evaluateRefund wrote (a string)" }]);
  });

  it("null digests are no digests: the decision is named by the SHA-256 of its JSON", () => {
    const input = base();
    input.decision.digests = null;
    expect(settleRefund(input as never).decision.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("a signed decision without its key, or a changed one, is refused with a sentence that says why", () => {
    const signed = contractInput(evaluateRefund(contractRequest(), undefined, { signingKey: "k" }));
    const [missing] = problemsOf(signed);
    expect(missing).toMatchObject({ path: "signingKey", code: "missing" });
    expect(missing!.message).toMatch(/signed/);
    const changed = base();
    changed.decision.asOf = "2026-06-21";
    const [mismatch] = problemsOf(changed);
    expect(mismatch).toEqual({ path: "decision.digests.decision", code: "decision_mismatch", message: "does not match the decision's fields: the decision was changed after it was made" });
  });
});

describe("ids", () => {
  it("a second decision line for the same item is refused with the item's id in the sentence", () => {
    const input = unsigned();
    input.decision.lines.push(JSON.parse(JSON.stringify(input.decision.lines[0])));
    const duplicate = problemsOf(input).find((p) => p.code === "duplicate_id");
    expect(duplicate).toMatchObject({ path: `decision.lines[${input.decision.lines.length - 1}].itemId` });
    expect(duplicate!.message).toContain('"sub-1"');
  });

  it("an unknown top-level field is refused with a sentence", () => {
    const input = base();
    input.extra = 1;
    const [problem] = problemsOf(input);
    expect(problem).toMatchObject({ path: "extra", code: "unknown_field" });
    expect(problem!.message.length).toBeGreaterThan(5);
  });
});
