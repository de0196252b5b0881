import { defineConfig } from "vitest/config";

// The suites Stryker runs against each mutant: everything but the command line's process-spawning tests,
// the docs checks and the hostile-input suite (robustness, thousands of generated inputs: run in the normal suites).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    exclude: ["test/cli.test.ts", "test/cli/**", "test/docs.test.ts", "test/hostile.test.ts"],
    environment: "node",
  },
});
