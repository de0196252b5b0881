// What explain and explainProblems refuse: anything that is not a decision (or a list of problems), with one
// RefundPolicyError naming every field that is missing or of the wrong type, and what it must be.
import { describe, expect, it } from "vitest";
import { evaluateRefund, explain, explainProblems } from "../../src/index.js";
import { problemsThrownBy } from "../helpers.js";
import { contractRequest } from "../settlement/fixtures.js";

const decision = (): Record<string, any> => JSON.parse(JSON.stringify(evaluateRefund(contractRequest())));
const AMOUNT = 'must be a decimal string such as "12.30"';

describe("explain given something that is not a decision", () => {
  it("refuses no object at all: missing when absent, wrong_type otherwise", () => {
    expect(problemsThrownBy(() => explain(undefined as never))).toEqual([{ path: "decision", code: "missing", message: "must be a decision object, as evaluateRefund returns" }]);
    for (const value of [null, [], "decision", 5]) {
      expect(problemsThrownBy(() => explain(value as never))).toEqual([{ path: "decision", code: "wrong_type", message: "must be a decision object, as evaluateRefund returns" }]);
    }
  });

  it("names every top-level field that is missing or of the wrong type, and what it must be", () => {
    expect(problemsThrownBy(() => explain({} as never))).toEqual([
      { path: "decision.currency", code: "missing", message: "must be an ISO 4217 currency code" },
      { path: "decision.status", code: "missing", message: "must be a string" },
      { path: "decision.total", code: "missing", message: "must be an object { net, tax, gross }" },
      { path: "decision.lines", code: "missing", message: "must be an array" },
      { path: "decision.notices", code: "missing", message: "must be an array" },
      { path: "decision.effects", code: "missing", message: "must be an array" },
    ]);
    const wrong = { ...decision(), currency: "eur", status: 1, total: [], lines: {}, notices: "none", effects: null };
    expect(problemsThrownBy(() => explain(wrong as never))).toEqual([
      { path: "decision.currency", code: "wrong_type", message: "must be an ISO 4217 currency code" },
      { path: "decision.status", code: "wrong_type", message: "must be a string" },
      { path: "decision.total", code: "wrong_type", message: "must be an object { net, tax, gross }" },
      { path: "decision.lines", code: "wrong_type", message: "must be an array" },
      { path: "decision.notices", code: "wrong_type", message: "must be an array" },
      { path: "decision.effects", code: "wrong_type", message: "must be an array" },
    ]);
  });

  it("checks each total figure as a decimal string", () => {
    const d = decision();
    d.total = { net: "1.5.0", tax: 3, gross: "-1" };
    expect(problemsThrownBy(() => explain(d as never))).toEqual([
      { path: "decision.total.net", code: "wrong_type", message: AMOUNT },
      { path: "decision.total.tax", code: "wrong_type", message: AMOUNT },
      { path: "decision.total.gross", code: "wrong_type", message: AMOUNT },
    ]);
    d.total = { net: "0", tax: "10", gross: "10.00" };
    expect(() => explain(d as never)).not.toThrow();
    d.total = { net: "01", tax: "1.", gross: "10.00" };
    expect(problemsThrownBy(() => explain(d as never)).map((p) => p.path)).toEqual(["decision.total.net", "decision.total.tax"]);
  });

  it("checks every line, notice and effect by its own path", () => {
    const d = decision();
    d.lines = [null, { itemId: 1, refund: { net: "1.00", tax: "x" } }, { itemId: "a", type: "t", outcome: "o", refund: "none" }];
    d.notices = [[], { code: 5 }];
    d.effects = ["e", { type: 1, on: "2026-1-1" }, { on: "2026-01-01" }];
    expect(problemsThrownBy(() => explain(d as never))).toEqual([
      { path: "decision.lines[0]", code: "wrong_type", message: "must be an object" },
      { path: "decision.lines[1].itemId", code: "wrong_type", message: "must be a string" },
      { path: "decision.lines[1].type", code: "missing", message: "must be a string" },
      { path: "decision.lines[1].outcome", code: "missing", message: "must be a string" },
      { path: "decision.lines[1].refund.tax", code: "wrong_type", message: AMOUNT },
      { path: "decision.lines[1].refund.gross", code: "missing", message: AMOUNT },
      { path: "decision.lines[2].refund", code: "wrong_type", message: "must be an object { net, tax, gross, taxes }" },
      { path: "decision.notices[0]", code: "wrong_type", message: "must be an object" },
      { path: "decision.notices[1].code", code: "wrong_type", message: "must be a string" },
      { path: "decision.effects[0]", code: "wrong_type", message: "must be an object" },
      { path: "decision.effects[1].type", code: "wrong_type", message: "must be a string" },
      { path: "decision.effects[1].on", code: "wrong_type", message: "must be a date YYYY-MM-DD" },
      { path: "decision.effects[2].type", code: "missing", message: "must be a string" },
    ]);
  });

  it("explains a real decision, and one whose lists are empty", () => {
    expect(explain(decision() as never).text.length).toBeGreaterThan(0);
    expect(() => explain({ ...decision(), lines: [], notices: [], effects: [] } as never)).not.toThrow();
  });
});

describe("explainProblems given something that is not a list of problems", () => {
  it("refuses no array: missing when absent, wrong_type otherwise", () => {
    expect(problemsThrownBy(() => explainProblems(undefined as never))).toEqual([{ path: "problems", code: "missing", message: "must be an array of problems, as a RefundPolicyError carries" }]);
    expect(problemsThrownBy(() => explainProblems({} as never))).toEqual([{ path: "problems", code: "wrong_type", message: "must be an array of problems, as a RefundPolicyError carries" }]);
  });

  it("names each entry that is not a problem, and each of its fields", () => {
    expect(problemsThrownBy(() => explainProblems([null, { path: "a", code: 1 }, { path: "asOf", code: "missing", message: "is required" }] as never))).toEqual([
      { path: "problems[0]", code: "wrong_type", message: "must be an object { path, code, message }" },
      { path: "problems[1].code", code: "wrong_type", message: "must be a string" },
      { path: "problems[1].message", code: "missing", message: "must be a string" },
    ]);
    expect(() => explainProblems([{ path: "asOf", code: "missing", message: "is required" }])).not.toThrow();
  });
});
