// The house rules a reader of the code relies on, checked in CI:
// no source file over 400 lines, no tracked file over 500 kB (generated files stay out of the tree), no
// merge-conflict marker left in a tracked text file.
// Import cycles are checked by dpdm in the same npm script (`npm run lint:layout`).
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";

const MAX_SOURCE_LINES = 400;
const MAX_TRACKED_BYTES = 500_000;
const tracked = execFileSync("git", ["ls-files", "-z"], { encoding: "utf8" }).split("\0").filter(Boolean);
const failures = [];
for (const file of tracked) {
  let size;
  try {
    size = statSync(file).size;
  } catch {
    continue; // deleted in the work tree, not yet committed
  }
  if (size > MAX_TRACKED_BYTES) failures.push(`${file}: ${size} bytes, more than ${MAX_TRACKED_BYTES}`);
  if (/\.(md|ts|mts|cts|mjs|js|json|ya?ml|sh|html|css)$/.test(file) && /^(<{7}|>{7}) /m.test(readFileSync(file, "utf8"))) {
    failures.push(`${file}: an unresolved merge-conflict marker`);
  }
  if (file.startsWith("src/") && file.endsWith(".ts")) {
    const lines = readFileSync(file, "utf8").split("\n").length - 1;
    if (lines > MAX_SOURCE_LINES) failures.push(`${file}: ${lines} lines, more than ${MAX_SOURCE_LINES}`);
  }
}
if (failures.length > 0) {
  console.error(`layout: ${failures.length} problem(s)\n${failures.join("\n")}`);
  process.exit(1);
}
console.log(`layout OK: ${tracked.length} tracked files, none over ${MAX_TRACKED_BYTES} bytes; no source file over ${MAX_SOURCE_LINES} lines`);
