// Real settlements (settleRefund over the reference model's random accounts): each credit note is written
// and reads back with its totals, or is refused for a reason the standard forces, never for another.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toUblCreditNote } from "../../src/einvoice/index.js";
import { evaluateRefund, RefundPolicyError, settleRefund } from "../../src/index.js";
import { readBack, value } from "./read-back.js";
import { isExpectedRefusal, settle, settlementCase, type SettlementLibrary } from "./settlements.js";

const lib = { evaluateRefund, settleRefund } as unknown as SettlementLibrary;
const runs = Number(process.env.FC_RUNS ?? 30);

describe("the credit notes of random settlements", () => {
  it("are written with the credit note's totals, or refused only for what EN 16931 cannot carry", () => {
    let written = 0;
    fc.assert(
      fc.property(settlementCase, (c) => {
        const notes = settle(lib, c);
        fc.pre(notes.length > 0);
        for (const { creditNote, parties } of notes) {
          let xml: string;
          try {
            xml = toUblCreditNote(creditNote, parties);
          } catch (error) {
            expect(error).toBeInstanceOf(RefundPolicyError);
            const unexpected = (error as RefundPolicyError).problems.filter((p) => !isExpectedRefusal(p));
            expect(unexpected).toEqual([]);
            continue;
          }
          written += 1;
          const doc = readBack(xml);
          expect([doc.taxTotal, doc.totals.payable].map(value)).toEqual([creditNote.total.tax, creditNote.total.gross].map(value));
          expect(doc.invoice.number).toBe(creditNote.invoiceNumber);
          expect(doc.lines).toHaveLength(creditNote.lines.length);
        }
      }),
      { numRuns: runs, maxSkipsPerRun: 100 },
    );
    if (process.env.EINVOICE_STATS) console.log(`${written} credit notes written`);
    expect(written).toBeGreaterThan(0);
  }, 60_000);
});
