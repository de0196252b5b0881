// The published schemas agree with the library both ways on the fields issue 23 found loose: a value the
// schema accepts is refused by the library only for a documented cross-field or calendar rule, and a value
// the library accepts is never refused by the schema.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explain, explainProblems, isRefundPolicyError, safeEvaluateRefund } from "../../src/index.js";
import { licenseKey, request, tax } from "../../src/testing/index.js";
import { validateOptions, validateRequest, verdict } from "../schema/schemas.js";

/** Dates as billing systems and attackers write them: real, impossible, instants, empty, junk, too long. */
const dateText = fc.oneof(
  fc.constantFrom("", "2026-01-01", "2026-02-30", "2026-13-01", "0000-01-01", "2026-06-20T08:00:00Z", "2026-06-20 10:00:00+02:00", "2026-06-20T08:00:00", "20260620", " 2026-06-20"),
  fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
  fc.nat({ max: 80 }).map((n) => `2026-06-20T08:00:00.${"0".repeat(n)}Z`),
);

/** Whether a date text is one the library refuses only by the calendar (no such day, or year 0). */
const impossibleDay = (text: string) => /^\d{4}-\d{2}-\d{2}/.test(text) && (Number.isNaN(Date.parse(`${text.slice(0, 10)}T00:00:00Z`)) || text.startsWith("0000") || new Date(`${text.slice(0, 10)}T00:00:00Z`).toISOString().slice(0, 10) !== text.slice(0, 10));

describe("schemas and library agree", () => {
  it("on options.versionDate.date: the schema refuses what the library refuses, but for days the calendar has not (property)", () => {
    fc.assert(
      fc.property(dateText, (date) => {
        const options = { versionDate: { date } };
        // A readable date before the policy's first version is the date accepted, the version refused.
        const result = safeEvaluateRefund(request({}, licenseKey()), options);
        const library = result.ok || result.problems.every((p) => p.code === "before_policy");
        const schema = verdict(validateOptions, options).accepted;
        if (library) expect(schema, date).toBe(true);
        if (schema && !library) expect(impossibleDay(date), date).toBe(true);
      }),
      { numRuns: 2_000 },
    );
    expect(verdict(validateOptions, { versionDate: { date: "" } }).accepted).toBe(false);
  });

  it("on the declared limits: tax lists, amounts, rates and ids past them are refused by both (property)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 130 }), fc.nat({ max: 80 }), fc.nat({ max: 45 }), fc.nat({ max: 230 }), (taxes, zeros, rateZeros, idLength) => {
        const item = {
          ...licenseKey({ id: "k".repeat(idLength + 1), net: `100.${"0".repeat(zeros + 2)}` }),
          paid: { net: `100.${"0".repeat(zeros + 2)}`, taxes: Array.from({ length: taxes }, (_, i) => tax(`T${i}`, "1.00", i === 0 ? { rate: `0.01${"0".repeat(rateZeros)}` } : {})) },
        };
        const input = request({}, item);
        const library = safeEvaluateRefund(input).ok;
        const schema = verdict(validateRequest, input).accepted;
        expect(schema || !library, "the library decided what the schema refuses").toBe(true);
        // Within the limits the schema accepts; a rate with more than 12 decimals is refused by the library's rate form only.
        if (schema && !library) expect(rateZeros + 2).toBeGreaterThan(12);
      }),
      { numRuns: 300 },
    );
  });
});

describe("explain and explainProblems", () => {
  it("refuse what is not a decision, or not problems, with the library's own error listing every problem", () => {
    for (const value of [null, undefined, {}, 1, "decision", [], { total: { net: 1 } }, { currency: "EUR", status: "final", total: { net: "1.00", tax: "0.00", gross: "1.00" }, lines: [null], notices: [], effects: [] }]) {
      let thrown: unknown;
      try {
        explain(value as never);
      } catch (error) {
        thrown = error;
      }
      expect(isRefundPolicyError(thrown), JSON.stringify(value)).toBe(true);
    }
    for (const value of [null, {}, "x", [1], [{ path: "a" }]]) {
      let thrown: unknown;
      try {
        explainProblems(value as never);
      } catch (error) {
        thrown = error;
      }
      expect(isRefundPolicyError(thrown), JSON.stringify(value)).toBe(true);
    }
  });

  it("name each part that is missing or wrong, with its path", () => {
    try {
      explain({} as never);
      expect.unreachable();
    } catch (error) {
      expect(isRefundPolicyError(error) && error.problems.map((p) => p.path)).toEqual(["decision.currency", "decision.status", "decision.total", "decision.lines", "decision.notices", "decision.effects"]);
    }
  });
});
