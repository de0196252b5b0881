// node bench/corpus.mjs <accounts|single> <N> <file>: writes N requests, one JSON request per line.
//   accounts: whole-account requests of one to eight items (subscriptions with VAT, keys, credit, apps,
//             charges), migrations and plain refunds, amounts varying line by line; 1 in 500 refused.
//   single:   the single-subscription migration of bench/ndjson.mjs, N times.
// Deterministic: the same N gives the same file. Used by bench/compare.mjs and the figures in docs/benchmarks.md.
import { createWriteStream } from "node:fs";
import { once } from "node:events";

const [kind = "accounts", countText = "1000000", file = `/tmp/refund-policy-${kind}.ndjson`] = process.argv.slice(2);
const count = Number(countText);

const single = {
  asOf: "2026-06-20",
  action: "migrate_to_on_premise",
  account: { id: "acct-42", currency: "EUR" },
  migration: { status: "completed", completedOn: "2026-06-15" },
  items: [{ id: "sub-1", type: "subscription", plan: "professional", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "2388.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "453.72" }] } }],
};

const cents = (minor) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
function item(kind, i, n) {
  const net = 1_000 + ((n * 7_919 + i * 104_729) % 500_000); // minor units, 10.00 to 5,009.99
  const vat = Math.floor((net * 19) / 100);
  switch (kind) {
    case 0:
      return { id: `sub-${i}`, type: "subscription", plan: "professional", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: cents(net), taxes: [{ code: "DE-VAT", rate: "0.19", amount: cents(vat) }] } };
    case 1:
      return { id: `sub-${i}`, type: "subscription", plan: "standard", cycle: "month", period: { start: "2026-06-01", end: "2026-07-01" }, paid: { net: cents(net), taxes: [{ code: "DE-VAT", rate: "0.19", amount: cents(vat) }] } };
    case 2:
      return { id: `key-${i}`, type: "license_key", product: "business", paid: { net: cents(net) } };
    case 3:
      return { id: `tel-${i}`, type: "telephony_credit", balance: cents(net % 10_000), purpose: "calls" };
    case 4:
      return { id: `app-${i}`, type: "marketplace_app", appId: "acme.crm-sync", developer: { name: "Acme", contact: "support@acme.example" }, purchasedOn: "2026-06-01", paid: { net: cents(net % 20_000) } };
    default:
      return { id: `use-${i}`, type: "incurred_charge", description: "SMS, May", amount: cents(net % 1_000), incurredOn: "2026-05-31" };
  }
}
function account(n) {
  const items = Array.from({ length: 1 + (n % 8) }, (_, i) => item((n + i * 5) % 6, i, n));
  const day = String(1 + (n % 19)).padStart(2, "0");
  const migrate = n % 3 !== 0;
  const request = migrate
    ? { asOf: "2026-06-20", action: "migrate_to_on_premise", account: { id: `acct-${n}`, currency: "EUR" }, migration: { status: "completed", completedOn: `2026-06-${day}` }, items }
    : { asOf: `2026-06-${day}`, action: "refund", account: { id: `acct-${n}`, currency: "EUR" }, items };
  if (n % 500 === 499) request.asOf = "2026-02-30";
  return request;
}

const out = createWriteStream(file);
const singleLine = `${JSON.stringify(single)}\n`;
let batch = "";
for (let n = 0; n < count; n++) {
  batch += kind === "single" ? singleLine : `${JSON.stringify(account(n))}\n`;
  if (batch.length > 1 << 20) {
    if (!out.write(batch)) await once(out, "drain");
    batch = "";
  }
}
out.end(batch);
await once(out, "finish");
console.log(`${count.toLocaleString("en")} ${kind} requests -> ${file}`);
