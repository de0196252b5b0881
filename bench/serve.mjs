// npm run bench (last step): `refund-policy serve` under load, on loopback only, with autocannon.
//   1. POST /v1/evaluate with the single-subscription migration request (bench/bench.mjs's), at 1, 8 and 64
//      connections, SECONDS each (default 5; `node bench/serve.mjs SECONDS`) after a one-second warm-up:
//      requests per second, p50 and p99 latency.
//   2. The same request decided in-process (evaluateRefund in a loop, dist/index.js): the cost of one call,
//      beside the service's cost per request on its one core (the server is one thread: 1 / req/s).
//   3. Memory of a fresh service (its own /metrics: resident set and V8 heap used) after 10,000 and after
//      100,000 requests: memory that does not grow with the requests answered.
// The server runs as users run it (node dist/cli.js serve --port 0), autocannon in this process: on a
// 2-core machine they share the cores. Not run in CI: figures are claimed from here (docs/benchmarks.md).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { availableParallelism } from "node:os";
import autocannon from "autocannon";
import { evaluateRefund } from "../dist/index.js";

const seconds = Number(process.argv[2] ?? 5);
const vat = [{ code: "DE-VAT", rate: "0.19", amount: "453.72" }];
const single = {
  asOf: "2026-06-20",
  action: "migrate_to_on_premise",
  account: { id: "acct-42", currency: "EUR" },
  migration: { status: "completed", completedOn: "2026-06-15" },
  items: [{ id: "sub-1", type: "subscription", plan: "professional", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "2388.00", taxes: vat } }],
};
const body = JSON.stringify({ request: single });

/** A fresh service; its URL and a stop. */
async function start() {
  const child = spawn(process.execPath, ["dist/cli.js", "serve", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const [first] = await once(child.stdout, "data");
  return { url: String(first).trim().split("\n")[0], stop: () => (child.kill("SIGTERM"), once(child, "exit")) };
}

/** One bounded autocannon run against /v1/evaluate: by time (`duration` s) or by count (`amount` requests). */
async function load(url, connections, bound) {
  const result = await autocannon({ url: `${url}/v1/evaluate`, method: "POST", headers: { "content-type": "application/json" }, body, connections, ...bound });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result;
}

/** The service's own memory figures, from its /metrics (prom-client's process metrics). */
async function memory(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = (name) => Number(text.split("\n").find((line) => line.startsWith(`${name} `))?.split(" ")[1]);
  return { rss: value("process_resident_memory_bytes") / 2 ** 20, heap: value("nodejs_heap_size_used_bytes") / 2 ** 20 };
}

// In-process: the same request, decided in a loop (after a warm-up), the median of five rounds.
for (let i = 0; i < 20_000; i++) evaluateRefund(single);
const rounds = [];
for (let round = 0; round < 5; round++) {
  const n = 20_000;
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) evaluateRefund(single);
  rounds.push(Number(process.hrtime.bigint() - started) / 1e3 / n);
}
const inProcess = rounds.sort((a, b) => a - b)[2];

console.log(`refund-policy serve, POST /v1/evaluate (single-subscription request), ${seconds} s per row, loopback, ${availableParallelism()} cores shared with the load generator`);
console.log(`in-process evaluateRefund: ${inProcess.toFixed(1)} µs per call (${Math.round(1e6 / inProcess).toLocaleString("en")} calls/s on one core)`);
console.log("| connections | requests/s | p50 | p99 | service µs per request (one core) | × in-process |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
const service = await start();
try {
  for (const connections of [1, 8, 64]) {
    await load(service.url, connections, { duration: 1 });
    const result = await load(service.url, connections, { duration: seconds });
    const perRequest = 1e6 / result.requests.average;
    console.log(`| ${connections} | ${Math.round(result.requests.average).toLocaleString("en")} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${perRequest.toFixed(0)} | ${(perRequest / inProcess).toFixed(1)} |`);
  }
} finally {
  await service.stop();
}

// Memory: a fresh service, 10,000 requests, then 90,000 more.
const fresh = await start();
try {
  await load(fresh.url, 8, { amount: 10_000 });
  const after10k = await memory(fresh.url);
  await load(fresh.url, 8, { amount: 90_000 });
  const after100k = await memory(fresh.url);
  console.log(`memory of the service: after 10,000 requests RSS ${after10k.rss.toFixed(1)} MB, heap used ${after10k.heap.toFixed(1)} MB; after 100,000 RSS ${after100k.rss.toFixed(1)} MB, heap used ${after100k.heap.toFixed(1)} MB`);
} finally {
  await fresh.stop();
}
