// npm run bench:coprocess [N]: the co-process from Python (bench/coprocess.py): N preview requests (default 20,000,
// after 2,000 to warm up) sent one at a time through one `refund-policy evaluate - --ndjson --line-buffered`
// child, each answer read before the next request is written; p50/p99/max latency and requests per second.
// The goal (issue 24): under 1 ms p99 per preview on a quiet machine.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";

const count = process.argv[2] ?? "20000";
if (!existsSync("dist/cli.js")) throw new Error("dist/cli.js is missing: run `npm run build` first");
const python = spawnSync("python3", ["--version"], { encoding: "utf8" });
if (python.status !== 0) {
  console.log("co-process from Python: skipped, python3 is not on PATH");
  process.exit(0);
}
const before = loadavg()[0];
const run = spawnSync("python3", ["bench/coprocess.py", count], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
if (run.status !== 0) throw new Error(`bench/coprocess.py exited ${run.status}`);
const result = JSON.parse(run.stdout.trim().split("\n").pop());
const ms = (us) => `${(us / 1_000).toFixed(3)} ms`;
console.log(
  `co-process from ${python.stdout.trim()} (evaluate --ndjson --line-buffered, one preview at a time, ${Number(count).toLocaleString("en")} requests): ` +
    `p50 ${ms(result.p50_us)}, p99 ${ms(result.p99_us)}, max ${ms(result.max_us)}, ${result.per_second.toLocaleString("en")} requests/s ` +
    `(${cpus().length} cores, load average ${before.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after)`,
);
