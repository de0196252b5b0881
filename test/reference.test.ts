import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accountCase } from "./reference/accounts.js";
import { compareAccount } from "./reference/compare.js";

// 2,000 whole accounts with a fixed seed, whatever FC_RUNS says: the comparison is the specification's
// check, so CI must see the same accounts every run (FC_RUNS only trims the cheap laws under mutation).
const RUNS = 2_000;
const SEED = 42;

describe("the library against the reference model", () => {
  it("decides every random account exactly as the reference model does, field by field, or refuses the same ones", () => {
    fc.assert(
      fc.property(accountCase, (account) => {
        expect(compareAccount(account), "every kind at once: REFERENCE_SURVEY=1 npx vitest run test/reference-survey.test.ts").toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);
});
