// npm run bench: refund-policy (the built dist/index.js, as consumers get it) against
//   (a) the same decisions encoded for json-rules-engine, its arithmetic in decimal.js, and
//   (b) the floor: a hand-written function that computes only the single-subscription figure exactly
//       with decimal.js, with no validation and no explanation.
// Prints a table of medians and the ratios. Not run in CI: performance is claimed from here.
// `node bench/bench.mjs <group>` measures one contender alone and prints its medians as JSON.
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { addMonths } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { Decimal } from "decimal.js";
import { Engine } from "json-rules-engine";
import { Bench } from "tinybench";
import { evaluateRefund } from "../dist/index.js";

// ---------------------------------------------------------------- scenarios
const vat = (amount) => [{ code: "DE-VAT", rate: "0.19", amount }];
const yearly = { id: "sub-1", type: "subscription", plan: "professional", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "2388.00", taxes: vat("453.72") } };
const monthly = { id: "sub-2", type: "subscription", plan: "telephony", cycle: "month", period: { start: "2026-06-01", end: "2026-07-01" }, paid: { net: "49.00", taxes: vat("9.31") } };
const others = [
  { id: "key-1", type: "license_key", product: "business", paid: { net: "1490.00" } },
  { id: "tel-1", type: "telephony_credit", balance: "25.00", purpose: "calls" },
  { id: "app-1", type: "marketplace_app", appId: "acme.crm-sync", developer: { name: "Acme", contact: "support@acme.example" }, purchasedOn: "2026-06-01", paid: { net: "30.00" } },
  { id: "use-1", type: "incurred_charge", description: "SMS, May", amount: "3.20", incurredOn: "2026-05-31" },
];
const account = { id: "acct-42", currency: "EUR" };
const completed = { status: "completed", completedOn: "2026-06-15" };
const single = { asOf: "2026-06-20", action: "migrate_to_on_premise", account, migration: completed, items: [yearly] };
const estimate = { ...single, migration: { status: "in_progress", expectedCompletionOn: "2026-06-15" } };
const wholeAccount = { ...single, items: [yearly, monthly, ...others] };
const transfer = { asOf: "2026-06-20", action: "transfer_credit", account, items: [others[1]] };
const thousand = {
  ...single,
  items: Array.from({ length: 1_000 }, (_, i) => ({ ...[yearly, monthly, ...others][i % 6], id: `item-${i}` })),
};
const scenarios = [
  ["single-subscription migration (final)", single],
  ["single-subscription migration (estimate)", estimate],
  ["whole migrating account (6 items)", wholeAccount],
  ["refused telephony transfer", transfer],
  ["1,000-item request", thousand],
];

// ---------------------------------------------------------------- (b) the floor
const Floor = Decimal.clone({ precision: 40 });
const DAY = 86_400_000;
const parse = (text) => Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10));
function plusMonths(ms, k) {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + k;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last));
}
/** Only the single-subscription figure: months used after the completion day, net and VAT. */
function floor(request) {
  const sub = request.items[0];
  const start = parse(sub.period.start);
  const end = parse(sub.period.end);
  const firstUnused = parse(request.migration.completedOn ?? request.migration.expectedCompletionOn) + DAY;
  let total = 0;
  let used = 0;
  for (let b = start; b < end; b = plusMonths(start, ++total)) if (b < firstUnused) used++;
  const paid = new Floor(sub.paid.net);
  const net = paid.times(total - used).dividedBy(total).toDecimalPlaces(2, Floor.ROUND_HALF_UP);
  const tax = new Floor(sub.paid.taxes[0].amount).times(net).dividedBy(paid).toDecimalPlaces(2, Floor.ROUND_HALF_UP);
  return { net: net.toFixed(2), tax: tax.toFixed(2), gross: net.plus(tax).toFixed(2) };
}

// ---------------------------------------------------------------- (a) json-rules-engine
const engine = new Engine([], { allowUndefinedFacts: true });
const rule = (name, all, event) => engine.addRule({ name, conditions: { all }, event });
const is = (fact, value) => ({ fact, operator: "equal", value });
const among = (fact, value) => ({ fact, operator: "in", value });
const CREDIT = ["transfer_credit", "apply_credit_to_invoice", "pay_with_credit"];
const PLAIN = ["refund", "cancel", "migrate_to_on_premise"];
rule("credit actions", [among("action", CREDIT)], { type: "line", params: { outcome: "not_allowed", clause: "telephony.non-transferable" } });
rule("subscription refund", [is("type", "subscription"), is("action", "refund")], { type: "line", params: { outcome: "no_refund", clause: "products.non-refundable" } });
rule("subscription cancel", [is("type", "subscription"), is("action", "cancel")], { type: "cancel", params: { clause: "subscription.discontinue" } });
rule("subscription migrate", [is("type", "subscription"), is("action", "migrate_to_on_premise"), { fact: "commercial", operator: "notEqual", value: false }], { type: "prorate", params: { clause: "migration.partial-refund" } });
rule("license key", [is("type", "license_key"), among("action", PLAIN)], { type: "line", params: { outcome: "no_refund", clause: "products.non-refundable" } });
rule("telephony credit", [is("type", "telephony_credit"), among("action", PLAIN)], { type: "line", params: { outcome: "no_refund", clause: "telephony.no-cash-value" } });
rule("telephony on migration", [is("type", "telephony_credit"), is("action", "migrate_to_on_premise")], { type: "notice", params: { code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination" } });
rule("marketplace", [is("type", "marketplace_app"), among("action", PLAIN)], { type: "line", params: { outcome: "refer_to_developer", clause: "marketplace.developer-policy" } });
rule("incurred", [is("type", "incurred_charge"), among("action", PLAIN)], { type: "line", params: { outcome: "no_refund", clause: "charges.incurred" } });

const Jre = Decimal.clone({ precision: 40 });
const monthsBefore = (start, limit) => {
  let k = 0;
  while (addMonths(new UTCDate(start), k).getTime() < limit) k++;
  return k;
};
/** The same decision through json-rules-engine: rules pick the line, decimal.js computes the proration. */
async function viaRulesEngine(request) {
  const lines = [];
  const notices = [];
  let net = new Jre(0);
  let tax = new Jre(0);
  const completion = parse(request.migration?.completedOn ?? request.migration?.expectedCompletionOn ?? request.asOf);
  for (const item of request.items) {
    const { events } = await engine.run({ type: item.type, action: request.action, commercial: item.commercial });
    for (const event of events) {
      if (event.type === "notice") notices.push({ ...event.params, itemId: item.id });
      else if (event.type === "prorate") {
        const start = parse(item.period.start);
        const end = parse(item.period.end);
        const byDays = item.cycle === "month";
        const total = byDays ? (end - start) / DAY : monthsBefore(start, end);
        const used = byDays ? Math.min(total, Math.max(0, (completion + DAY - start) / DAY)) : Math.min(total, monthsBefore(start, completion + DAY));
        const paid = new Jre(item.paid.net);
        const lineNet = paid.times(total - used).dividedBy(total).toDecimalPlaces(2, Jre.ROUND_HALF_UP);
        const taxes = (item.paid.taxes ?? []).map((t) => new Jre(t.amount).times(lineNet).dividedBy(paid).toDecimalPlaces(2, Jre.ROUND_HALF_UP));
        const lineTax = taxes.reduce((a, b) => a.plus(b), new Jre(0));
        net = net.plus(lineNet);
        tax = tax.plus(lineTax);
        lines.push({ itemId: item.id, outcome: "partial_refund", clause: event.params.clause, refund: { net: lineNet.toFixed(2), tax: lineTax.toFixed(2) } });
      } else lines.push({ itemId: item.id, ...event.params });
    }
  }
  return { total: { net: net.toFixed(2), tax: tax.toFixed(2), gross: net.plus(tax).toFixed(2) }, lines, notices };
}

// ---------------------------------------------------------------- measure, each contender in its own process
// A V8 process shares decimal.js' functions between every Decimal clone that uses them: measured in one
// process, the floor's and json-rules-engine's clones make refund-policy's calls polymorphic (and the
// reverse), so each contender gets a fresh process. "refund-policy, host busy with decimal.js" shows
// what a host application that computes with its own decimal.js clone costs the library.
const GROUPS = {
  "refund-policy": () => scenarios.map(([name, request]) => [name, () => evaluateRefund(request)]),
  "json-rules-engine": () => scenarios.map(([name, request]) => [name, async () => viaRulesEngine(request)]),
  floor: () => [["single-subscription figure only", () => floor(single)]],
  "refund-policy, host busy with decimal.js": () => {
    for (let i = 0; i < 200_000; i++) floor(single);
    return scenarios.slice(0, 3).map(([name, request]) => [name, () => evaluateRefund(request)]);
  },
};
const time = Number(process.env.BENCH_TIME_MS ?? 1_000);
const group = process.argv[2];

if (group !== undefined) {
  const bench = new Bench({ time, warmupTime: 500 });
  for (const [name, task] of GROUPS[group]()) bench.add(name, task);
  await bench.run();
  const medians = Object.fromEntries(bench.tasks.map((task) => [task.name, task.result.latency.p50 * 1_000])); // µs
  process.stdout.write(JSON.stringify(medians));
} else {
  for (const [name, request] of scenarios.slice(0, 3)) {
    const ours = evaluateRefund(request).total;
    const theirs = (await viaRulesEngine(request)).total;
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) throw new Error(`${name}: json-rules-engine encoding disagrees: ${JSON.stringify(theirs)} vs ${JSON.stringify(ours)}`);
  }
  if (JSON.stringify(floor(single)) !== JSON.stringify(evaluateRefund(single).total)) throw new Error("the floor disagrees");

  // Shared machines have bursts of noise that slow a whole process two-fold for seconds: the contenders
  // take turns, round after round, and each figure is the median of its rounds' medians; the best and
  // worst rounds are printed below the table.
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const runs = {};
  for (let round = 0; round < rounds; round++) {
    for (const name of Object.keys(GROUPS)) {
      const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), name], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
      if (run.status !== 0) throw new Error(`${name}: exited with ${run.status}`);
      for (const [task, us] of Object.entries(JSON.parse(run.stdout))) ((runs[name] ??= {})[task] ??= []).push(us);
    }
  }
  const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const measured = Object.fromEntries(Object.entries(runs).map(([name, tasks]) => [name, Object.fromEntries(Object.entries(tasks).map(([task, values]) => [task, middle(values)]))]));
  const fmt = (us) => (us === undefined ? "" : us >= 1_000 ? `${(us / 1_000).toFixed(2)} ms` : `${us.toFixed(2)} µs`);
  const rows = scenarios.map(([name]) => {
    const ours = measured["refund-policy"][name];
    const theirs = measured["json-rules-engine"][name];
    return {
      scenario: name,
      "refund-policy": fmt(ours),
      "json-rules-engine": fmt(theirs),
      "JRE / ours": `${(theirs / ours).toFixed(1)}×`,
      "JRE / ours, best rounds": `${(Math.min(...runs["json-rules-engine"][name]) / Math.min(...runs["refund-policy"][name])).toFixed(1)}×`,
      "ours, host busy with decimal.js": fmt(measured["refund-policy, host busy with decimal.js"][name]),
    };
  });
  const floorMedian = measured.floor["single-subscription figure only"];
  const singleMedian = measured["refund-policy"][scenarios[0][0]];
  console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}; tinybench, ${time} ms per task, each contender in its own process; median of ${rounds} rounds' medians`);
  console.table(rows);
  console.log(`floor (single-subscription figure, decimal.js, no validation): ${fmt(floorMedian)}; refund-policy / floor = ${(singleMedian / floorMedian).toFixed(2)}×`);
  console.log("rounds' medians, best – worst:");
  for (const [name, tasks] of Object.entries(runs)) {
    for (const [task, values] of Object.entries(tasks)) console.log(`  ${name} · ${task}: ${fmt(Math.min(...values))} – ${fmt(Math.max(...values))}`);
  }
}
