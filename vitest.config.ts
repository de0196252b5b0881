import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // As tsup writes it into the build: decisions carry the library's version.
  define: { __REFUND_POLICY_VERSION__: JSON.stringify(JSON.parse(readFileSync("package.json", "utf8")).version) },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    environment: "node",
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli.ts", "src/cli/**", "src/contract/**", "src/normalized.ts"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 95, functions: 95, branches: 90, statements: 95 },
    },
  },
});
