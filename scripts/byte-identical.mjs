// Run once for issue 20 (the front door, the item registry, the typed notices): every decision of the reference
// model's random whole accounts (test/reference/accounts.ts, seed 42) is byte-identical between an earlier build
// and this one. Usage:
//   git worktree add /tmp/before main && (cd /tmp/before && npm ci && npx tsup --silent)
//   npx tsup --silent && node scripts/byte-identical.mjs /tmp/before/dist [accounts]
// Each account is decided three ways: with its own options, with `versionDate: "purchase"`, and under a
// two-version history whose later version brings default options. A decision is compared as JSON.stringify
// writes it; a refusal by its problems' path, code and message (this change adds `expected`/`received`).
// Prints the counts and the first differences; exits 1 if any.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import fc from "fast-check";

const [beforeDir, runsArg] = process.argv.slice(2);
if (!beforeDir) {
  console.error("usage: node scripts/byte-identical.mjs <dist of the earlier build> [accounts, default 20000]");
  process.exit(2);
}
const RUNS = Number(runsArg ?? 20_000);
const root = resolve(import.meta.dirname, "..");

// The generators are TypeScript: bundle them (fast-check stays external, so both runs share this one).
// Inside node_modules, so the bundle resolves fast-check from this project.
mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
const scratch = mkdtempSync(join(root, "node_modules/.cache/byte-identical-"));
const entry = join(scratch, "entry.ts");
writeFileSync(entry, `export { accountCase, buildOptions } from ${JSON.stringify(join(root, "test/reference/accounts.ts"))};\nexport { CURRENCY_DIGITS } from ${JSON.stringify(join(root, "test/reference/money.ts"))};\n`);
await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "node", outfile: join(scratch, "gen.mjs"), external: ["fast-check"], logLevel: "error", nodePaths: [join(root, "node_modules")] });
const { accountCase, buildOptions, CURRENCY_DIGITS } = await import(pathToFileURL(join(scratch, "gen.mjs")).href);
rmSync(scratch, { recursive: true, force: true });

const before = await import(pathToFileURL(resolve(beforeDir, "index.js")).href);
const after = await import(pathToFileURL(join(root, "dist/index.js")).href);

/** A two-version history: the later version reads with other defaults. */
function historyOf(lib) {
  const later = lib.definePolicy({ ...lib.bitrix24Policy, version: "2025-01-01" });
  return lib.definePolicyHistory([
    { effectiveFrom: "1970-01-01", policy: lib.bitrix24Policy },
    { effectiveFrom: "2025-01-01", policy: later, defaultOptions: { rounding: "down", proration: { unit: "day" } } },
  ]);
}
const evaluators = [before, after].map((lib) => ({ lib, history: lib.createEvaluator(historyOf(lib)) }));

function answer({ lib, history }, request, options, useHistory) {
  try {
    return JSON.stringify((useHistory ? history : lib.evaluateRefund)(request, options));
  } catch (error) {
    if (lib.isRefundPolicyError(error)) return `refused ${JSON.stringify(error.problems.map(({ path, code, message }) => ({ path, code, message })))}`;
    return `threw ${String(error)}`;
  }
}

const counts = { compared: 0, decided: 0, refused: 0, different: 0 };
const differences = [];
for (const account of fc.sample(accountCase, { numRuns: RUNS, seed: 42 })) {
  const currency = account.request.account?.currency;
  const digits = CURRENCY_DIGITS[currency] ?? 2;
  for (const [mode, extra, useHistory] of [["own options", {}, false], ["versionDate purchase", { versionDate: "purchase" }, false], ["two-version history", {}, true]]) {
    // Each side gets its own copies: custom evaluators record calls, and nothing may share state across the two.
    const [a, b] = evaluators.map((side) => answer(side, structuredClone(account.request), { ...buildOptions(account.options, digits, []), ...extra }, useHistory));
    counts.compared++;
    if (a.startsWith("refused")) counts.refused++;
    else counts.decided++;
    if (a !== b) {
      counts.different++;
      if (differences.length < 5) differences.push({ mode, request: account.request, before: a, after: b });
    }
  }
}
console.log(JSON.stringify({ accounts: RUNS, seed: 42, ...counts }));
for (const difference of differences) console.log(JSON.stringify(difference, null, 1));
process.exit(counts.different === 0 ? 0 : 1);
