import { statSync } from "node:fs";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// Cheapest test files first. Vitest runs the longest (or largest) files first; Stryker stops a mutant's run at its
// first failing test (bail), so under mutation testing the order is reversed: a mutant the decision table kills
// is not first made to wait for the settlement laws, which every engine mutant reaches (they evaluate requests).
const SLOWEST_LAST = [
  // Measured (vitest's JSON reporter, FC_RUNS=25): each of these takes 0.5-15 s; every other file well under 0.5 s.
  "test/laws/properties.test.ts",
  "test/einvoice/xml-reads-back-as-the-credit-note.test.ts",
  "test/money-calendar/calendar.test.ts",
  "test/trust/schema-agrees.test.ts",
  "test/policy-over-time/compare-each-side-own-terms.test.ts",
  "test/validation/limits.test.ts",
  "test/trust/limits.test.ts",
  "test/policy-over-time/compare.test.ts",
  "test/einvoice/settlement-credit-notes.test.ts",
  "test/settlement/laws.test.ts",
];
class CheapestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const rank = (spec: TestSpecification): number => SLOWEST_LAST.findIndex((file) => spec.moduleId === `${root}/${file}`);
    const size = (spec: TestSpecification): number => statSync(spec.moduleId).size;
    return [...files].sort((a, b) => rank(a) - rank(b) || size(a) - size(b));
  }
}

// The suites Stryker runs against each mutant: everything but the process-spawning command-line tests,
// the docs checks (docs, links, snippets), the hostile-input suite and the reference-model comparison
// (robustness and thousands of generated accounts: they run in the normal suites, and would re-run for
// nearly every mutant), and the JSON Schema suites (they check the built dist/schema/*.json, which
// Stryker's sandbox leaves out), and the package checks (test/package/: the built entries, git's file list).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    exclude: [
      "test/cli.test.ts",
      "test/cli/**",
      "test/docs.test.ts",
      "test/docs-links.test.ts",
      "test/doc-snippets.test.ts",
      "test/hostile.test.ts",
      "test/reference.test.ts",
      "test/settlement/reference.test.ts",
      "test/reference-survey.test.ts",
      "test/schema/**",
      "test/policy-over-time/cli.test.ts",
      "test/package/**",
      // The command line's failure modes and the forged-record suite spawn the built CLI (not in the sandbox)
      // and alter signed records byte by byte (thousands of decisions): they run in the normal suites.
      "test/trust/cli-failures.test.ts",
      "test/trust/forged-records.test.ts",
      // The HTTP service's suites spawn the built command line's `serve` and talk to it over loopback.
      "test/serve/**",
    ],
    // Static mutants (code that only runs at import) are ignored (stryker.config.json), so the suites
    // may share one module graph: each mutant then costs its covering tests, not a fresh import of
    // every test file (which made a full run take hours with ~70 test files).
    isolate: false,
    sequence: { sequencer: CheapestFirst },
    environment: "node",
  },
});
