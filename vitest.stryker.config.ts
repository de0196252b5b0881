import { defineConfig } from "vitest/config";

// The suites Stryker runs against each mutant: everything but the command line's process-spawning tests,
// the docs checks and the hostile-input suite (robustness, thousands of generated inputs: run in the normal suites),
// and the JSON Schema suites (they check the built dist/schema/*.json, which Stryker's sandbox leaves out).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    exclude: ["test/cli.test.ts", "test/docs.test.ts", "test/hostile.test.ts", "test/schema/**"],
    environment: "node",
  },
});
