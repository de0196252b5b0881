// Part of `npm run bench` (issue 21): what a settlement costs.
//   1. Per operation (tinybench, the built dist/index.js): evaluating the six-item migrating account of
//      bench/settle-corpus.mjs, and settling its decision over three invoices and five payments; five
//      rounds, each in a fresh process; prints the median of the rounds' medians and the best round.
//   2. 1,000,000 settlements through `refund-policy settle --ndjson` on every core (one run, whole process,
//      start-up included, /usr/bin/time), from a corpus written once by bench/settle-corpus.mjs.
// `node bench/settle.mjs round` measures one round and prints its medians as JSON; `node bench/settle.mjs
// per-op` skips part 2; `node bench/settle.mjs ndjson [N]` runs part 2 alone.
// Not run in CI: performance is claimed from here (docs/benchmarks.md), never from timed tests.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { evaluateRefund, settleRefund } from "../dist/index.js";
import { accountRequest, settlementInput } from "./settle-corpus.mjs";

const [mode = "all", countText = "1000000"] = process.argv.slice(2);
const input = settlementInput(1);
const request = accountRequest(1);

if (mode === "round") {
  const bench = new Bench({ time: Number(process.env.BENCH_TIME_MS ?? 1_000), warmupTime: 500 });
  bench.add("evaluate the six-item account", () => evaluateRefund(request));
  bench.add("settle its decision (3 invoices, 5 payments)", () => settleRefund(input));
  await bench.run();
  process.stdout.write(JSON.stringify(Object.fromEntries(bench.tasks.map((task) => [task.name, task.result.latency.p50 * 1_000]))));
  process.exit(0);
}

const fmt = (us) => `${us.toFixed(2)} µs`;
if (mode === "all" || mode === "per-op") {
  const plan = settleRefund(input);
  console.log(`settlement bench: decision total ${input.decision.total.gross} ${input.decision.currency}, ${plan.steps.length} steps, ${plan.creditNotes.length} credit notes`);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const runs = {};
  for (let round = 0; round < rounds; round++) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "round"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    if (run.status !== 0) throw new Error(`round ${round}: exited with ${run.status}`);
    for (const [task, us] of Object.entries(JSON.parse(run.stdout))) (runs[task] ??= []).push(us);
  }
  const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}; tinybench; median of ${rounds} rounds' medians (best round)`);
  for (const [task, values] of Object.entries(runs)) console.log(`  ${task.padEnd(48)} ${fmt(middle(values)).padStart(12)} (${fmt(Math.min(...values))})`);
  const [evaluate, settle] = Object.values(runs);
  console.log(`  settle / evaluate: ${(middle(settle) / middle(evaluate)).toFixed(2)} (medians), ${(Math.min(...settle) / Math.min(...evaluate)).toFixed(2)} (best rounds)`);
}

if (mode === "all" || mode === "ndjson") {
  const count = Number(countText);
  const cores = availableParallelism();
  const file = join(tmpdir(), `refund-policy-bench-settlements-${count}.ndjson`);
  if (!existsSync(file)) spawnSync(process.execPath, ["bench/settle-corpus.mjs", String(count), file], { stdio: "inherit" });
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, "dist/cli.js", "settle", file, "--ndjson", "--workers", String(cores)], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const lines = result.stderr.trim().split("\n");
  const [wall, user, sys, rssKb] = lines.pop().split(" ").map(Number);
  console.log(`${count.toLocaleString("en")} settlements, settle --ndjson --workers ${cores}: ${wall.toFixed(1)} s wall, ${(user + sys).toFixed(1)} s CPU, ${(rssKb / 1024).toFixed(0)} MB peak RSS; ${lines.join(" ")}`);
}
