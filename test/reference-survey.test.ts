import fc from "fast-check";
import { describe, it } from "vitest";
import { accountCase } from "./reference/accounts.js";
import { compareAccount } from "./reference/compare.js";

// A survey, not a check: with REFERENCE_SURVEY=1 it runs the reference comparison's 2,000 accounts,
// groups the disagreements by kind and shrinks one counterexample for each, for whoever fixes src/.
const survey = globalThis.process?.env?.REFERENCE_SURVEY === "1";

describe.runIf(survey)("a survey of the disagreements with the reference model", () => {
  it("lists every kind of disagreement with a minimal counterexample", () => {
    const started = performance.now();
    const counts = new Map<string, number>();
    for (const account of fc.sample(accountCase, { numRuns: 2_000, seed: 42 })) {
      for (const kind of new Set(compareAccount(account).map((d) => d.kind))) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const kinds = [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
    console.log(`${(performance.now() - started).toFixed(0)} ms for 2,000 accounts\n${kinds.map(([k, n]) => `${n}\t${k}`).join("\n")}`);
    const report: string[] = [];
    for (const [kind, count] of kinds) {
      const result = fc.check(
        fc.property(accountCase, (account) => !compareAccount(account).some((d) => d.kind === kind)),
        { numRuns: 4_000, seed: 42 },
      );
      const example = result.counterexample?.[0];
      const found = example === undefined ? [] : compareAccount(example).filter((d) => d.kind === kind);
      report.push(`## ${kind}  (${count} of 2000 accounts)\n${JSON.stringify(example)}\n${JSON.stringify(found)}\n`);
    }
    console.log(report.join("\n"));
  }, 3_600_000);
});
