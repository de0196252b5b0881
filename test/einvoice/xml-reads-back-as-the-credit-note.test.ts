// The law of the e-invoice (issue 22): for random credit notes, the XML parses, its totals equal the
// credit note's, and each VAT breakdown equals the sums of its lines. Read back with fast-xml-parser.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toUblCreditNote } from "../../src/einvoice/index.js";
import { RefundPolicyError } from "../../src/errors.js";
import { creditNoteCase, fixedCases, type EinvoiceCase } from "../../scripts/einvoice-cases.mjs";
import { readBack, value } from "./read-back.js";

const runs = Number(process.env.FC_RUNS ?? 100);

const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

/** Writes the case, or returns the refusal when (and only when) per-line rounding strays past the tolerance. */
function write(c: EinvoiceCase): string | undefined {
  try {
    return toUblCreditNote(c.creditNote, c.parties);
  } catch (error) {
    expect(error).toBeInstanceOf(RefundPolicyError);
    expect((error as RefundPolicyError).problems.map((p) => `${p.path} ${p.code}`)).toEqual(["creditNote.taxes en16931_rule"]);
    return undefined;
  }
}

describe("a written credit note reads back as the credit note", () => {
  it("has the credit note's totals: net, VAT, gross and the amount payable", () => {
    fc.assert(
      fc.property(creditNoteCase, (c) => {
        const xml = write(c);
        fc.pre(xml !== undefined);
        const doc = readBack(xml as string);
        const { total } = c.creditNote;
        expect(value(doc.totals.lineExtension)).toBe(value(total.net));
        expect(value(doc.totals.taxExclusive)).toBe(value(total.net));
        expect(value(doc.taxTotal)).toBe(value(total.tax));
        expect(value(doc.totals.taxInclusive)).toBe(value(total.gross));
        expect(value(doc.totals.payable)).toBe(value(total.gross));
        expect(doc.typeCode).toBe("381");
        expect(doc.currency).toBe(c.creditNote.currency);
      }),
      { numRuns: runs },
    );
  });

  it("has one line per credit-note line, with its net, quantity 1 and its item's name", () => {
    fc.assert(
      fc.property(creditNoteCase, (c) => {
        const xml = write(c);
        fc.pre(xml !== undefined);
        const doc = readBack(xml as string);
        expect(doc.lines.map((l) => [l.id, l.quantity, value(l.net), value(l.price), l.name, l.itemId])).toEqual(
          c.creditNote.lines.map((l, i) => [String(i + 1), "1", value(l.net), value(l.net), l.label ?? l.itemId, l.itemId]),
        );
      }),
      { numRuns: runs },
    );
  });

  it("breaks VAT down per category and rate, each base and VAT the sum of its lines", () => {
    fc.assert(
      fc.property(creditNoteCase, (c) => {
        const xml = write(c);
        fc.pre(xml !== undefined);
        const doc = readBack(xml as string);
        const keys = doc.subtotals.map((s) => `${s.category} ${s.percent ?? "-"}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(value(doc.taxTotal)).toBe(sum(doc.subtotals.map((s) => value(s.amount))));
        for (const s of doc.subtotals) {
          const lines = doc.lines.map((l, i) => ({ l, source: c.creditNote.lines[i]! })).filter(({ l }) => l.category === s.category && l.percent === s.percent);
          expect(lines.length).toBeGreaterThan(0);
          expect(value(s.base)).toBe(sum(lines.map(({ source }) => value(source.net))));
          expect(value(s.amount)).toBe(sum(lines.map(({ source }) => sum(source.taxes.map((t) => value(t.amount))))));
        }
      }),
      { numRuns: runs },
    );
  });

  it("writes the same bytes for the same input, and leaves the input as it was", () => {
    fc.assert(
      fc.property(creditNoteCase, (c) => {
        const before = JSON.stringify(c);
        const first = write(c);
        fc.pre(first !== undefined);
        expect(write(structuredClone(c))).toBe(first);
        expect(JSON.stringify(c)).toBe(before);
      }),
      { numRuns: runs },
    );
  });

  it("never amounts with more than two decimals, nor a negative one", () => {
    fc.assert(
      fc.property(creditNoteCase, (c) => {
        const xml = write(c);
        fc.pre(xml !== undefined);
        for (const [, amount] of (xml as string).matchAll(/currencyID="[A-Z]{3}">([^<]*)</g)) expect(amount).toMatch(/^\d+(\.\d{1,2})?$/);
      }),
      { numRuns: runs },
    );
  });
});

describe("the fixed cases", () => {
  it.each(fixedCases().map((c) => [c.name, c] as const))("%s: written and read back with its totals", (_, c) => {
    const doc = readBack(toUblCreditNote(c.creditNote, c.parties));
    expect(value(doc.totals.payable)).toBe(value(c.creditNote.total.gross));
    expect(doc.invoice).toEqual({ number: c.creditNote.invoiceNumber, issuedOn: c.creditNote.invoiceIssuedOn });
  });
});
