// One-off (issue 20, the front door): a history whose later version brings default options, one
// single-subscription request, decided by the build in <dist>. Before the change such a request was read
// twice (with the caller's options, then with the version's); now once. Run it on two builds back to back:
//   node bench/version-defaults.mjs /tmp/before/dist && node bench/version-defaults.mjs "$PWD/dist"
import { Bench } from "tinybench";
const [dir = new URL("../dist", import.meta.url).pathname] = process.argv.slice(2);
const lib = await import(`${dir}/index.js`);
const later = lib.definePolicy({ ...lib.bitrix24Policy, version: "2025-01-01" });
const history = lib.definePolicyHistory([
  { effectiveFrom: "1970-01-01", policy: lib.bitrix24Policy },
  { effectiveFrom: "2025-01-01", policy: later, defaultOptions: { rounding: "down" } },
]);
const evaluate = lib.createEvaluator(history);
const yearly = { id: "sub-1", type: "subscription", plan: "professional", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "2388.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "453.72" }] } };
const single = { asOf: "2026-06-20", action: "migrate_to_on_premise", account: { id: "acct-42", currency: "EUR" }, migration: { status: "completed", completedOn: "2026-06-15" }, items: [yearly] };
const bench = new Bench({ time: 1500 });
bench.add("history with version defaults, single subscription", () => evaluate(single));
const medians = [];
for (let round = 0; round < 5; round++) { await bench.run(); medians.push(bench.tasks[0].result.latency.p50 * 1000); }
medians.sort((a, b) => a - b);
console.log(dir, "median of 5 rounds' medians:", medians[2].toFixed(2), "µs");
