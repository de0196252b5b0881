import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// The suites again under other host time zones (`npm run test:tz`): everything that decides, reads dates
// or explains. Left out: the documentation, packaging and schema checks and the spawned command line,
// which read files and processes, not the host's clock settings, and already ran once in the main run.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      typecheck: { enabled: false },
      exclude: [
        "test/cli.test.ts",
        "test/cli/**",
        "test/docs.test.ts",
        "test/docs-links.test.ts",
        "test/doc-snippets.test.ts",
        "test/schema/**",
        "test/errors/across-copies.test.ts",
        "test/package/**",
      ],
    },
  }),
);
