// npm run bench:compare [N]: the corpus commands on every core and on one.
//   1. `refund-policy compare` over N whole-account requests (one to eight items; default 1,000,000),
//      side B = half_even rounding and day proration;
//   2. `refund-policy evaluate --ndjson` over N single-subscription requests.
// Each with --workers <cores> and --workers 1, RUNS times (default 3; `npm run bench:compare -- N RUNS`);
// prints the median wall time with the fastest and slowest run, the median CPU time and the largest peak
// RSS of the CLI (/usr/bin/time). The machine's speed drifts (shared cores): quote the median.
// The corpora are written once by bench/corpus.mjs into the temp directory.
// Not run in CI: performance is claimed from here (docs/benchmarks.md), never from timed tests.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

const count = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 3);
const cores = availableParallelism();
const corpus = (kind) => {
  const file = join(tmpdir(), `refund-policy-bench-${kind}-${count}.ndjson`);
  if (!existsSync(file)) spawnSync(process.execPath, ["bench/corpus.mjs", kind, String(count), file], { stdio: "inherit" });
  return file;
};
const against = join(tmpdir(), "refund-policy-bench-against.json");
writeFileSync(against, JSON.stringify({ rounding: "half_even", proration: { unit: "day" } }));

function once(args) {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, "dist/cli.js", ...args], { encoding: "utf8", maxBuffer: 1 << 26, stdio: ["ignore", "ignore", "pipe"] });
  const [wall, user, sys, rssKb] = result.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { wall, cpu: user + sys, rss: rssKb / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measure(label, args) {
  const all = Array.from({ length: runs }, () => once(args));
  const walls = all.map((r) => r.wall);
  const spread = runs > 1 ? ` (${Math.min(...walls).toFixed(1)}–${Math.max(...walls).toFixed(1)})` : "";
  console.log(
    `${label.padEnd(58)} ${median(walls).toFixed(1).padStart(6)} s wall${spread.padEnd(12)} ${median(all.map((r) => r.cpu)).toFixed(1).padStart(6)} s CPU  ${Math.max(...all.map((r) => r.rss)).toFixed(0).padStart(4)} MB peak RSS`,
  );
}

const accounts = corpus("accounts");
const single = corpus("single");
console.log(`${count.toLocaleString("en")} requests, ${cores} cores, Node ${process.version}; ${runs === 1 ? "one run each" : `median of ${runs} runs (fastest–slowest)`}`);
for (const workers of [cores, 1]) measure(`compare, whole accounts, --workers ${workers}`, ["compare", accounts, "--against", against, "--workers", String(workers)]);
for (const workers of [cores, 1]) measure(`evaluate --ndjson, single subscription, --workers ${workers}`, ["evaluate", single, "--ndjson", "--workers", String(workers)]);
