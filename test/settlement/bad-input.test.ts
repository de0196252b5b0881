// Bad settlement input: one RefundPolicyError listing every problem, each with its path, stable code and sentence.
import { describe, expect, it } from "vitest";
import { RefundPolicyError, safeSettleRefund, settleRefund } from "../../src/index.js";
import { contractDecision, editableInput as base, pathCodes as at, settlementProblems as problemsOf } from "./fixtures.js";

type Json = Record<string, any>;

describe("a settlement that breaks the contract", () => {
  it("throws one RefundPolicyError with every problem, and safeSettleRefund returns the same list", () => {
    const input = base();
    input.payments[0].amount = "12.345";
    input.payments[1].invoiceId = "inv-9";
    let thrown: unknown;
    try {
      settleRefund(input as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RefundPolicyError);
    expect((thrown as RefundPolicyError).problems).toEqual(problemsOf(input));
    expect(at(problemsOf(input))).toEqual(["payments[0].amount too_many_decimals", "payments[1].invoiceId unknown_invoice"]);
  });

  it("refuses an estimate (not_final): an estimate is never paid", () => {
    const input = base();
    input.decision.status = "estimate";
    expect(problemsOf(input)).toEqual([{ path: "decision.status", code: "not_final", message: expect.stringContaining("only a final decision is settled") }]);
  });

  it("refuses a line that earns money when no invoice lists its item, and an item on two invoices", () => {
    const input = base();
    input.invoices[0].itemIds = ["key-1"];
    input.invoices.push({ id: "inv-2", number: "INV-2", issuedOn: "2026-02-01", itemIds: ["key-1"] });
    expect(at(problemsOf(input))).toEqual(["invoices[1].itemIds[0] item_on_two_invoices", "decision.lines[0].itemId no_invoice"]);
  });

  it("refuses crediting an invoice past gross - credited (over_credit), saying how much is left", () => {
    const input = base();
    input.invoices[0].gross = "2000.00";
    input.invoices[0].credited = "600.00";
    expect(problemsOf(input)).toEqual([
      { path: "invoices[0]", code: "over_credit", message: "would be credited 1420.86, and only 1400.00 of its gross is left to credit", expected: "1400.00" },
    ]);
    input.invoices[0].credited = "2000.01";
    expect(at(problemsOf(input))).toEqual(["invoices[0].credited over_credit"]);
    input.invoices[0].credited = "579.14";
    expect(safeSettleRefund(input).ok).toBe(true);
  });

  it("refuses duplicate ids of invoices, payments, open invoices and decision lines", () => {
    const input = base();
    input.invoices.push({ ...input.invoices[0], itemIds: [] });
    input.payments[1].id = "ch_1";
    input.openInvoices.push({ id: "inv-7", amount: "1.00", dueOn: "2026-05-02" });
    input.decision.lines[1].itemId = "sub-1";
    expect(at(problemsOf(input))).toEqual([
      "decision.lines[1].itemId duplicate_id",
      "invoices[1].id duplicate_id",
      "payments[1].id duplicate_id",
      "openInvoices[1].id duplicate_id",
    ]);
  });

  it("refuses a currency that differs from the decision's, comparing codes case-insensitively", () => {
    const input = base();
    input.invoices[0].currency = "eur";
    input.payments[0].currency = "EUR";
    input.payments[1].currency = "USD";
    expect(problemsOf(input)).toEqual([{ path: "payments[1].currency", code: "currency_mismatch", message: 'is "USD"; every amount of a settlement is in the decision\'s currency, EUR' }]);
  });

  it("refuses a payment captured after the decision's asOf (reading 18), by the day written in the instant", () => {
    const input = base();
    input.payments[0].capturedAt = "2026-06-21";
    input.payments[1].capturedAt = "2026-06-20T23:59:59-12:00";
    expect(at(problemsOf(input))).toEqual(["payments[0].capturedAt captured_after_as_of"]);
  });

  it("refuses a payment refunded beyond its amount, and amounts with digits past the currency", () => {
    const input = base();
    input.payments[0].refunded = "1000.01";
    input.openInvoices[0].amount = "-1";
    expect(at(problemsOf(input))).toEqual(["payments[0].refunded refund_exceeds_paid", "openInvoices[0].amount invalid_amount"]);
  });

  it("refuses a decision whose figures were changed after it was made (decision_mismatch)", () => {
    const input = base();
    input.decision.lines[0].refund.gross = "1420.87";
    input.decision.total.gross = "1420.87";
    input.decision.lines[0].refund.taxes[0].amount = "226.85";
    expect(at(problemsOf(input))).toEqual(["decision.lines[0].refund.gross decision_mismatch", "decision.lines[0].refund.tax decision_mismatch"]);
    const other = base();
    other.decision.total.gross = "1.00";
    expect(at(problemsOf(other))).toEqual(["decision.total.gross decision_mismatch"]);
  });

  it("names every missing, mistyped or unknown field, and unknown options", () => {
    expect(at(problemsOf("x"))).toEqual(["input wrong_type"]);
    expect(at(problemsOf({ decision: contractDecision }, { order: "random", extra: 1 }))).toEqual([
      "options.extra unknown_field",
      "options.order unknown_value",
      "invoices missing",
      "payments missing",
    ]);
    expect(at(problemsOf({}, []))).toEqual(["options wrong_type", "decision missing", "invoices missing", "payments missing"]);
    const input = base();
    input.note = "x";
    input.invoices[0].due = "x";
    input.invoices[0].itemIds = ["sub-1", 7];
    input.payments[0].method = "cash";
    input.payments[0].refundable = "yes";
    input.payments[1].capturedAt = "2026-02-30";
    input.openInvoices = [null];
    input.decision.currency = "XXX";
    expect(at(problemsOf(input))).toEqual([
      "note unknown_field",
      "decision.currency unknown_currency",
      "invoices[0].due unknown_field",
      "invoices[0].itemIds[1] wrong_type",
      "payments[0].method unknown_value",
      "payments[0].refundable wrong_type",
      "payments[1].capturedAt invalid_date",
      "openInvoices[0] wrong_type",
    ]);
  });

  it("reads a decision's line that is not an object, or a tax that is not, as wrong_type", () => {
    const input = base();
    input.decision.lines[1] = 3;
    input.decision.lines[0].refund.taxes[0] = "VAT";
    expect(at(problemsOf(input))).toEqual(["decision.lines[0].refund.taxes[0] wrong_type", "decision.lines[1] wrong_type"]);
  });

  it("reads null optional fields as absent and null options as the defaults", () => {
    const input = base();
    Object.assign(input.invoices[0], { gross: null, credited: null, currency: null });
    Object.assign(input.payments[0], { refunded: null, refundableUntil: null, refundable: null, currency: null });
    input.openInvoices = null;
    const plan = settleRefund(input as never, null as never);
    expect(plan.steps.map((step) => step.type)).toEqual(["refund_payment"]);
    expect(settleRefund(input as never, { order: null, remainder: null, offset: null } as never)).toEqual(plan);
  });
});

describe("the sentences of a refused settlement", () => {
  it("says what is wrong with each field in plain words, in the order of the input", () => {
    const input = base();
    input.decision.status = "estimate";
    input.decision.lines[0].refund.gross = "1420.87";
    input.decision.lines[0].refund.taxes[0].amount = "1.00";
    input.decision.lines[1] = 3;
    input.invoices[0].itemIds = ["sub-1", 7];
    input.invoices[0].gross = "1.00";
    input.invoices[0].credited = "2.00";
    input.invoices[0].currency = "USD";
    input.invoices.push({ id: "inv-1", number: "X", issuedOn: "2026-01-01", itemIds: ["sub-1"] }, 5);
    input.payments[0].refunded = "5000.00";
    input.payments[0].capturedAt = "2026-07-01";
    input.payments[1].invoiceId = "nope";
    input.payments[1].id = "ch_1";
    input.payments.push("p");
    input.openInvoices.push(4);
    expect(problemsOf(input, {})).toEqual([
      { path: "decision.status", code: "not_final", message: 'is "estimate": only a final decision is settled; an estimate is never paid' },
      { path: "decision.lines[0].refund.gross", code: "decision_mismatch", message: "is not net + tax" },
      { path: "decision.lines[0].refund.tax", code: "decision_mismatch", message: "is not the sum of the line's taxes" },
      { path: "decision.lines[1]", code: "wrong_type", message: "each line must be an object" },
      { path: "invoices[2]", code: "wrong_type", message: "each entry of invoices must be an object" },
      { path: "invoices[0].itemIds[1]", code: "wrong_type", message: "must be an item id (a non-empty string)" },
      { path: "invoices[0].currency", code: "currency_mismatch", message: "is \"USD\"; every amount of a settlement is in the decision's currency, EUR" },
      { path: "invoices[0].credited", code: "over_credit", message: "is more than the invoice's gross" },
      { path: "invoices[1].id", code: "duplicate_id", message: '"inv-1" is used by another entry' },
      { path: "invoices[1].itemIds[0]", code: "item_on_two_invoices", message: '"sub-1" is billed on another invoice already; an item is on one invoice' },
      { path: "payments[2]", code: "wrong_type", message: "each entry of payments must be an object" },
      { path: "payments[0].capturedAt", code: "captured_after_as_of", message: "is after the decision's asOf: a payment not yet made cannot be refunded" },
      { path: "payments[0].refunded", code: "refund_exceeds_paid", message: "is more than the payment's amount" },
      { path: "payments[1].id", code: "duplicate_id", message: '"ch_1" is used by another entry' },
      { path: "payments[1].invoiceId", code: "unknown_invoice", message: '"nope" is not the id of one of the settlement\'s invoices' },
      { path: "openInvoices[1]", code: "wrong_type", message: "each entry of openInvoices must be an object" },
    ]);
  });

  it("names the line with no invoice and its amount, and the figures of a decision that does not add up", () => {
    const input = base();
    input.invoices[0].itemIds = [];
    expect(problemsOf(input)).toEqual([{ path: "decision.lines[0].itemId", code: "no_invoice", message: '"sub-1" refunds 1420.86, and no invoice lists it' }]);
    const other = base();
    other.decision.total.gross = "1.00";
    expect(problemsOf(other)).toEqual([{ path: "decision.total.gross", code: "decision_mismatch", message: "is 1.00, and the lines' gross amounts add up to another figure" }]);
    const unknown = base();
    unknown.decision.currency = "ZZZ";
    expect(problemsOf(unknown)).toEqual([{ path: "decision.currency", code: "unknown_currency", message: '"ZZZ" is not a supported ISO 4217 currency' }]);
    expect(problemsOf(null, 5)).toEqual([
      { path: "options", code: "wrong_type", message: "the settlement options must be a JSON object" },
      { path: "input", code: "wrong_type", message: "the settlement input must be a JSON object with decision, invoices and payments" },
    ]);
  });
});

describe("a decision that is not plain JSON", () => {
  it("is refused with one problem, never a TypeError or a stack overflow from hashing it", () => {
    const withBigInt = base();
    withBigInt.decision.extra = 1n;
    expect(problemsOf(withBigInt)).toEqual([{ path: "decision", code: "wrong_type", message: "must be plain JSON, as evaluateRefund returned it (no BigInt, no cycle)" }]);
    const cyclic = base();
    cyclic.decision.self = cyclic.decision;
    expect(at(problemsOf(cyclic))).toEqual(["decision wrong_type"]);
  });
});

describe("reading the decision and the ledger", () => {
  it("refuses a malformed decision field by field", () => {
    const input = base();
    Object.assign(input.decision, { status: "done", asOf: "2026-02-30", total: {} });
    input.decision.lines[0].itemId = "";
    input.decision.lines[0].clause = 5;
    input.decision.lines[0].label = "x".repeat(2_001);
    input.decision.lines[0].refund.taxes[0].rate = "19%";
    input.decision.lines[1].refund = "none";
    expect(at(problemsOf(input))).toEqual([
      "decision.status unknown_value",
      "decision.asOf invalid_date",
      "decision.total.gross missing",
      "decision.lines[0].itemId missing",
      "decision.lines[0].clause wrong_type",
      "decision.lines[0].label too_long",
      "decision.lines[0].refund.taxes[0].rate invalid_rate",
      "decision.lines[1].refund wrong_type",
    ]);
    const label = base();
    label.decision.lines[0].label = "x".repeat(2_000);
    delete label.decision.digests; // edited by hand: no longer the decision its digest names
    expect(settleRefund(label as never).creditNotes[0]!.lines[0]!.label).toHaveLength(2_000);
    expect(at(problemsOf({ decision: { lines: null }, invoices: [], payments: [] }))).toEqual([
      "decision.status missing", "decision.asOf missing", "decision.currency missing", "decision.total missing", "decision.lines missing",
    ]);
  });

  it("reads a decision's currency in any case and writes the plan's in capitals", () => {
    const input = base();
    input.decision.currency = "eur";
    delete input.decision.digests; // edited by hand: no longer the decision its digest names
    const plan = settleRefund(input as never);
    expect(plan.currency).toBe("EUR");
    expect(plan.creditNotes[0]!.currency).toBe("EUR");
    expect(plan.total).toBe("1420.86");
  });

  it("refuses unknown fields and malformed dates of payments and open invoices", () => {
    const input = base();
    input.payments[0].fee = "1.00";
    input.payments[0].refundableUntil = "2026-13-01";
    input.openInvoices[0].note = "x";
    delete input.openInvoices[0].dueOn;
    expect(at(problemsOf(input))).toEqual(["payments[0].fee unknown_field", "payments[0].refundableUntil invalid_date", "openInvoices[0].note unknown_field", "openInvoices[0].dueOn missing"]);
  });

  it("checks the ledger against the decision only when every field reads, but lists those checks together", () => {
    const unreadable = base();
    unreadable.payments[0].amount = "ten";
    unreadable.invoices[0].itemIds = [];
    expect(at(problemsOf(unreadable))).toEqual(["payments[0].amount invalid_amount"]);
    const together = base();
    together.decision.status = "estimate";
    together.invoices[0].itemIds = [];
    together.payments[0].capturedAt = "2026-06-21";
    expect(at(problemsOf(together))).toEqual(["decision.status not_final", "payments[0].capturedAt captured_after_as_of", "decision.lines[0].itemId no_invoice"]);
    const credited = base();
    credited.payments[1].currency = "usd";
    credited.invoices[0].gross = "1000.00";
    expect(at(problemsOf(credited))).toEqual(["payments[1].currency currency_mismatch", "invoices[0] over_credit"]);
  });
});

describe("a decision line with a figure missing", () => {
  it("is refused at that figure, never settled without the line", () => {
    for (const field of ["net", "tax", "gross"]) {
      const input = base();
      delete input.decision.lines[0].refund[field];
      expect(at(problemsOf(input)), field).toEqual([`decision.lines[0].refund.${field} missing`]);
    }
    for (const field of ["code", "amount"]) {
      const input = base();
      delete input.decision.lines[0].refund.taxes[0][field];
      expect(at(problemsOf(input)), field).toEqual([`decision.lines[0].refund.taxes[0].${field} missing`]);
    }
    const input = base();
    delete input.decision.lines[0].itemId;
    delete input.decision.lines[0].clause;
    delete input.decision.lines[0].refund;
    expect(at(problemsOf(input))).toEqual(["decision.lines[0].itemId missing", "decision.lines[0].clause missing", "decision.lines[0].refund missing"]);
  });
});
