// node bench/trust.mjs (after a build): what the tamper-evident records cost, in one run.
//  - a decision with its digests (evaluateRefund, as every decision is made now), a signed one, and the
//    digest work alone (canonical JSON + SHA-256 of the request and of the decision), interleaved, so the
//    decision without its digests is the difference;
//  - strict JSON on an --ndjson line: JSON.parse alone, and JSON.parse + the duplicate-name scan.
// Not run in CI; the figures are in docs/benchmarks.md.
import { buildSync } from "esbuild";
import { Bench } from "tinybench";
import { canonicalJson, evaluateRefund, hmacSha256Hex, sha256Hex } from "../dist/index.js";

const request = {
  asOf: "2026-06-20", action: "migrate_to_on_premise", account: { id: "acct-42", currency: "EUR" },
  migration: { status: "completed", completedOn: "2026-06-15" },
  items: [{ id: "sub-1", type: "subscription", plan: "professional", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "2388.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "453.72" }] } }],
};
const decision = evaluateRefund(request);
const { digests: _digests, ...unsealed } = decision;
const line = JSON.stringify(request);

// The command line's strict scan, bundled from its source (the CLI bundle runs on import).
const outfile = new URL("../node_modules/.cache/strict-json.mjs", import.meta.url).pathname;
buildSync({ entryPoints: ["src/cli/strict-json.ts"], bundle: true, format: "esm", platform: "node", outfile, logLevel: "silent" });
const { duplicateName } = await import(outfile);

const bench = new Bench({ time: 1_500, warmupTime: 300 });
bench
  .add("decision with digests (evaluateRefund)", () => evaluateRefund(request))
  .add("decision, signed (HMAC-SHA256)", () => evaluateRefund(request, undefined, { signingKey: "secret" }))
  .add("the digests alone (canonical JSON + SHA-256, request and decision)", () => {
    sha256Hex(canonicalJson(request));
    sha256Hex(canonicalJson({ ...unsealed, digests: { request: decision.digests.request } }));
  })
  .add("the signature alone (canonical JSON + SHA-256 + HMAC)", () => {
    sha256Hex(canonicalJson(request));
    hmacSha256Hex("secret", canonicalJson({ ...unsealed, digests: { request: decision.digests.request } }));
  })
  .add("--ndjson line: JSON.parse", () => JSON.parse(line))
  .add("--ndjson line: JSON.parse + duplicate-name scan", () => {
    JSON.parse(line);
    duplicateName(line);
  });
await bench.run();
const median = (task) => task.result.latency.p50 * 1_000;
for (const task of bench.tasks) console.log(`${task.name.padEnd(72)} ${median(task).toFixed(2).padStart(8)} µs (median)`);
const [withDigests, , digests] = bench.tasks;
console.log(`digest share of a decision: ${((median(digests) / median(withDigests)) * 100).toFixed(0)} %`);
