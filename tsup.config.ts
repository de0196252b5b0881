import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// The library's version, written into the build: decisions carry it (policy.library).
const define = { __REFUND_POLICY_VERSION__: JSON.stringify(JSON.parse(readFileSync("package.json", "utf8")).version) };

export default defineConfig([
  {
    // The library: ESM + CJS with their own declarations (index.d.ts / index.d.cts).
    // Each language but English is its own entry (refund-policy/locale/de ...): a bundle carries only those it imports.
    entry: {
      index: "src/index.ts",
      testing: "src/testing/index.ts",
      einvoice: "src/einvoice/index.ts",
      "locale/de": "src/locale/de.ts",
      "locale/es": "src/locale/es.ts",
      "locale/pt-BR": "src/locale/pt-BR.ts",
      "locale/fr": "src/locale/fr.ts",
      "locale/ru": "src/locale/ru.ts",
    },
    format: ["esm", "cjs"],
    // tsup 8.5.1 injects `baseUrl` into the DTS build; TypeScript 6 rejects it (TS5101) unless silenced.
    dts: { compilerOptions: { ignoreDeprecations: "6.0", types: [] } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    splitting: false,
    // The JSON Schemas (dist/schema/*.json), generated from src/contract/*.ts after every build so
    // they always match the types; the script reads supportedCurrencies() from the fresh dist/index.js.
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
    banner: { js: "#!/usr/bin/env node" },
    define,
  },
]);
