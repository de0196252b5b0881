// npm run bench:compare [N]: the corpus commands on every core and on one.
//   1. `refund-policy compare` over N whole-account requests (one to eight items; default 1,000,000),
//      side B = half_even rounding and day proration;
//   2. `refund-policy evaluate --ndjson` over N single-subscription requests.
// Each with --workers <cores> and --workers 1; prints wall time, CPU time and the CLI's peak RSS
// (/usr/bin/time). The corpora are written once by bench/corpus.mjs into the temp directory.
// Not run in CI: performance is claimed from here (docs/benchmarks.md), never from timed tests.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

const count = Number(process.argv[2] ?? 1_000_000);
const cores = availableParallelism();
const corpus = (kind) => {
  const file = join(tmpdir(), `refund-policy-bench-${kind}-${count}.ndjson`);
  if (!existsSync(file)) spawnSync(process.execPath, ["bench/corpus.mjs", kind, String(count), file], { stdio: "inherit" });
  return file;
};
const against = join(tmpdir(), "refund-policy-bench-against.json");
writeFileSync(against, JSON.stringify({ rounding: "half_even", proration: { unit: "day" } }));

function measure(label, args) {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, "dist/cli.js", ...args], { encoding: "utf8", maxBuffer: 1 << 26, stdio: ["ignore", "ignore", "pipe"] });
  const [wall, user, sys, rssKb] = result.stderr.trim().split("\n").pop().split(" ").map(Number);
  console.log(`${label.padEnd(58)} ${wall.toFixed(1).padStart(6)} s wall  ${(user + sys).toFixed(1).padStart(6)} s CPU  ${(rssKb / 1024).toFixed(0).padStart(4)} MB peak RSS`);
}

const accounts = corpus("accounts");
const single = corpus("single");
console.log(`${count.toLocaleString("en")} requests, ${cores} cores, Node ${process.version}`);
for (const workers of [cores, 1]) measure(`compare, whole accounts, --workers ${workers}`, ["compare", accounts, "--against", against, "--workers", String(workers)]);
for (const workers of [cores, 1]) measure(`evaluate --ndjson, single subscription, --workers ${workers}`, ["evaluate", single, "--ndjson", "--workers", String(workers)]);
