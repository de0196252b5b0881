import { defineConfig } from "vitest/config";

// The suites Stryker runs against each mutant: everything but the command line's process-spawning tests,
// the docs checks (docs, links, snippets) and the hostile-input suite (robustness, thousands of generated inputs: run in the normal suites).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    exclude: ["test/cli.test.ts", "test/docs.test.ts", "test/docs-links.test.ts", "test/doc-snippets.test.ts", "test/hostile.test.ts"],
    environment: "node",
  },
});
