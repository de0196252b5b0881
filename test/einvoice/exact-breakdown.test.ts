// BR-CO-17 / BR-S-09 held exactly where the figures allow, within the standard's own tolerance where the
// taxes were rounded per line, and refused past it; amounts written with the currency's digits, never
// more than two, never rounded to fit.
import { describe, expect, it } from "vitest";
import { toUblCreditNote } from "../../src/einvoice/index.js";
import { BUYER, SELLER, messages, note, refusal, taxed } from "./helpers.js";
import { readBack } from "./read-back.js";

const parties = { seller: SELLER, buyer: BUYER };

describe("a category's VAT against its base × rate", () => {
  it("is exact for one line per rate: accepted even with no tolerance", () => {
    const doc = readBack(toUblCreditNote(note([taxed("a", 119400n, "VAT", "0.19", 22686n)]), parties, { vatTolerance: "none" }));
    expect(doc.subtotals[0]).toMatchObject({ base: "1194.00", amount: "226.86" });
  });

  it("accepts a VAT rounded once in any direction (a policy rounding down or up) with no tolerance", () => {
    // 0.50 × 0.19 = 0.095: 0.09 rounded down, 0.10 rounded up.
    expect(() => toUblCreditNote(note([taxed("a", 50n, "VAT", "0.19", 9n)]), parties, { vatTolerance: "none" })).not.toThrow();
    expect(() => toUblCreditNote(note([taxed("a", 50n, "VAT", "0.19", 10n)]), parties, { vatTolerance: "none" })).not.toThrow();
  });

  it("keeps per-line rounded taxes unchanged within the standard's tolerance, and refuses them with none", () => {
    // Three lines of 0.50 at 19 %: each 0.095 rounds to 0.10, the sum 0.30; the base 1.50 × 0.19 is 0.285.
    const lines = ["a", "b", "c"].map((id) => taxed(id, 50n, "VAT", "0.19", 10n));
    expect(readBack(toUblCreditNote(note(lines), parties)).subtotals[0]).toMatchObject({ base: "1.50", amount: "0.30" });
    expect(refusal(note(lines), parties, { vatTolerance: "none" })).toEqual(["creditNote.taxes en16931_rule"]);
  });

  it("refuses per-line rounding that strays a whole currency unit: the yen, three lines of 5 at 10 %", () => {
    const lines = ["a", "b", "c"].map((id) => taxed(id, 5n, "JCT", "0.1", 1n));
    expect(refusal(note(lines, "JPY", 0), parties)).toEqual(["creditNote.taxes en16931_rule"]);
    expect(messages(note(lines, "JPY", 0), parties)).toContain("category S at 10 %");
  });

  it("refuses a VAT further than the tolerance from its base × rate", () => {
    expect(refusal(note([taxed("a", 10000n, "VAT", "0.19", 2000n)]), parties)).toEqual(["creditNote.taxes en16931_rule"]);
    expect(() => toUblCreditNote(note([taxed("a", 10000n, "VAT", "0.19", 1999n)]), parties)).not.toThrow();
  });

  it("refuses a rate that rounds to 0 % with a VAT of half a unit or more, as BR-CO-17 computes it", () => {
    expect(refusal(note([taxed("a", 100000n, "VAT", "0.004", 400n)]), parties)).toEqual(["creditNote.taxes en16931_rule"]);
    expect(() => toUblCreditNote(note([taxed("a", 10000n, "VAT", "0.004", 40n)]), parties)).not.toThrow();
  });
});

describe("amounts and currencies", () => {
  it("writes the yen with no decimals", () => {
    const doc = readBack(toUblCreditNote(note([taxed("a", 1200n, "JCT", "0.1", 120n)], "JPY", 0), parties));
    expect([doc.totals.payable, doc.subtotals[0]?.amount, doc.lines[0]?.net]).toEqual(["1320", "120", "1200"]);
  });

  it("writes a three-digit currency with two decimals when its third is 0, and refuses one whose third is not", () => {
    const doc = readBack(toUblCreditNote(note([taxed("a", 123400n, "VAT", "0.1", 12340n)], "KWD", 3), parties));
    expect([doc.totals.payable, doc.lines[0]?.net]).toEqual(["135.74", "123.40"]);
    expect(refusal(note([taxed("a", 123455n, "VAT", "0.1", 12346n)], "KWD", 3), parties)).toEqual([
      "creditNote.lines[0].net en16931_unsupported",
      "creditNote.lines[0].taxes[0].amount en16931_unsupported",
    ]);
  });

  it("refuses a currency EN 16931 does not list (BR-CL-03)", () => {
    expect(refusal(note([taxed("a", 100n, "VAT", "0.1", 10n)], "ANG", 2), parties)).toEqual(["creditNote.currency en16931_unsupported"]);
  });
});

describe("a credit note whose figures do not add up", () => {
  it("is refused at every figure that disagrees, never repaired", () => {
    const creditNote = note([taxed("a", 10000n, "VAT", "0.19", 1900n), taxed("b", 5000n, "VAT", "0.19", 950n)]);
    creditNote.lines[1]!.gross = "60.00";
    creditNote.total = { net: "150.01", tax: "28.50", gross: "178.50" };
    creditNote.taxes = [{ code: "VAT", rate: "0.19", base: "150.00", amount: "28.49" }];
    expect(refusal(creditNote, parties)).toEqual([
      "creditNote.lines[1].gross inconsistent_credit_note",
      "creditNote.total.net inconsistent_credit_note",
      "creditNote.total.gross inconsistent_credit_note",
      "creditNote.taxes[0] inconsistent_credit_note",
    ]);
  });

  it("is refused when a tax code and rate of its lines is missing from its taxes", () => {
    const creditNote = note([taxed("a", 10000n, "VAT", "0.19", 1900n)]);
    creditNote.taxes = [];
    expect(refusal(creditNote, parties)).toEqual(["creditNote.taxes inconsistent_credit_note"]);
  });

  it("is refused, with every problem, when it is not a credit note at all", () => {
    expect(refusal(null, parties)).toEqual(["creditNote wrong_type"]);
    expect(refusal({ id: 1, lines: [], total: null }, null)).toEqual([
      "creditNote.id wrong_type",
      "creditNote.invoiceNumber missing",
      "creditNote.invoiceIssuedOn missing",
      "creditNote.issuedOn missing",
      "creditNote.currency missing",
      "creditNote.lines no_items",
      "creditNote.total missing",
      "parties wrong_type",
    ]);
  });

  it("is refused line by line when its lines are malformed", () => {
    const creditNote = { ...note([taxed("a", 100n, "VAT", "0.19", 19n)]), lines: [null, { itemId: "b", net: "1.001", gross: "x", taxes: [{ code: "V", rate: "19%", amount: "0.19" }, 3] }, { itemId: "c", net: "1.00", gross: "1.00", taxes: {} }] };
    expect(refusal(creditNote, parties)).toEqual([
      "creditNote.lines[0] wrong_type",
      "creditNote.lines[1].net too_many_decimals",
      "creditNote.lines[1].gross invalid_amount",
      "creditNote.lines[1].taxes[0].rate invalid_rate",
      "creditNote.lines[1].taxes[1] wrong_type",
      "creditNote.lines[2].taxes wrong_type",
    ]);
  });
});
