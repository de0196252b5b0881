// node bench/settle-corpus.mjs <N> <file>: writes N settlement inputs, one JSON object per line, for
// `refund-policy settle --ndjson`: the final decision of a six-item migrating account (two subscriptions
// with VAT, a license key, telephony credit, a MarketPlace app, a charge) over three invoices and five
// payments (two card charges on the first invoice, one of them partly refunded; a card charge and a direct
// debit on the second, the card's refund window sometimes past; a bank transfer on the third), every fifth
// line with an open invoice to offset. Amounts vary line by line (1,000 decisions, each with varying ledgers).
// Deterministic: the same N gives the same file. Also exports `settlementInput(n)` for bench/settle.mjs.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { pathToFileURL } from "node:url";
import { evaluateRefund } from "../dist/index.js";

const cents = (minor) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
const vatOf = (net) => Math.floor((net * 19) / 100);

/** The six-item migrating account of variant `v` (amounts in minor units vary with it). */
function account(v) {
  const yearly = 100_000 + ((v * 7_919) % 400_000);
  const monthly = 2_000 + ((v * 104_729) % 8_000);
  const request = {
    asOf: "2026-06-20",
    action: "migrate_to_on_premise",
    account: { id: `acct-${v}`, currency: "EUR" },
    migration: { status: "completed", completedOn: `2026-06-${String(1 + (v % 19)).padStart(2, "0")}` },
    items: [
      { id: "sub-1", type: "subscription", plan: "professional", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: cents(yearly), taxes: [{ code: "DE-VAT", rate: "0.19", amount: cents(vatOf(yearly)) }] } },
      { id: "sub-2", type: "subscription", plan: "telephony", cycle: "month", period: { start: "2026-06-01", end: "2026-07-01" }, paid: { net: cents(monthly), taxes: [{ code: "DE-VAT", rate: "0.19", amount: cents(vatOf(monthly)) }] } },
      { id: "key-1", type: "license_key", product: "business", paid: { net: "1490.00" } },
      { id: "tel-1", type: "telephony_credit", balance: "25.00", purpose: "calls" },
      { id: "app-1", type: "marketplace_app", appId: "acme.crm-sync", developer: { name: "Acme", contact: "support@acme.example" }, purchasedOn: "2026-06-01", paid: { net: "30.00" } },
      { id: "use-1", type: "incurred_charge", description: "SMS, May", amount: "3.20", incurredOn: "2026-05-31" },
    ],
  };
  return { request, yearly, monthly };
}

/** The request of line `n`'s decision (bench/settle.mjs evaluates it beside the settlement). */
export function accountRequest(n) {
  return account(n % 1_000).request;
}

const variants = new Map();
function variant(v) {
  let found = variants.get(v);
  if (found === undefined) {
    const { request, yearly, monthly } = account(v);
    found = { decision: evaluateRefund(request), request, yearly, monthly };
    variants.set(v, found);
  }
  return found;
}

/** The settlement input of line `n`: one of 1,000 decisions, over a ledger of its own. */
export function settlementInput(n) {
  const { decision, yearly, monthly } = variant(n % 1_000);
  const gross1 = yearly + vatOf(yearly) + 149_000;
  const gross2 = monthly + vatOf(monthly) + 3_000;
  const first = Math.floor((gross1 * (40 + (n % 31))) / 100);
  const card = Math.floor(gross2 / 2);
  const input = {
    decision,
    invoices: [
      { id: "inv-1", number: `INV-2026-${String(n % 10_000).padStart(4, "0")}`, issuedOn: "2026-01-01", itemIds: ["sub-1", "key-1"], gross: cents(gross1) },
      { id: "inv-2", number: "INV-2026-0601", issuedOn: "2026-06-01", itemIds: ["sub-2", "app-1"], gross: cents(gross2) },
      { id: "inv-3", number: "INV-2026-0531", issuedOn: "2026-05-31", itemIds: ["tel-1", "use-1"] },
    ],
    payments: [
      { id: "ch_1", invoiceId: "inv-1", method: "card", amount: cents(first), refunded: n % 4 === 0 ? "100.00" : "0.00", capturedAt: "2026-01-01T09:30:00Z" },
      { id: "ch_2", invoiceId: "inv-1", method: "card", amount: cents(gross1 - first), capturedAt: "2026-02-01T10:00:00Z" },
      { id: "ch_3", invoiceId: "inv-2", method: "card", amount: cents(card), capturedAt: "2026-06-01", refundableUntil: n % 3 === 0 ? "2026-06-10" : "2026-12-31" },
      { id: "dd_4", invoiceId: "inv-2", method: "direct_debit", amount: cents(gross2 - card), capturedAt: "2026-06-02" },
      { id: "bt_5", invoiceId: "inv-3", method: "bank_transfer", amount: "37.58", capturedAt: "2026-06-03" },
    ],
  };
  if (n % 5 === 0) input.openInvoices = [{ id: "inv-9", amount: cents(4_900 + (n % 1_000)), dueOn: "2026-07-01" }];
  return input;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [countText = "1000000", file = "/tmp/refund-policy-settlements.ndjson"] = process.argv.slice(2);
  const count = Number(countText);
  const out = createWriteStream(file);
  let batch = "";
  for (let n = 0; n < count; n++) {
    batch += `${JSON.stringify(settlementInput(n))}\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, "drain");
      batch = "";
    }
  }
  out.end(batch);
  await once(out, "finish");
  console.log(`${count.toLocaleString("en")} settlement inputs -> ${file}`);
}
