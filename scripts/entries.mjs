// The package's code entries, kept in one place. A few are declared here by hand (the root, the
// testing helpers, the rule-writing kit; a new subpath such as `refund-policy/einvoice` is one more
// line in DECLARED); one more per language follows from the catalogs in src/explain/locales/ (English,
// en.ts and en-problems.ts, is built in and has no entry of its own).
// tsup.config.ts builds these entries; scripts/generate.mjs writes what cannot read this module itself
// (package.json exports, typedoc.json, src/locale/*.ts, src/explain/catalogs.ts) and `npm test` checks
// that what it wrote is still what it would write (test/package/generated.test.ts).
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The entries written by hand: subpath, output name under dist/, source. */
export const DECLARED = [
  { subpath: ".", name: "index", source: "src/index.ts" },
  { subpath: "./testing", name: "testing", source: "src/testing/index.ts" },
  { subpath: "./rules", name: "rules", source: "src/rules/index.ts" },
  { subpath: "./einvoice", name: "einvoice", source: "src/einvoice/index.ts" },
];

/** Where the language catalogs live: one file per BCP 47 tag (`de.ts`, `pt-BR.ts`). */
export const CATALOG_DIR = "src/explain/locales";
const BUILT_IN = new Set(["en", "en-problems"]);

/** The shipped languages besides English, from the catalog folder, sorted by tag. */
export function localeTags() {
  return readdirSync(join(root, CATALOG_DIR))
    .filter((file) => file.endsWith(".ts"))
    .map((file) => file.slice(0, -".ts".length))
    .filter((tag) => !BUILT_IN.has(tag))
    .sort();
}

/** The name a locale's catalog is exported under: its tag in camel case (`pt-BR` -> `ptBR`). */
export function localeExportName(tag) {
  return tag.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
}

/** Every code entry: the declared ones, then `./locale/<tag>` per language. */
export function entries() {
  return [
    ...DECLARED,
    ...localeTags().map((tag) => ({ subpath: `./locale/${tag}`, name: `locale/${tag}`, source: `src/locale/${tag}.ts` })),
  ];
}
