import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// The library's version, written into the build: decisions carry it (policy.library).
const define = { __REFUND_POLICY_VERSION__: JSON.stringify(JSON.parse(readFileSync("package.json", "utf8")).version) };

export default defineConfig([
  {
    // The library: ESM + CJS with their own declarations (index.d.ts / index.d.cts).
    entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    // tsup 8.5.1 injects `baseUrl` into the DTS build; TypeScript 6 rejects it (TS5101) unless silenced.
    dts: { compilerOptions: { ignoreDeprecations: "6.0", types: [] } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    splitting: false,
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
