// Every credit note of the settlement table (docs/settlement-table.md) is written and reads back as itself.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toUblCreditNote } from "../../src/einvoice/index.js";
import { evaluateRefund, safeSettleRefund } from "../../src/index.js";
import { readBack, value } from "./read-back.js";
import { tableCreditNotes, type TableLibrary } from "./settlement-table.js";

const notes = tableCreditNotes({ evaluateRefund, safeSettleRefund } as unknown as TableLibrary, readFileSync("docs/settlement-table.md", "utf8"));

describe("the settlement table's credit notes as e-invoices", () => {
  it("finds credit notes in most rows", () => {
    expect(notes.length).toBeGreaterThan(10);
  });

  it.each(notes.map((n) => [n.name, n] as const))("%s: written, with its totals and the preceding invoice", (_, { creditNote, parties }) => {
    const doc = readBack(toUblCreditNote(creditNote, parties));
    expect([doc.totals.lineExtension, doc.taxTotal, doc.totals.payable].map(value)).toEqual([creditNote.total.net, creditNote.total.tax, creditNote.total.gross].map(value));
    expect(doc.invoice).toEqual({ number: creditNote.invoiceNumber, issuedOn: creditNote.invoiceIssuedOn });
    expect(doc.subtotals.map((s) => s.category)).toEqual(creditNote.lines.some((l) => l.taxes.length > 0) ? (creditNote.lines.some((l) => l.taxes.length === 0) ? ["S", "Z"] : ["S"]) : ["Z"]);
  });
});
