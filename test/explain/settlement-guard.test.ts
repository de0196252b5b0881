// What explainSettlement refuses: anything that is not a settlement plan, with one RefundPolicyError naming every
// field of the plan, its steps and its credit notes that is missing or malformed, and what it must be.
import { describe, expect, it } from "vitest";
import { explainSettlement, settleRefund, type Problem } from "../../src/index.js";
import { contractInput } from "../settlement/fixtures.js";
import { problemsThrownBy } from "../helpers.js";

const refused = (value: unknown): Problem[] => problemsThrownBy(() => explainSettlement(value as never));

const plan = (): Record<string, any> => JSON.parse(JSON.stringify(settleRefund(contractInput())));
const missing = (path: string) => ({ path, code: "missing", message: "is required in a settlement plan" });
const wrong = (path: string, what: string) => ({ path, code: "wrong_type", message: `must be ${what}` });
const AMOUNT = 'must be a decimal string such as "12.30"';

describe("explainSettlement given something that is not a plan", () => {
  it("refuses a value that is no object, and names every missing top-level field", () => {
    expect(refused(null)).toEqual([{ path: "", code: "wrong_type", message: "must be a settlement plan (the object settleRefund returns)" }]);
    expect(refused({})).toEqual(["planId", "currency", "total", "decision", "steps", "creditNotes"].map(missing));
  });

  it("says what each top-level field must be", () => {
    const bad = { ...plan(), planId: 5, currency: "XXY", total: "1.2.3", decision: { asOf: "2026-02-30" } };
    expect(refused(bad)).toEqual([
      wrong("planId", "a string"),
      { path: "currency", code: "unknown_currency", message: '"XXY" is not a supported ISO 4217 currency' },
      { path: "total", code: "invalid_amount", message: AMOUNT },
      { path: "decision.asOf", code: "invalid_date", message: "must be a date (YYYY-MM-DD)" },
    ]);
    expect(refused({ ...plan(), decision: [], steps: {}, creditNotes: "x" })).toEqual([wrong("decision", "an object"), wrong("steps", "an array"), wrong("creditNotes", "an array")]);
  });

  it("checks each step by its own path, and a refund's payment", () => {
    const bad = { ...plan(), steps: [null, { type: "teleport" }, { type: "refund_payment", key: 1, invoiceId: 2 }] };
    expect(refused(bad)).toEqual([
      wrong("steps[0]", "an object"),
      { path: "steps[1].type", code: "unknown_value", message: "must be one of refund_payment, offset_invoice, account_credit, out_of_band" },
      missing("steps[1].amount"),
      missing("steps[1].key"),
      missing("steps[1].invoiceId"),
      missing("steps[2].amount"),
      wrong("steps[2].key", "a string"),
      wrong("steps[2].invoiceId", "a string"),
      missing("steps[2].paymentId"),
    ]);
  });

  it("checks each credit note and its total by its own path", () => {
    const bad = { ...plan(), creditNotes: [null, [], { id: 1, total: [] }, { id: "n", invoiceId: "i", invoiceNumber: "N", total: { tax: "x" } }] };
    expect(refused(bad)).toEqual([
      wrong("creditNotes[0]", "an object"),
      wrong("creditNotes[1]", "an object"),
      wrong("creditNotes[2].id", "a string"),
      missing("creditNotes[2].invoiceId"),
      missing("creditNotes[2].invoiceNumber"),
      missing("creditNotes[2].invoiceIssuedOn"),
      wrong("creditNotes[2].total", "an object"),
      missing("creditNotes[3].invoiceIssuedOn"),
      { path: "creditNotes[3].total.tax", code: "invalid_amount", message: AMOUNT },
      missing("creditNotes[3].total.gross"),
    ]);
  });

  it("explains a real plan, also one whose asOf is written as an instant", () => {
    const instant = plan();
    instant.decision.asOf = "2026-06-20T10:00:00Z";
    expect(explainSettlement(instant as never).text).toBe(explainSettlement(plan() as never).text);
  });
});
