// EN 16931 conformance (issue 22): every credit note we write, run through the standard's own rules
// (EN16931-UBL-validation.xslt, release 1.3.16, kept gzip-compressed with its EUPL-1.2 licence in
// test/einvoice/en16931/), must give no `failed-assert` of flag `fatal`; a copy broken on purpose (the
// document's VAT total changed) must be caught, so the check cannot pass by not running.
//
// Run as `npm run test:einvoice` (after `npm run build`). The XSLT is compiled to SaxonJS' SEF once and
// cached in node_modules/.cache/en16931/ under the compressed file's hash; SaxonJS then runs in-process.
// The documents: the fixed cases of scripts/einvoice-cases.mjs (every VAT category), the credit notes of
// the settlement table's rows (docs/settlement-table.md), the credit notes of 30 random settlements
// (settleRefund over the reference model's random accounts, random ledgers and parties:
// test/einvoice/settlements.ts, bundled on the fly with esbuild) and 30 random credit notes of every
// category. The seed is printed; EN16931_SEED repeats a run, EN16931_RANDOM changes the counts.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { build } from "esbuild";
import fc from "fast-check";
import { creditNoteCase, fixedCases } from "./einvoice-cases.mjs";

const require = createRequire(import.meta.url);
const SaxonJS = require("saxon-js");
const started = Date.now();

/** The compiled rules (SEF), made once per copy of the compressed XSLT. */
function stylesheet() {
  const gz = readFileSync("test/einvoice/en16931/EN16931-UBL-validation.xslt.gz");
  const hash = createHash("sha256").update(gz).digest("hex").slice(0, 16);
  const dir = join("node_modules", ".cache", "en16931");
  const sef = join(dir, `${hash}.sef.json`);
  if (!existsSync(sef)) {
    mkdirSync(dir, { recursive: true });
    const xslt = join(dir, `${hash}.xslt`);
    writeFileSync(xslt, gunzipSync(gz));
    const partial = `${sef}.${process.pid}.tmp`;
    execFileSync(process.execPath, [require.resolve("xslt3/xslt3.js"), `-xsl:${xslt}`, `-export:${partial}`, "-nogo"], { stdio: "inherit" });
    renameSync(partial, sef);
  }
  return JSON.parse(readFileSync(sef, "utf8"));
}

/** The ids of the fatal failed asserts the rules report for one document. */
function fatalAsserts(rules, xml) {
  const { principalResult } = SaxonJS.transform({ stylesheetInternal: rules, sourceText: xml, destination: "serialized" }, "sync");
  const fired = (principalResult.match(/<svrl:fired-rule\b/g) ?? []).length;
  if (fired === 0) throw new Error("the rules fired no rule at all: not a CreditNote the validation reads");
  return [...principalResult.matchAll(/<svrl:failed-assert\b[^>]*>/g)]
    .filter(([tag]) => /\bflag="fatal"/.test(tag))
    .map(([tag]) => /\bid="([^"]*)"/.exec(tag)?.[1] ?? "?");
}

/** test/einvoice/{settlements,settlement-table}.ts, bundled once per run with esbuild (the project's TypeScript, run by plain Node). */
async function testModules() {
  const dir = join("node_modules", ".cache", "en16931");
  await build({ entryPoints: ["test/einvoice/settlements.ts", "test/einvoice/settlement-table.ts"], bundle: true, format: "esm", platform: "node", packages: "external", outdir: dir, logLevel: "error" });
  const load = (name) => import(pathToFileURL(resolve(dir, `${name}.js`)).href);
  return { settlements: await load("settlements"), table: await load("settlement-table") };
}

/** The credit notes of `count` random settlements that have at least one (settleRefund, from the built package). */
async function settlementCases({ settle, settlementCase, isExpectedRefusal }, lib, seed, count) {
  const cases = [];
  let settlements = 0;
  for (let batch = 0; settlements < count && batch < 50; batch += 1) {
    for (const c of fc.sample(settlementCase, { numRuns: 50, seed: seed + batch })) {
      if (settlements === count) break;
      const notes = settle(lib, c);
      if (notes.length === 0) continue;
      settlements += 1;
      notes.forEach((note, i) => cases.push({ name: `settlement #${settlements} credit note ${i + 1}`, expectedRefusal: isExpectedRefusal, ...note }));
    }
  }
  return { cases, settlements };
}

const lib = await import("../dist/index.js");
const { toUblCreditNote } = await import("../dist/einvoice.js");
const seed = Number(process.env.EN16931_SEED ?? Date.now() % 2_147_483_647);
const count = Number(process.env.EN16931_RANDOM ?? 30);
const random = fc.sample(creditNoteCase, { numRuns: count, seed }).map((c, i) => ({ name: `random #${i + 1}`, ...c }));
const modules = await testModules();
const table = modules.table.tableCreditNotes(lib, readFileSync("docs/settlement-table.md", "utf8"));
const settled = await settlementCases(modules.settlements, lib, seed, count);
const cases = [...fixedCases(), ...table, ...settled.cases, ...random];

const rules = stylesheet();
let documents = 0;
let fatal = 0;
const refused = [];
const failures = [];
for (const c of cases) {
  let xml;
  try {
    xml = toUblCreditNote(c.creditNote, c.parties);
  } catch (error) {
    // A refusal is allowed only for what the standard cannot carry (docs/einvoice.md): taxes rounded per
    // line whose sum strays a currency unit from base × rate; in real settlements also a line with two
    // taxes, a tax without a rate, a third decimal.
    const problems = error.problems ?? [];
    const allowed = c.expectedRefusal ?? ((p) => p.code === "en16931_rule" && p.path === "creditNote.taxes");
    const expected = problems.length > 0 && problems.every(allowed);
    if (!expected) failures.push(`${c.name}: refused unexpectedly: ${error.message}`);
    refused.push(`${c.name} (${c.creditNote.currency}): ${problems.map((p) => `${p.path.replace(/\[\d+\]/g, "[]")} ${p.code}`).join(", ")}`);
    continue;
  }
  documents += 1;
  const ids = fatalAsserts(rules, xml);
  fatal += ids.length;
  if (ids.length > 0) failures.push(`${c.name}: ${ids.join(", ")}\n${xml}`);
}

// The byte-for-byte document of test/einvoice/bytes.test.ts conforms too.
const expectedDocument = fatalAsserts(rules, readFileSync("test/einvoice/expected-credit-note.xml", "utf8"));
documents += 1;
fatal += expectedDocument.length;
if (expectedDocument.length > 0) failures.push(`test/einvoice/expected-credit-note.xml: ${expectedDocument.join(", ")}`);

// The broken copy: the document's VAT total (BT-110) one unit higher. BR-CO-14 (BT-110 = Σ BT-117) and
// BR-CO-15 (BT-112 = BT-109 + BT-110) must both fire.
const sample = toUblCreditNote(fixedCases()[0].creditNote, fixedCases()[0].parties);
const broken = sample.replace(/(<cac:TaxTotal>\s*<cbc:TaxAmount currencyID="EUR">)(\d+)/, (_, head, units) => `${head}${Number(units) + 1}`);
const caught = broken === sample ? [] : [...new Set(fatalAsserts(rules, broken))].sort();
const caughtBoth = caught.includes("BR-CO-14") && caught.includes("BR-CO-15");

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const refusedNote = refused.length > 0 ? `, ${refused.length} refused (what EN 16931 cannot carry)` : "";
console.log(
  `en16931: ${documents} documents checked, ${fatal} fatal asserts, ${caughtBoth ? `broken copy caught (${caught.filter((id) => id.startsWith("BR-CO-1")).join(", ")})` : `broken copy NOT caught (${caught.join(", ") || "no assert"})`}${refusedNote} [${settled.settlements} random settlements, seed ${seed}, ${seconds} s]`,
);
if (process.env.EN16931_VERBOSE) for (const line of refused) console.log(`  refused: ${line}`);
for (const failure of failures) console.error(failure);
if (fatal > 0 || !caughtBoth || failures.length > 0 || documents === 0) process.exit(1);
