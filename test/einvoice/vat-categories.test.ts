// Each VAT category EN 16931 knows, as a credit note writes it and as the rules refuse it.
import { describe, expect, it } from "vitest";
import { toUblCreditNote } from "../../src/einvoice/index.js";
import { BUYER, SELLER, messages, note, refusal, taxed } from "./helpers.js";
import { readBack } from "./read-back.js";

const zero = (code: string) => taxed("item-1", 10000n, code, "0", 0n);

describe("the category of each tax code", () => {
  it("is S by default for a tax with a rate, written with the rate in percent and no exemption reason", () => {
    const doc = readBack(toUblCreditNote(note([taxed("a", 119400n, "DE-VAT", "0.19", 22686n), taxed("b", 1000n, "FR-TVA", "0.055", 55n)]), { seller: SELLER, buyer: BUYER }));
    expect(doc.subtotals).toEqual([
      { category: "S", percent: "5.50", base: "10.00", amount: "0.55", reason: undefined, reasonCode: undefined },
      { category: "S", percent: "19.00", base: "1194.00", amount: "226.86", reason: undefined, reasonCode: undefined },
    ]);
    expect(doc.lines.map((l) => [l.category, l.percent])).toEqual([["S", "19.00"], ["S", "5.50"]]);
  });

  it("writes a rate with more than two decimals in percent exactly (0.07125 is 7.125 %)", () => {
    const doc = readBack(toUblCreditNote(note([taxed("a", 100000n, "X", "0.07125", 7125n)]), { seller: SELLER, buyer: BUYER }));
    expect(doc.subtotals[0]?.percent).toBe("7.125");
  });

  it.each([
    ["Z", undefined, undefined],
    ["G", "Export outside the EU", "VATEX-EU-G"],
    ["AE", "Reverse charge", "VATEX-EU-AE"],
  ] as const)("writes %s at 0 %% with the standard's exemption reason when none is given", (category, reason, reasonCode) => {
    const doc = readBack(toUblCreditNote(note([zero("T")]), { seller: SELLER, buyer: BUYER, vatCategories: { T: category } }));
    expect(doc.subtotals).toEqual([{ category, percent: "0.00", base: "100.00", amount: "0.00", reason, reasonCode }]);
  });

  it("writes K with its delivery date and country (BR-IC-11, BR-IC-12)", () => {
    const xml = toUblCreditNote(note([zero("T")]), { seller: SELLER, buyer: BUYER, vatCategories: { T: "K" }, delivery: { date: "2026-01-02", country: "AT" } });
    expect(readBack(xml).subtotals[0]).toMatchObject({ category: "K", reason: "Intra-community supply", reasonCode: "VATEX-EU-IC" });
    expect(xml).toContain("<cbc:ActualDeliveryDate>2026-01-02</cbc:ActualDeliveryDate>");
  });

  it("writes E with the caller's own reason, and the caller's reason over a default", () => {
    const parties = { seller: SELLER, buyer: BUYER, vatCategories: { T: { category: "E" as const, exemptionReasonCode: "VATEX-EU-132-1I" }, U: { category: "AE" as const, exemptionReason: "Steuerschuldnerschaft des Leistungsempfängers" } } };
    const doc = readBack(toUblCreditNote(note([zero("T"), taxed("b", 100n, "U", "0", 0n)]), parties));
    expect(doc.subtotals.map((s) => [s.category, s.reason, s.reasonCode])).toEqual([
      ["E", undefined, "VATEX-EU-132-1I"],
      ["AE", "Steuerschuldnerschaft des Leistungsempfängers", undefined],
    ]);
  });

  it("writes O with no rate at all, for a seller with a registration id and no VAT id (BR-O-05, BR-CO-26)", () => {
    const xml = toUblCreditNote(note([{ itemId: "a", net: 500n }]), { seller: { ...SELLER, vatId: null, registrationId: "HRB 1" }, buyer: { name: "B", country: "DE" }, untaxed: "O" });
    const doc = readBack(xml);
    expect(doc.subtotals).toEqual([{ category: "O", percent: undefined, base: "5.00", amount: "0.00", reason: "Not subject to VAT", reasonCode: "VATEX-EU-O" }]);
    expect(xml).not.toContain("Percent");
  });

  it("writes L and M (IGIC, IPSI) with their rates", () => {
    const doc = readBack(toUblCreditNote(note([taxed("a", 10000n, "IGIC", "0.07", 700n), taxed("b", 10000n, "IPSI", "0", 0n)]), { seller: SELLER, buyer: BUYER, vatCategories: { IGIC: "L", IPSI: "M" } }));
    expect(doc.subtotals.map((s) => [s.category, s.percent, s.amount])).toEqual([["L", "7.00", "7.00"], ["M", "0.00", "0.00"]]);
  });

  it("gives an untaxed line the category of parties.untaxed", () => {
    const doc = readBack(toUblCreditNote(note([{ itemId: "key-1", net: 149000n }]), { seller: SELLER, buyer: BUYER, untaxed: "Z" }));
    expect(doc.lines[0]).toMatchObject({ category: "Z", percent: "0.00" });
  });
});

describe("a tax EN 16931 cannot carry is refused", () => {
  it("refuses a line with two taxes: a line carries one category and rate", () => {
    const creditNote = note([taxed("a", 10000n, "VAT", "0.19", 1900n)]);
    const line = creditNote.lines[0]!;
    line.taxes.push({ code: "CITY", rate: "0.01", amount: "1.00" });
    line.gross = "120.00";
    creditNote.taxes.push({ code: "CITY", rate: "0.01", base: "100.00", amount: "1.00" });
    creditNote.total = { net: "100.00", tax: "20.00", gross: "120.00" };
    expect(refusal(creditNote, { seller: SELLER, buyer: BUYER })).toEqual(["creditNote.lines[0].taxes en16931_unsupported"]);
  });

  it("refuses a tax with no rate and no category, an untaxed line with no parties.untaxed", () => {
    expect(refusal(note([taxed("a", 100n, "X", undefined, 0n), { itemId: "b", net: 100n }]), { seller: SELLER, buyer: BUYER })).toEqual([
      "creditNote.lines[0].taxes[0].rate missing",
      "creditNote.lines[1].taxes missing",
    ]);
  });

  it("refuses S at a 0 rate, a zero category with VAT or a rate, and O beside another category", () => {
    const parties = { seller: SELLER, buyer: BUYER, vatCategories: { Z1: "Z", Z2: "G", O1: "O" }, untaxed: "S" };
    expect(refusal(note([taxed("a", 100n, "S0", "0", 0n)]), parties)).toEqual(["creditNote.lines[0].taxes[0] en16931_rule"]);
    expect(refusal(note([taxed("a", 100n, "Z1", "0", 1n)]), parties)).toEqual(["creditNote.lines[0].taxes[0] en16931_rule"]);
    expect(refusal(note([taxed("a", 10000n, "Z1", "0.19", 1900n)]), parties)).toEqual(["creditNote.lines[0].taxes[0] en16931_rule"]);
    expect(refusal(note([{ itemId: "a", net: 100n }]), parties)).toEqual(["parties.untaxed en16931_rule"]);
    expect(refusal(note([taxed("a", 100n, "O1", "0", 0n), taxed("b", 10000n, "VAT", "0.19", 1900n)]), { ...parties, seller: { ...SELLER, vatId: null, registrationId: "R" }, buyer: { name: "B", country: "DE" } })).toEqual([
      "parties.seller.vatId en16931_rule",
      "parties.vatCategories en16931_rule",
    ]);
  });

  it("refuses E without a reason, a reason on S, and a code outside the VATEX list", () => {
    expect(refusal(note([zero("T")]), { seller: SELLER, buyer: BUYER, vatCategories: { T: "E", U: { category: "S", exemptionReason: "no" }, V: { category: "Z", exemptionReasonCode: "VATEX-XX" } } })).toEqual([
      'parties.vatCategories["T"] en16931_rule',
      'parties.vatCategories["U"] en16931_rule',
      'parties.vatCategories["V"].exemptionReasonCode unknown_value',
    ]);
  });

  it("refuses two tax codes of one category and rate that give different reasons", () => {
    const parties = { seller: SELLER, buyer: BUYER, vatCategories: { A: { category: "E" as const, exemptionReason: "one" }, B: { category: "E" as const, exemptionReason: "two" } } };
    expect(refusal(note([zero("A"), taxed("b", 100n, "B", "0", 0n)]), parties)).toEqual(["parties.vatCategories en16931_unsupported"]);
  });

  it("names the rule a refusal comes from", () => {
    expect(messages(note([zero("T")]), { seller: SELLER, buyer: { ...BUYER, vatId: null }, vatCategories: { T: "AE" } })).toBe(
      "parties.buyer.vatId: is required: the credit note has category AE lines (BR-AE-02)",
    );
    expect(messages(note([zero("T")]), { seller: SELLER, buyer: BUYER, vatCategories: { T: "K" } })).toContain("BR-IC-11");
  });
});
