// Supply-chain checks (issue 6): the runtime dependencies are exactly the allowed ones, the lockfile pins
// every package with an integrity hash, the library code has no eval / new Function and no I/O (only the
// command line may touch node:*), and `npm audit --omit=dev` finds nothing.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const failures = [];
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));

// decimal.js for money; date-fns' time-zone package for instants in named zones (date-fns itself is the
// test oracle for the month arithmetic and a devDependency).
// tinypool: the worker pool of the command line's --ndjson, compare and verify (src/cli/ only; the library
// bundle never imports it: the size budgets and the import check below hold that).
// @noble/hashes (audited, no dependencies, dual ESM/CJS in 1.x): SHA-256 for settlement plan ids and decision digests.
const ALLOWED = ["@date-fns/tz", "@noble/hashes", "decimal.js", "tinypool"];
const runtime = Object.keys(pkg.dependencies ?? {}).sort();
if (JSON.stringify(runtime) !== JSON.stringify(ALLOWED)) failures.push(`runtime dependencies are ${runtime.join(", ")}; allowed: ${ALLOWED.join(", ")}`);
for (const name of runtime) {
  const locked = lock.packages[`node_modules/${name}`];
  const deps = Object.keys(locked?.dependencies ?? {});
  if (deps.length > 0) failures.push(`${name} pulls in ${deps.join(", ")} at run time`);
}
if (lock.lockfileVersion !== 3) failures.push(`lockfileVersion is ${lock.lockfileVersion}, expected 3`);
const unpinned = Object.entries(lock.packages).filter(([path, entry]) => path !== "" && !entry.link && !entry.integrity);
if (unpinned.length > 0) failures.push(`lockfile entries without integrity: ${unpinned.map(([p]) => p).join(", ")}`);
for (const [name, range] of Object.entries(pkg.devDependencies ?? {})) {
  if (!/^\d+\.\d+\.\d+$/.test(range)) failures.push(`devDependency ${name} is not pinned exactly (${range})`);
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (path.endsWith(".ts")) yield path;
  }
}
for (const file of files("src")) {
  const text = readFileSync(file, "utf8");
  if (/\beval\s*\(|new\s+Function\s*\(/.test(text)) failures.push(`${file}: eval or new Function`);
  const commandLine = file === join("src", "cli.ts") || file.startsWith(join("src", "cli", ""));
  if (!commandLine && /from\s+["']node:|require\(|\bprocess\.|\bfetch\(|XMLHttpRequest|Date\.now\(|new Date\(\)|Math\.random|Decimal\.set\(/.test(text)) {
    failures.push(`${file}: I/O, clock, randomness or global decimal settings outside the command line`);
  }
}

let audit = "not run";
try {
  execFileSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  audit = "npm audit --omit=dev: no vulnerabilities";
} catch (error) {
  const report = (() => {
    try {
      return JSON.parse(error.stdout);
    } catch {
      return undefined;
    }
  })();
  const found = report?.metadata?.vulnerabilities;
  if (found && Object.values(found).some((count) => count > 0)) failures.push(`npm audit --omit=dev: ${JSON.stringify(found)}`);
  else {
    const why = report?.error?.summary || String(error.stderr ?? "").match(/\b\d{3} [A-Z][\w ]+/)?.[0] || "no report";
    audit = `npm audit --omit=dev could not reach the advisory endpoint here (${why}); local checks only`;
  }
}

if (failures.length > 0) {
  console.error(`supply chain: ${failures.length} problem(s)\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`supply chain OK: runtime deps ${runtime.join(", ")}; ${Object.keys(lock.packages).length - 1} locked packages with integrity; ${audit}`);
