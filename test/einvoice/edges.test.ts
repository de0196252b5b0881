// The edges of the rules: where a figure turns from accepted to refused, and every shape of bad input.
import { describe, expect, it } from "vitest";
import { toUblCreditNote } from "../../src/einvoice/index.js";
import { BUYER, SELLER, note, refusal, taxed } from "./helpers.js";
import { readBack } from "./read-back.js";

const parties = { seller: SELLER, buyer: BUYER };
const ok = (lines: Parameters<typeof note>[0], options?: { vatTolerance: "none" }, currency?: [string, number]) =>
  toUblCreditNote(currency ? note(lines, ...currency) : note(lines), parties, options);

describe("the tolerance of BR-CO-17, at its edges", () => {
  it("accepts a VAT less than one currency unit away from base × rate, refuses one exactly a unit away, on both sides", () => {
    for (const vat of [1801n, 1999n, 1900n]) expect(() => ok([taxed("a", 10000n, "VAT", "0.19", vat)])).not.toThrow();
    expect(refusal(note([taxed("a", 10000n, "VAT", "0.19", 2000n)]), parties)).toEqual(["creditNote.taxes en16931_rule"]);
    expect(refusal(note([taxed("a", 10000n, "VAT", "0.19", 1800n)]), parties)).toEqual(["creditNote.taxes en16931_rule"]);
  });

  it("treats a rate of 0.5 % as a rate (round(0.5) is 1) and one below as 0 %, whose VAT must stay under half a unit", () => {
    expect(() => ok([taxed("a", 100000n, "VAT", "0.005", 500n)])).not.toThrow();
    expect(() => ok([taxed("a", 12250n, "VAT", "0.004", 49n)])).not.toThrow();
    expect(refusal(note([taxed("a", 12500n, "VAT", "0.004", 50n)]), parties)).toEqual(["creditNote.taxes en16931_rule"]);
  });

  it("with no tolerance, accepts only the floor or the ceiling of base × rate", () => {
    expect(() => ok([taxed("a", 100n, "VAT", "0.19", 19n)], { vatTolerance: "none" })).not.toThrow();
    for (const vat of [18n, 20n]) expect(refusal(note([taxed("a", 100n, "VAT", "0.19", vat)]), parties, { vatTolerance: "none" })).toEqual(["creditNote.taxes en16931_rule"]);
    expect(() => ok([taxed("a", 1001n, "JCT", "0.1", 100n)], { vatTolerance: "none" }, ["JPY", 0])).not.toThrow();
    expect(() => ok([taxed("a", 1009n, "JCT", "0.1", 101n)], { vatTolerance: "none" }, ["JPY", 0])).not.toThrow();
    expect(refusal(note([taxed("a", 1009n, "JCT", "0.1", 99n)], "JPY", 0), parties, { vatTolerance: "none" })).toEqual(["creditNote.taxes en16931_rule"]);
  });

  it("checks the yen's tolerance in yen: within ¥1 of base × rate to the cent", () => {
    expect(() => ok([taxed("a", 1005n, "JCT", "0.1", 101n)], undefined, ["JPY", 0])).not.toThrow();
    expect(refusal(note([taxed("a", 1005n, "JCT", "0.1", 102n)], "JPY", 0), parties)).toEqual(["creditNote.taxes en16931_rule"]);
  });
});

describe("rates and percentages", () => {
  it("groups rates by value: 0.19 and 0.190 are one breakdown, written 19.00", () => {
    const doc = readBack(ok([taxed("a", 10000n, "VAT", "0.19", 1900n), taxed("b", 10000n, "VAT2", "0.190", 1900n)]));
    expect(doc.subtotals.map((s) => [s.percent, s.base, s.amount])).toEqual([["19.00", "200.00", "38.00"]]);
  });

  it("writes a rate with trailing zeros past the percent's decimals without them (0.071250 is 7.125 %), and 0.1 as 10.00", () => {
    const doc = readBack(ok([taxed("a", 100000n, "X", "0.071250", 7125n), taxed("b", 1000n, "Y", "0.1", 100n)]));
    expect(doc.subtotals.map((s) => s.percent)).toEqual(["7.125", "10.00"]);
  });

  it("orders breakdowns by category (S, Z, E, AE, K, G, O, L, M) and then by rate", () => {
    const lines = [taxed("a", 100n, "M1", "0.01", 1n), taxed("b", 100n, "E1", "0", 0n), taxed("c", 1000n, "S20", "0.2", 200n), taxed("d", 1000n, "S10", "0.1", 100n), taxed("e", 100n, "Z1", "0", 0n)];
    const doc = readBack(toUblCreditNote(note(lines), { ...parties, vatCategories: { M1: "M", E1: { category: "E", exemptionReason: "Art. 132" }, Z1: "Z" } }));
    expect(doc.subtotals.map((s) => `${s.category} ${s.percent}`)).toEqual(["S 10.00", "S 20.00", "Z 0.00", "E 0.00", "M 1.00"]);
  });
});

describe("category rules, one at a time", () => {
  it("needs a rate for L and M, and refuses a rate or VAT on O", () => {
    expect(refusal(note([taxed("a", 100n, "IGIC", undefined, 0n)]), { ...parties, vatCategories: { IGIC: "L" } })).toEqual(["creditNote.lines[0].taxes[0] en16931_rule"]);
    const o = { seller: { ...SELLER, vatId: null, registrationId: "R" }, buyer: { name: "B", country: "DE" }, vatCategories: { N: "O" as const } };
    expect(refusal(note([taxed("a", 10000n, "N", "0.19", 1900n)]), o)).toEqual(["creditNote.lines[0].taxes[0] en16931_rule"]);
    expect(refusal(note([taxed("a", 10000n, "N", undefined, 1n)]), o)).toEqual(["creditNote.lines[0].taxes[0] en16931_rule"]);
    expect(() => toUblCreditNote(note([taxed("a", 10000n, "N", undefined, 0n)]), o)).not.toThrow();
  });

  it("refuses a buyer VAT id beside O, and a missing buyer VAT id beside K", () => {
    const o = { seller: { ...SELLER, vatId: null, registrationId: "R" }, buyer: BUYER, untaxed: "O" as const };
    expect(refusal(note([{ itemId: "a", net: 100n }]), o)).toEqual(["parties.buyer.vatId en16931_rule"]);
    const k = { seller: SELLER, buyer: { ...BUYER, vatId: null }, untaxed: "K" as const, delivery: { date: "2026-01-02", country: "AT" } };
    expect(refusal(note([{ itemId: "a", net: 100n }]), k)).toEqual(["parties.buyer.vatId en16931_rule"]);
  });

  it("accepts a seller with a registration id and a VAT id, and a K credit note with its delivery", () => {
    const xml = toUblCreditNote(note([{ itemId: "a", net: 100n }]), { seller: { ...SELLER, registrationId: "HRB 1" }, buyer: BUYER, untaxed: "K", delivery: { date: "2026-01-02", country: "AT" } });
    expect(readBack(xml).subtotals[0]?.category).toBe("K");
  });
});

describe("every shape of bad input", () => {
  it("refuses options, categories, deliveries and parties of the wrong type", () => {
    expect(refusal(note([taxed("a", 100n, "V", "0.19", 19n)]), { seller: "Bitrix24", buyer: BUYER, vatCategories: ["S"], untaxed: 7, delivery: "AT" }, 3 as never)).toEqual([
      "options wrong_type",
      "parties.seller wrong_type",
      "parties.vatCategories wrong_type",
      "parties.untaxed wrong_type",
      "parties.delivery wrong_type",
    ]);
  });

  it("refuses unknown fields of options, categories and deliveries, and a delivery with no country", () => {
    expect(refusal(note([taxed("a", 100n, "V", "0.19", 19n)]), { ...parties, vatCategories: { V: { category: "S", reason: "x" } }, delivery: { date: "2026-01-02", when: 1 } }, { tolerance: "none" } as never)).toEqual([
      "options.tolerance unknown_field",
      'parties.vatCategories["V"].reason unknown_field',
      "parties.delivery.when unknown_field",
      "parties.delivery.country missing",
    ]);
  });

  it("refuses address lines that are not text, and an unknown category given as an object", () => {
    expect(refusal(note([taxed("a", 100n, "V", "0.19", 19n)]), { seller: { ...SELLER, addressLines: "Hauptstr. 1" }, buyer: { ...BUYER, addressLines: [1] }, vatCategories: { V: { category: "X" } } })).toEqual([
      "parties.seller.addressLines wrong_type",
      "parties.buyer.addressLines[0] wrong_type",
      'parties.vatCategories["V"].category unknown_value',
    ]);
  });

  it("refuses credit-note taxes that are not a list, or whose entries are not taxes", () => {
    const bad = { ...note([taxed("a", 100n, "V", "0.19", 19n)]), taxes: "V" };
    expect(refusal(bad, parties)).toEqual(["creditNote.taxes wrong_type"]);
    const entries = { ...note([taxed("a", 100n, "V", "0.19", 19n)]), taxes: [null] };
    expect(refusal(entries, parties)).toEqual(["creditNote.taxes[0] inconsistent_credit_note"]);
    const rateless = { ...note([taxed("a", 100n, "V", "0.19", 19n)]), taxes: [{ code: "V", base: "1.00", amount: "0.19" }] };
    expect(refusal(rateless, parties)).toEqual(["creditNote.taxes[0] inconsistent_credit_note"]);
  });

  it("reads a credit note with no taxes list (it is optional) from its lines", () => {
    const { taxes: _, ...noTaxes } = note([taxed("a", 100n, "V", "0.19", 19n)]);
    expect(readBack(toUblCreditNote(noTaxes as never, parties)).subtotals[0]?.amount).toBe("0.19");
  });
});
