import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { guides } from "../scripts/doc-links.mjs";
import { snippetProblems, withAssertions, type SnippetReport } from "../scripts/doc-snippets.mjs";

// The conventions (imports, `// =>` results, ```ts no-run, compiler settings) are at the top of
// scripts/doc-snippets.mjs. The script runs once, in a child process (it imports the built dist/ and
// temporary modules, which is plain Node's job), over the guides and a fixture of deliberately wrong blocks.
expect(existsSync("dist/index.d.ts"), "run npm run build first").toBe(true);
const fixture = "node_modules/.doc-snippets-fixture/wrong.md";
mkdirSync("node_modules/.doc-snippets-fixture", { recursive: true });
writeFileSync(
  fixture,
  [
    "```ts",
    'import { evaluateRefund } from "refund-policy";',
    "const decision = evaluateRefund({ asOf: \"2026-06-20\", action: \"refund\", account: { id: \"a\", currency: \"EUR\" }, items: [{ id: \"k\", type: \"license_key\", paid: { net: \"10.00\" } }] });",
    'decision.total.gross; // => "10.00"',
    'decision.outcome; // => "no_refund"',
    "```",
    "```ts no-run",
    'import { evaluateRefund } from "refund-policy";',
    'const typed: number = evaluateRefund(42);',
    "```",
    "```typescript",
    'throw new Error("boom");',
    "```",
  ].join("\n"),
);
const files = [...guides("."), fixture];
let report: SnippetReport[];
try {
  report = JSON.parse(execFileSync(process.execPath, ["scripts/doc-snippets.mjs", "--json", ...files], { encoding: "utf8", maxBuffer: 64 << 20 })) as SnippetReport[];
} finally {
  rmSync("node_modules/.doc-snippets-fixture", { recursive: true, force: true });
}
const documented = report.filter((entry) => !entry.id.startsWith(fixture));
const wrong = report.filter((entry) => entry.id.startsWith(fixture));

describe("the TypeScript examples of README.md and docs/*.md", () => {
  it("finds the examples of the README and of every guide that has one", () => {
    const where = new Set(documented.map((entry) => entry.id.split(":")[0]));
    expect([...where].sort()).toEqual([
      "README.md",
      "docs/contract.md",
      "docs/custom-policy.md",
      "docs/einvoice.md",
      "docs/errors.md",
      "docs/explanations.md",
      "docs/getting-started.md",
      "docs/marketplace-terms.md",
      "docs/policy-versions.md",
      "docs/policy.md",
      "docs/replay.md",
      "docs/rules.md",
      "docs/settlement.md",
    ]);
    expect(documented.reduce((sum, entry) => sum + entry.assertions, 0)).toBeGreaterThanOrEqual(10);
  });

  it.each(documented.map((entry) => [entry.id, entry] as const))("%s type-checks against the built package, runs, and gives the results it shows", (_id, entry) => {
    expect(snippetProblems(entry)).toEqual([]);
    if (entry.run) expect(entry.run.ran).toBe(true);
  });

  it("shows the German summary with the no-break space Intl writes before €", () => {
    const readme = documented.filter((entry) => entry.id.startsWith("README.md:")).flatMap((entry) => entry.run?.shown ?? []);
    expect(readme.map((shown) => shown.actual)).toContain("'Teilerstattung von 1.420,86\u00a0€, davon 226,86\u00a0€ Steuern (endgültig).'");
  });
});

describe("the snippet checker", () => {
  it("turns a shown result on the same line or on the next into an assertion, line for line", () => {
    const code = [
      "a; // => 1",
      "f(b);",
      '// => { c: "d" }',
      "const e = 2; // e",
      "try {",
      "  g(1,",
      "    2);",
      "  // => [3]",
      "} catch {}",
    ].join("\n");
    const rewritten = withAssertions({ id: "x.md:1", file: "x.md", line: 1, flags: [], code });
    expect(rewritten.shown).toBe(3);
    expect(rewritten.code.split("\n").slice(0, 9)).toEqual([
      '__show(a, 1, "x.md:2");',
      "__show(f(b),",
      '{ c: "d" }, "x.md:3");',
      "const e = 2; // e",
      "try {",
      "  __show(g(1,",
      "    2),",
      '[3], "x.md:7");',
      "} catch {}",
    ]);
  });

  it("reports a wrong shown result, a type error in a no-run block and a block that throws", () => {
    expect(wrong.map(snippetProblems)).toEqual([
      [`${fixture}:4: shows '10.00' but gives '0.00'`],
      [expect.stringMatching(/wrong\.md:9: TS2322: /)],
      [`${fixture}:11: threw Error: boom`],
    ]);
    expect(wrong[0]!.run!.shown.map((shown) => shown.ok)).toEqual([false, true]);
    expect(wrong[1]!.run).toBeNull();
  });
});
