// The settlement table's rows (docs/settlement-table.md) as settlement inputs, read the way its own test
// reads them (test/settlement/table.test.ts), for the e-invoice checks: every credit note of the table
// becomes an e-invoice. The library is passed in (the sources in vitest, the build in the CI script).
import type { SettlementPlan } from "../../src/contract/settlement.js";
import type { UblCreditNoteParties } from "../../src/einvoice/index.js";

type Json = Record<string, unknown>;

/** What the table needs of the library. */
export interface TableLibrary {
  evaluateRefund(request: unknown): unknown;
  safeSettleRefund(input: unknown, options?: unknown): { ok: true; plan: SettlementPlan } | { ok: false };
}

/** The parties of every table credit note: item `a` is standard rated, item `b` untaxed (zero rated here). */
export const TABLE_PARTIES: UblCreditNoteParties = {
  seller: { name: "Bitrix24 GmbH", country: "DE", vatId: "DE123456789", addressLines: ["Hauptstr. 1"], city: "Berlin", postalCode: "10115" },
  buyer: { name: "Acme AG", country: "DE", vatId: "DE987654321" },
  untaxed: "Z",
};

function decision(lib: TableLibrary, final: boolean): unknown {
  const subscription = (id: string, net: string, taxes?: Json[]) => ({
    id, type: "subscription", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: taxes ? { net, taxes } : { net },
  });
  return lib.evaluateRefund({
    asOf: "2026-06-20", action: "migrate_to_on_premise", account: { id: "acct-1", currency: "EUR" },
    migration: final ? { status: "completed", completedOn: "2026-06-15" } : { status: "in_progress", expectedCompletionOn: "2026-06-15" },
    items: [subscription("a", "1000.00", [{ code: "VAT", rate: "0.19", amount: "190.00" }]), subscription("b", "200.00")],
  });
}

function inputOf(lib: TableLibrary, ledger: string): Json {
  const invoices: Json[] = [];
  const payments: Json[] = [];
  const open: Json[] = [];
  let final = true;
  for (const part of ledger.split(";").map((p) => p.trim())) {
    const words = part.split(/\s+/);
    const option = (name: string) => (words.includes(name) ? words[words.indexOf(name) + 1] : undefined);
    const invoice = /^([\w-]+)\[([\w,]*)\]/.exec(part);
    if (part === "estimate") final = false;
    else if (words[0] === "open") open.push({ id: words[1], amount: words[2], dueOn: option("due") });
    else if (invoice) {
      const entry: Json = { id: invoice[1], number: `INV-${invoice[1]}`, issuedOn: option("issued") ?? "2026-01-01", itemIds: invoice[2]!.split(",").filter(Boolean) };
      if (option("gross") !== undefined) entry.gross = option("gross");
      if (option("credited") !== undefined) entry.credited = option("credited");
      invoices.push(entry);
    } else {
      const payment: Json = { id: words[0], invoiceId: invoices.at(-1)?.id, method: words[1], amount: words[2], capturedAt: words[3]?.slice(1) };
      if (option("refunded") !== undefined) payment.refunded = option("refunded");
      if (option("until") !== undefined) payment.refundableUntil = option("until");
      if (words.includes("disputed")) payment.refundable = false;
      payments.push(payment);
    }
  }
  const input: Json = { decision: decision(lib, final), invoices, payments };
  if (open.length > 0) input.openInvoices = open;
  return input;
}

/** A credit note of the table, named by its row. */
export interface TableCreditNote {
  name: string;
  creditNote: SettlementPlan["creditNotes"][number];
  parties: UblCreditNoteParties;
}

/** Every credit note of the table's rows that settle, named by row, with the table's parties. */
export function tableCreditNotes(lib: TableLibrary, table: string): TableCreditNote[] {
  const notes: TableCreditNote[] = [];
  for (const line of table.split("\n").filter((l) => /^\| S\d+ \|/.test(l))) {
    const [id, , order, remainder, offset, ledger] = line.split("|").slice(1, -1).map((cell) => cell.trim());
    const result = lib.safeSettleRefund(inputOf(lib, ledger!), { order, remainder, offset });
    if (!result.ok) continue;
    result.plan.creditNotes.forEach((creditNote, i) => notes.push({ name: `table ${id} credit note ${i + 1}`, creditNote, parties: TABLE_PARTIES }));
  }
  return notes;
}
