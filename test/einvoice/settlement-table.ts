// The settlement table's rows (docs/settlement-table.md) as settlement inputs, read the way its own test
// reads them (test/settlement/table-ledger.ts), for the e-invoice checks: every credit note of the table
// becomes an e-invoice. The library is passed in (the sources in vitest, the build in the CI script).
import type { SettlementPlan } from "../../src/contract/settlement.js";
import type { UblCreditNoteParties } from "../../src/einvoice/index.js";
import { tableInput } from "../settlement/table-ledger.js";


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

function inputOf(lib: TableLibrary, ledger: string): Record<string, unknown> {
  return tableInput(ledger, (request) => lib.evaluateRefund(request));
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
