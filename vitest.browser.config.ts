import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

// The same suites in headless Chromium (Debian's package): a decision must not depend on where it runs.
// The command-line suite spawns Node processes and stays in Node.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // across-copies loads the built CJS file beside the ESM one with Node's require; the compare/verify CLI suite
    // spawns processes; the decision table reads docs/decision-table.md from disk (it runs in Node, in four zones).
    exclude: ["test/cli.test.ts", "test/cli/**", "test/docs.test.ts", "test/docs-links.test.ts", "test/doc-snippets.test.ts", "test/errors/across-copies.test.ts", "test/policy-over-time/cli.test.ts", "test/decision-table.test.ts", "test/package/**"],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        },
      }),
      instances: [{ browser: "chromium" }],
    },
  },
});
