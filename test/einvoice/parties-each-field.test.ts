// Every party field and option is read at its own path: a bad optional text, an exemption reason where the category
// forbids one, a delivery's date or country, the tolerance; a category that needs a reason gets the standard's own.
import { describe, expect, it } from "vitest";
import { toUblCreditNote } from "../../src/einvoice/index.js";
import { BUYER, note, refusal, SELLER, taxed } from "./helpers.js";

const standard = note([taxed("a", 10000n, "VAT", "0.19", 1900n)]);
const zero = (code: string) => note([taxed("a", 10000n, code, "0", 0n)]);

describe("the parties' texts", () => {
  it("are refused at their own paths when they are not text, and blank text is missing", () => {
    const parties = { seller: { ...SELLER, registrationId: 5, postalCode: " ", addressLines: ["a", 3] }, buyer: { ...BUYER, vatId: "" }, buyerReference: 7 };
    expect(refusal(standard, parties)).toEqual([
      "parties.seller.registrationId wrong_type",
      "parties.seller.addressLines[1] wrong_type",
      "parties.seller.postalCode missing", // blank text is no text
      "parties.buyer.vatId missing",
      "parties.buyerReference wrong_type",
    ]);
  });

  it("need a country from ISO 3166, and say when it is missing", () => {
    expect(refusal(standard, { seller: { name: "S", vatId: "DE1" }, buyer: BUYER })).toEqual(["parties.seller.country missing"]);
    expect(refusal(standard, { seller: { ...SELLER, country: "Germany" }, buyer: BUYER })).toEqual(["parties.seller.country unknown_value"]);
  });
});

describe("VAT categories", () => {
  it("refuse an exemption reason where the category has none (S)", () => {
    for (const spec of [{ category: "S", exemptionReason: "x" }, { category: "S", exemptionReasonCode: "VATEX-EU-79-C" }]) {
      expect(refusal(standard, { seller: SELLER, buyer: BUYER, vatCategories: { VAT: spec } })).toEqual(['parties.vatCategories["VAT"] en16931_rule']);
    }
  });

  it("read the reason's texts at their own paths", () => {
    expect(refusal(zero("Z0"), { seller: SELLER, buyer: BUYER, vatCategories: { Z0: { category: "E", exemptionReason: 5, exemptionReasonCode: 6 } } })).toEqual([
      'parties.vatCategories["Z0"].exemptionReason wrong_type',
      'parties.vatCategories["Z0"].exemptionReasonCode wrong_type',
    ]);
  });

  it("refuse an unknown category, given as a code or in an object", () => {
    expect(refusal(standard, { seller: SELLER, buyer: BUYER, vatCategories: { VAT: "Q" } })).toEqual(['parties.vatCategories["VAT"] unknown_value']);
    expect(refusal(standard, { seller: SELLER, buyer: BUYER, vatCategories: { VAT: { category: 5 } } })).toEqual(['parties.vatCategories["VAT"].category unknown_value']);
  });

  it("give a reverse charge (AE) the standard's reason and code when none is given", () => {
    const xml = toUblCreditNote(zero("Z0"), { seller: SELLER, buyer: BUYER, vatCategories: { Z0: { category: "AE" } } } as never);
    expect(xml).toContain("<cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>");
    expect(xml).toContain("<cbc:TaxExemptionReason>Reverse charge</cbc:TaxExemptionReason>");
  });
});

describe("a delivery and the options", () => {
  const k = { seller: SELLER, buyer: BUYER, vatCategories: { K0: "K" } };
  it("refuse a delivery's impossible date or unknown country at its path", () => {
    expect(refusal(zero("K0"), { ...k, delivery: { date: "2026-02-30", country: "AT" } })).toEqual(["parties.delivery.date invalid_date"]);
    expect(refusal(zero("K0"), { ...k, delivery: { date: "2026-02-03", country: "XX" } })).toEqual(["parties.delivery.country unknown_value"]);
  });

  it("read null options and a null tolerance as the standard tolerance, and refuse an unknown one", () => {
    const parties = { seller: SELLER, buyer: BUYER };
    const xml = toUblCreditNote(standard, parties);
    expect(toUblCreditNote(standard, parties, null as never)).toBe(xml);
    expect(toUblCreditNote(standard, parties, { vatTolerance: null } as never)).toBe(xml);
    expect(toUblCreditNote(standard, parties, { vatTolerance: "none" })).toBe(xml);
    expect(refusal(standard, parties, { vatTolerance: "loose" } as never)).toEqual(["options.vatTolerance unknown_value"]);
  });
});
