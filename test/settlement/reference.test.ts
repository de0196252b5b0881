// settleRefund against the independent reference settlement (test/reference/settlement.ts) on 2,000 random
// ledgers with a fixed seed, valid and not: the same ledgers refused with the same codes, and otherwise the
// same plan field by field (keys and ids are the library's own naming, checked by the laws instead).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeSettleRefund } from "../../src/index.js";
import { referenceSettlement } from "../reference/settlement.js";
import { settlementCase } from "./arbitraries.js";

// Under mutation testing (FC_RUNS set) a hundred ledgers per mutant; else 2,000, whatever FC_RUNS says.
const RUNS = globalThis.process?.env?.FC_RUNS === undefined ? 2_000 : 100;
const SEED = 21;

describe("settleRefund against the reference settlement", () => {
  it("refuses the same ledgers for the same reasons and settles every other one exactly as the reference does", () => {
    let settled = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: settlementCase(true) }, { weight: 1, arbitrary: settlementCase(false) }), ({ input, options }) => {
        const library = safeSettleRefund(input, options);
        const reference = referenceSettlement(input, options);
        if (reference.refused) {
          expect(library.ok).toBe(false);
          if (!library.ok) expect([...new Set(library.problems.map((p) => p.code))].sort()).toEqual(reference.codes);
          return;
        }
        expect(library.ok ? undefined : library.problems).toBeUndefined();
        if (!library.ok) return;
        settled += 1;
        const { planId: _id, steps, creditNotes, ...rest } = library.plan;
        expect(rest).toEqual({ decision: reference.plan.decision, currency: reference.plan.currency, total: reference.plan.total });
        expect(steps.map(({ key: _key, ...step }) => step)).toEqual(reference.plan.steps);
        expect(creditNotes.map(({ id: _note, ...note }) => note)).toEqual(reference.plan.creditNotes);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Most ledgers are settled, not refused: the comparison is about plans.
    expect(settled).toBeGreaterThan(RUNS / 2);
  }, 600_000);
});
