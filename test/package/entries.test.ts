import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import tsupConfig from "../../tsup.config.js";
import { CATALOG_DIR, entries, localeExportName, localeTags } from "../../scripts/entries.mjs";
import { drift, generatedFiles } from "../../scripts/generate.mjs";

// The languages are the files of the catalog folder; everything else follows from it (scripts/entries.mjs,
// scripts/generate.mjs). These tests fail when a generated part drifts or a second list appears.
const json = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
const codeExports = () => Object.entries(json("package.json").exports as Record<string, unknown>).filter(([, target]) => typeof target === "object");

describe("the package's entries follow from one list", () => {
  it("keeps every generated file as scripts/generate.mjs writes it (run node scripts/generate.mjs)", () => {
    expect(drift()).toEqual([]);
  });

  it("exports from package.json exactly the entries, each with ESM and CJS code and types", () => {
    expect(Object.fromEntries(codeExports())).toEqual(
      Object.fromEntries(
        entries().map(({ subpath, name }) => [
          subpath,
          { import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` }, require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` } },
        ]),
      ),
    );
  });

  it("builds and documents exactly the entries", () => {
    const [library] = tsupConfig as unknown as [{ entry: Record<string, string> }];
    expect(library.entry).toEqual(Object.fromEntries(entries().map(({ name, source }) => [name, source])));
    expect(json("typedoc.json").entryPoints).toEqual(entries().map(({ source }) => source));
  });

  it("names each language entry after its catalog, exported under the tag in camel case", () => {
    for (const tag of localeTags()) {
      expect(readFileSync(`${CATALOG_DIR}/${tag}.ts`, "utf8")).toContain(`export const ${localeExportName(tag)}: ExplainLocale = {\n  code: "${tag}",`);
    }
  });

  it("lets the guide to explanations name every language's import", () => {
    const guide = readFileSync("docs/explanations.md", "utf8");
    for (const tag of localeTags()) expect(guide).toContain(`import { ${localeExportName(tag)} } from "refund-policy/locale/${tag}"`);
  });

  it("keeps no second list of the languages in a tracked file", () => {
    const tags = localeTags();
    // Three or more languages named as strings, subpaths or imports within a few lines is a list kept by hand.
    const named = (text: string) =>
      tags.filter((tag) => new RegExp(`["'\`/]${tag}["'\`]|locale/${tag}\\b|\\b${localeExportName(tag)}\\b(?=[,\\]}])`).test(text));
    const mentions = (text: string) => {
      const lines = text.split("\n");
      return Math.max(0, ...lines.map((_, at) => named(lines.slice(at, at + 6).join("\n")).length));
    };
    // Sentences expected in each language are a translation's test, not a list the code reads.
    const allowed = new Set(["test/explain.test.ts", "test/explain/sentences.test.ts", "test/explain/problems.test.ts", "test/explain/settlement.test.ts"]);
    const generated = new Set(Object.keys(generatedFiles()));
    const tracked = execFileSync("git", ["ls-files", "-z"], { encoding: "utf8" }).split("\0").filter(Boolean);
    const lists = tracked
      .filter((file) => /\.(ts|mts|cts|mjs|cjs|js|json|html)$/.test(file) && !file.startsWith(`${CATALOG_DIR}/`) && !generated.has(file) && !allowed.has(file))
      .filter((file) => file !== "package-lock.json" && mentions(readFileSync(file, "utf8")) >= 3);
    expect(lists).toEqual([]);
  });
});
