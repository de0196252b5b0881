import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { entries } from "./scripts/entries.mjs";

// The library's version, written into the build: decisions carry it (policy.library).
const define = { __REFUND_POLICY_VERSION__: JSON.stringify(JSON.parse(readFileSync("package.json", "utf8")).version) };

export default defineConfig([
  {
    // The library: ESM + CJS with their own declarations (index.d.ts / index.d.cts), one entry per subpath,
    // listed in scripts/entries.mjs: the root, /testing, /rules, and each language but English
    // (refund-policy/locale/de ...), so a bundle carries only those it imports.
    entry: Object.fromEntries(entries().map(({ name, source }) => [name, source])),
    format: ["esm", "cjs"],
    // tsup 8.5.1 injects `baseUrl` into the DTS build; TypeScript 6 rejects it (TS5101) unless silenced.
    dts: { compilerOptions: { ignoreDeprecations: "6.0", types: [] } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    // The entries share their code (chunk-*.js / .cjs): a Money made with refund-policy/rules is the
    // root's Money, so a custom rule module's amounts meet the engine's (Money keeps private fields).
    splitting: true,
    // The JSON Schemas (dist/schema/*.json), generated from src/contract/*.ts after every build so
    // they always match the types; the script reads supportedCurrencies() from the fresh dist/rules.js.
    onSuccess: "node scripts/build-schemas.mjs",
    define,
  },
  {
    // The command line: Node only, ESM, never imported by the library.
    // The worker threads' entry sits beside it: the pool loads dist/cli-worker.js.
    entry: { cli: "src/cli.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    // prom-client (`serve`'s /metrics) is a devDependency bundled here, so the package's runtime dependencies
    // stay as they are; it is CommonJS and requires Node's own modules, so the bundle gets a `require` of its own.
    noExternal: ["prom-client"],
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __refundPolicyRequire } from "node:module";\nconst require = __refundPolicyRequire(import.meta.url);' },
    define,
  },
]);
