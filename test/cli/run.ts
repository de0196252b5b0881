import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = "dist/cli.js";

/** Runs the BUILT command line (`npm run build` first; `npm test` does). */
export function run(args: readonly string[], input?: string | Buffer) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (\`npm test\` does)`);
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8", maxBuffer: 1 << 28 });
}

/** Every line of an output parsed as JSON (the output must end with a newline). */
export function jsonLines(output: string): unknown[] {
  if (!output.endsWith("\n")) throw new Error(`output does not end with a newline: ${JSON.stringify(output.slice(-40))}`);
  return output.slice(0, -1).split("\n").map((line) => JSON.parse(line) as unknown);
}

/** A temporary file with the given content; its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "refund-policy-cli-")), name);
  writeFileSync(path, content);
  return path;
}

/** Spawning Node processes on a loaded 2-core machine takes a while. */
export const SLOW = { timeout: 30_000 } as const;
