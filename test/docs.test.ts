import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    // The command line (src/cli.ts and src/cli/) is no part of the library's API.
    else if (path.endsWith(".ts") && !path.endsWith("cli.ts") && !path.startsWith(join("src", "cli"))) yield path;
  }
}

describe("documentation", () => {
  it("gives every exported declaration a doc comment with an @example", () => {
    const missing: string[] = [];
    const documented = new Set<string>();
    for (const file of sources("src")) {
      const text = readFileSync(file, "utf8");
      const exported = /(?:\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:\/\/[^\n]*\n\s*)?)?export (?:declare )?(?:const|function\*?|class|interface|type|async function\*?) (\w+)/g;
      for (const match of text.matchAll(exported)) {
        const [, doc, name] = match;
        const internal = /^(unreachable|LIMITS|isFields|join|Reader|readRequest|readOptions|DEFAULT_OPTIONS|prepare|prepareRequest|decide|batchEvaluator|CATALOGS|ENGLISH|Fields|decideUnknown|STATUSES|Scope|ITEM_READERS|readPayment)$/;
        if (internal.test(name!)) continue;
        // Overloads: each name needs one documented signature (the implementation's has none).
        if (doc?.includes("@example")) documented.add(`${file}: ${name}`);
        else missing.push(`${file}: ${name}`);
      }
    }
    expect(missing.filter((entry) => !documented.has(entry))).toEqual([]);
  });

  it("keeps decimal.js and date-fns types out of the published declarations", () => {
    expect(existsSync("dist/index.d.ts"), "run npm run build first").toBe(true);
    for (const file of readdirSync("dist").filter((name) => /\.d\.c?ts$/.test(name))) {
      expect(readFileSync(join("dist", file), "utf8"), file).not.toMatch(/from ['"](decimal\.js|date-fns|@date-fns\/[\w-]+)['"]/);
    }
  });

  it("gives the README's two set-up commands and ships the sample requests they use", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain("npm ci && npm run build && node dist/cli.js evaluate docs/examples/migration-final.json --format text");
    expect(readme).toContain("npm ci && npm test");
    for (const link of readme.matchAll(/\]\((docs\/[^)]+)\)/g)) expect(existsSync(link[1]!), link[1]).toBe(true);
  });
});
