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
    // Node-only harnesses stay in Node too (the code they test runs here through the other suites): the suites whose
    // oracle is Node's own crypto (SHA-256, HMAC) or which read fixtures and tracked files from disk, spawn the command
    // line, time work with perf_hooks or read process.env.
    exclude: [
      "test/cli.test.ts", "test/cli/**", "test/docs.test.ts", "test/docs-links.test.ts", "test/doc-snippets.test.ts", "test/errors/across-copies.test.ts",
      "test/policy-over-time/cli.test.ts", "test/decision-table.test.ts", "test/package/**",
      "test/einvoice/bytes.test.ts", "test/einvoice/settlement-credit-notes.test.ts", "test/einvoice/settlement-table-credit-notes.test.ts",
      "test/einvoice/xml-reads-back-as-the-credit-note.test.ts", "test/items/one-list-of-kinds.test.ts", "test/policy-over-time/digest.test.ts",
      "test/settlement/reference.test.ts", "test/settlement/rules.test.ts", "test/settlement/table.test.ts",
      "test/trust/cli-failures.test.ts", "test/trust/digest.test.ts", "test/trust/forged-records.test.ts", "test/trust/limits.test.ts",
      // The HTTP service (Node's http server, spawned from the built command line).
      "test/serve/**",
    ],
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
