// Docs that run: every ```ts / ```typescript block of README.md and docs/*.md is type-checked against the
// BUILT package and, unless marked otherwise, executed against it. test/doc-snippets.test.ts runs this
// script; by hand: `npm run build && node scripts/doc-snippets.mjs [--json] [file.md …]` (default: README.md
// and docs/*.md; --json prints the raw report).
//
// Conventions for the blocks:
//
// - A block imports the library as users do: from "refund-policy" and its subpaths ("refund-policy/testing",
//   "refund-policy/rules", "refund-policy/locale/de" …), resolved through package.json's exports to dist/,
//   types and code alike. A block written as a test may import `it`,
//   `test`, `describe` and `expect` from "vitest": they type-check against vitest's own types and run on a
//   small stand-in (tests run at once, in order; `expect` has toBe, toEqual, toStrictEqual, toMatchObject,
//   toContain, toHaveLength, toThrow and `.not`).
// - A shown result is an expression statement (it may span lines, and sit inside a block) followed by a
//   comment that starts with `// =>`, on the statement's last line or alone on the next line:
//       decision.total; // => { net: "1194.00", tax: "226.86", gross: "1420.86" }
//       explain(decision, { locale: "de" }).summary;
//       // => "Teilerstattung von 1.420,86\u00a0€ (endgültig)."
//   The text after `=>` is a JavaScript value (object keys unquoted, string escapes allowed). The block
//   is rewritten to assert that the expression deep-equals that value; the value is type-checked too. A
//   comment without `=>` (`// { net: … }`) is prose and asserts nothing.
// - Code a reader fills in (a request from their HTTP body, their ledger) is declared, not invented:
//   `declare const request: RefundRequest;` type-checks and emits nothing. A block that cannot run as it
//   stands (it calls such declared things at top level, or needs a server) is marked ```ts no-run: it is
//   type-checked, not executed. Blocks of other languages (sh, jsonc) are neither.
// - Compiler settings: strict and exactOptionalPropertyTypes, as the repository; module ESNext, bundler
//   resolution, lib ES2022 + DOM, @types/node. Each block is a module of its own.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual, inspect } from "node:util";
import ts from "typescript";
import { guides } from "./doc-links.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The package's code entries as users import them (`refund-policy`, `refund-policy/locale/de`, …), from package.json. */
const ENTRIES = Object.entries(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).exports)
  .filter(([, entry]) => typeof entry === "object" && entry.import)
  .map(([key, entry]) => [key === "." ? "refund-policy" : `refund-policy/${key.slice(2)}`, entry.import]);

/** The ```ts / ```typescript blocks of the given Markdown files (root-relative), with their flags. */
export function extractSnippets(files) {
  const snippets = [];
  for (const file of files) {
    const lines = readFileSync(join(root, file), "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      const open = /^(\s*)(`{3,}|~{3,})\s*(\S*)\s*(.*)$/.exec(lines[i]);
      if (!open) continue;
      const [, indent, fence, lang, info] = open;
      const body = [];
      let j = i + 1;
      for (; j < lines.length && !lines[j].trimStart().startsWith(fence); j++) body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
      if (/^(ts|typescript)$/i.test(lang)) snippets.push({ id: `${file}:${i + 1}`, file, line: i + 1, flags: info.split(/\s+/).filter(Boolean), code: body.join("\n") });
      i = j;
    }
  }
  return snippets;
}

/**
 * Rewrites shown results (`expr; // => value`, the comment on the statement's last line or alone on the
 * next) into `__show(expr, value, "file:line")`, keeping every line where it was. Statements are found with
 * TypeScript's parser, so an expression may span lines and sit in a block (a `catch`, a function).
 */
export function withAssertions(snippet) {
  const text = snippet.code;
  const source = ts.createSourceFile("snippet.ts", text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lineEnd = (from) => (text.indexOf("\n", from) === -1 ? text.length : text.indexOf("\n", from));
  const shownIn = (from, to) => /^\s*\/\/\s*=>\s*(.+?)\s*$/.exec(text.slice(from, to))?.[1];
  const edits = [];
  const visit = (node) => {
    if (ts.isExpressionStatement(node)) {
      const end = node.getEnd();
      const eol = lineEnd(end);
      const sameLine = shownIn(end, eol);
      const nextLine = sameLine === undefined && /^\s*$/.test(text.slice(end, eol)) && eol < text.length ? shownIn(eol + 1, lineEnd(eol + 1)) : undefined;
      if (sameLine !== undefined || nextLine !== undefined) {
        const start = node.getStart(source);
        const where = JSON.stringify(`${snippet.file}:${snippet.line + 1 + source.getLineAndCharacterOfPosition(start).line}`);
        const expression = node.expression.getText(source);
        edits.push(
          sameLine !== undefined
            ? [start, eol, `__show(${expression}, ${sameLine}, ${where});`]
            : [start, lineEnd(eol + 1), `__show(${expression},\n${nextLine}, ${where});`],
        );
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let code = text;
  for (const [from, to, replacement] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, from) + replacement + code.slice(to);
  return { code: `${code}\nexport {};\n`, shown: edits.length };
}

const PRELUDE = `declare function __show(actual: unknown, expected: unknown, where: string): void;\n`;

/** Type-checks every snippet in `dir` against dist/*.d.ts; diagnostics by snippet id. */
function typecheck(dir, prepared) {
  const options = {
    strict: true,
    exactOptionalPropertyTypes: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: ["node"],
    typeRoots: [join(root, "node_modules/@types")],
    noEmit: true,
    skipLibCheck: true,
    paths: {
      ...Object.fromEntries(ENTRIES.map(([name, entry]) => [name, [join(root, entry.types)]])),
      vitest: [join(root, "node_modules/vitest/dist/index.d.ts")],
    },
  };
  const files = [join(dir, "prelude.d.ts"), ...prepared.map((p) => p.source)];
  const program = ts.createProgram(files, options);
  const byFile = new Map(prepared.map((p) => [p.source, p]));
  const errors = new Map(prepared.map((p) => [p.snippet.id, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const entry = diagnostic.file && byFile.get(diagnostic.file.fileName);
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!entry) {
      for (const list of errors.values()) list.push(`(global) ${text}`);
      continue;
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    errors.get(entry.snippet.id).push(`${entry.snippet.file}:${entry.snippet.line + 1 + line}: TS${diagnostic.code}: ${text}`);
  }
  return errors;
}

/** The stand-in for "vitest" at run time. */
const VITEST_SHIM = `
import { isDeepStrictEqual, inspect } from "node:util";
export const pending = [];
export const it = (name, fn) => { pending.push([name, fn]); };
export const test = it;
export const describe = (name, fn) => fn();
const plain = (value) => JSON.parse(JSON.stringify(value ?? null));
const subset = (actual, expected) =>
  expected !== null && typeof expected === "object"
    ? actual !== null && typeof actual === "object" && Object.keys(expected).every((key) => subset(actual[key], expected[key]))
    : Object.is(actual, expected);
function matchers(actual, negate) {
  const check = (ok, what, expected) => {
    if (ok === negate) throw new Error(\`expected \${inspect(actual, { depth: 6 })} \${negate ? "not " : ""}\${what} \${inspect(expected, { depth: 6 })}\`);
  };
  return {
    toBe: (expected) => check(Object.is(actual, expected), "to be", expected),
    toEqual: (expected) => check(isDeepStrictEqual(plain(actual), plain(expected)), "to equal", expected),
    toStrictEqual: (expected) => check(isDeepStrictEqual(actual, expected), "to strictly equal", expected),
    toMatchObject: (expected) => check(subset(actual, expected), "to match", expected),
    toContain: (expected) => check(actual.includes(expected), "to contain", expected),
    toHaveLength: (expected) => check(actual.length === expected, "to have length", expected),
    toThrow: (expected) => {
      let thrown;
      try { actual(); } catch (error) { thrown = error ?? new Error("thrown"); }
      const ok = thrown !== undefined && (expected === undefined || (typeof expected === "function" ? thrown instanceof expected : String(thrown.message).includes(expected)));
      check(ok, "to throw", expected);
    },
  };
}
export const expect = (actual) => ({ ...matchers(actual, false), not: matchers(actual, true) });
`;

/** Runs the snippets (those not marked no-run) one after the other; results by snippet id. */
async function execute(dir, prepared) {
  const shimUrl = pathToFileURL(join(dir, "vitest-shim.mjs")).href;
  writeFileSync(join(dir, "vitest-shim.mjs"), VITEST_SHIM);
  const shim = await import(shimUrl);
  const targets = {
    ...Object.fromEntries(ENTRIES.map(([name, entry]) => [name, pathToFileURL(join(root, entry.default)).href])),
    vitest: shimUrl,
  };
  const results = new Map();
  for (const p of prepared) {
    if (p.snippet.flags.includes("no-run")) continue;
    const js = ts.transpileModule(p.code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false } }).outputText;
    const mapped = js.replace(/(\bfrom\s*|\bimport\s*\(?\s*)(["'])(refund-policy(?:\/[\w./-]+)?|vitest)\2/g, (_, head, quote, name) => `${head}${quote}${targets[name]}${quote}`);
    const file = p.source.replace(/\.ts$/, ".mjs");
    writeFileSync(file, mapped);
    const shown = [];
    globalThis.__show = (actual, expected, where) => {
      shown.push({ where, ok: isDeepStrictEqual(actual, expected), actual: inspect(actual, { depth: 8 }), expected: inspect(expected, { depth: 8 }) });
    };
    const result = { ran: false, error: null, shown, tests: [] };
    shim.pending.length = 0;
    try {
      await import(pathToFileURL(file).href);
      for (const [name, fn] of shim.pending.splice(0)) {
        try {
          await fn();
          result.tests.push({ name, ok: true });
        } catch (error) {
          result.tests.push({ name, ok: false, error: String(error?.message ?? error) });
        }
      }
      result.ran = true;
    } catch (error) {
      result.error = `${error?.name ?? "Error"}: ${error?.message ?? error}`;
    }
    results.set(p.snippet.id, result);
  }
  delete globalThis.__show;
  return results;
}

/** Type-checks and runs every snippet of README.md and docs/*.md; one report entry per snippet. */
export async function checkSnippets(files = guides(root)) {
  const snippets = extractSnippets(files);
  const dir = join(root, "node_modules", ".doc-snippets", String(process.pid));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, "prelude.d.ts"), PRELUDE);
    const prepared = snippets.map((snippet, index) => {
      const { code, shown } = withAssertions(snippet);
      const source = join(dir, `snippet-${String(index).padStart(2, "0")}.ts`);
      writeFileSync(source, code);
      return { snippet, code, shown, source };
    });
    const typeErrors = typecheck(dir, prepared);
    const runs = await execute(dir, prepared);
    return prepared.map(({ snippet, shown }) => ({
      id: snippet.id,
      flags: snippet.flags,
      assertions: shown,
      typeErrors: typeErrors.get(snippet.id) ?? [],
      run: runs.get(snippet.id) ?? null,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The problems of one report entry, as sentences (none: the snippet is fine). */
export function snippetProblems(entry) {
  const problems = [...entry.typeErrors];
  if (entry.run) {
    if (entry.run.error) problems.push(`${entry.id}: threw ${entry.run.error}`);
    for (const s of entry.run.shown) if (!s.ok) problems.push(`${s.where}: shows ${s.expected} but gives ${s.actual}`);
    if (entry.run.ran && entry.run.shown.length !== entry.assertions) problems.push(`${entry.id}: ${entry.assertions} shown results, ${entry.run.shown.length} reached`);
    for (const t of entry.run.tests) if (!t.ok) problems.push(`${entry.id}: test "${t.name}" failed: ${t.error}`);
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  const report = await checkSnippets(files.length > 0 ? files : undefined);
  if (process.argv.includes("--json")) {
    process.stdout.write(JSON.stringify(report));
  } else {
    let failed = 0;
    for (const entry of report) {
      const problems = snippetProblems(entry);
      const what = entry.run ? `ran, ${entry.run.shown.length} shown results, ${entry.run.tests.length} tests` : "type-checked (no-run)";
      console.log(`${problems.length === 0 ? "ok  " : "FAIL"} ${entry.id}: ${what}`);
      for (const problem of problems) console.log(`     ${problem}`);
      if (problems.length > 0) failed++;
    }
    console.log(`${report.length} snippets, ${failed} failing`);
    if (failed > 0) process.exit(1);
  }
}
