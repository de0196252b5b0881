// The parties a credit note names, and the text it carries: refused with every problem at once, or
// escaped so a receiver reads exactly what was given.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toUblCreditNote } from "../../src/einvoice/index.js";
import { BUYER, SELLER, note, refusal, taxed } from "./helpers.js";
import { readBack, textOf } from "./read-back.js";

const vat = (itemId = "sub-1") => taxed(itemId, 10000n, "VAT", "0.19", 1900n);

describe("bad parties", () => {
  it("are refused with one error listing every problem, with its path", () => {
    const parties = {
      seller: { name: " ", country: "Germany", vatId: "123", addressLines: ["a", "b", "c", "d"], vatID: "DE1" },
      buyer: { country: "XX", city: 42 },
      number: "",
      vatCategories: { VAT: "X" },
      delivery: { date: "2026-02-30", country: "AT" },
      extra: true,
    };
    expect(refusal(note([vat()]), parties)).toEqual([
      "parties.extra unknown_field",
      "parties.seller.vatID unknown_field",
      "parties.seller.name missing",
      "parties.seller.country unknown_value",
      "parties.seller.vatId en16931_rule",
      "parties.seller.addressLines wrong_type",
      "parties.buyer.name missing",
      "parties.buyer.country unknown_value",
      "parties.buyer.city wrong_type",
      "parties.number missing",
      'parties.vatCategories["VAT"] unknown_value',
      "parties.delivery.date invalid_date",
    ]);
  });

  it("are refused together with a bad credit note, in one error", () => {
    expect(refusal({ ...note([vat()]), currency: "XAU", issuedOn: "2026-13-01" }, { buyer: BUYER }, { vatTolerance: "loose" as never })).toEqual([
      "creditNote.issuedOn invalid_date",
      "creditNote.currency unknown_currency",
      "options.vatTolerance unknown_value",
      "parties.seller missing",
    ]);
  });

  it("need a seller VAT id for a taxed line, and a VAT id or registration id under BR-CO-26", () => {
    expect(refusal(note([vat()]), { seller: { ...SELLER, vatId: null }, buyer: BUYER })).toEqual(["parties.seller.vatId en16931_rule", "parties.seller en16931_rule"]);
  });

  it("take null optional fields as absent", () => {
    const xml = toUblCreditNote(note([vat()]), { seller: { ...SELLER, registrationId: null, addressLines: null, city: null, postalCode: null }, buyer: { ...BUYER, vatId: null }, number: null, vatCategories: null, untaxed: null, delivery: null, buyerReference: null }, { vatTolerance: null });
    expect(readBack(xml).id).toBe("cn-1");
  });

  it("write the number, the buyer's reference, the address lines and VAT ids where EN 16931 reads them", () => {
    const seller = { ...SELLER, registrationId: "HRB 1", addressLines: ["Street 1", "Building B", "Floor 3"], city: "Berlin", postalCode: "10115" };
    const doc = readBack(toUblCreditNote(note([vat()]), { seller, buyer: BUYER, number: "CN-2026-7", buyerReference: "PO-9" }));
    expect(doc.id).toBe("CN-2026-7");
    const address = doc.seller["cac:PostalAddress"] as Record<string, unknown>;
    expect([address["cbc:StreetName"], address["cbc:AdditionalStreetName"], textOf((address["cac:AddressLine"] as Record<string, unknown>)["cbc:Line"])]).toEqual(["Street 1", "Building B", "Floor 3"]);
    expect(textOf((doc.buyer["cac:PartyTaxScheme"] as Record<string, unknown>)["cbc:CompanyID"])).toBe("ATU12345678");
    expect(textOf((doc.seller["cac:PartyLegalEntity"] as Record<string, unknown>)["cbc:CompanyID"])).toBe("HRB 1");
  });
});

describe("escaping", () => {
  it("reads back hostile names, ids and labels exactly as given", () => {
    const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "" && /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u.test(s));
    const hostile = fc.oneof(text, fc.constantFrom("</cbc:Name>", "&amp;", "]]>", "<![CDATA[x]]>", "a\r\nb", "\"'<>&", "<!-- x -->", "&#0;"));
    fc.assert(
      fc.property(hostile, hostile, hostile, (name, id, label) => {
        const creditNote = note([{ ...vat(id), label }]);
        const doc = readBack(toUblCreditNote(creditNote, { seller: { ...SELLER, name }, buyer: BUYER, number: id }));
        expect(doc.id).toBe(id);
        expect(doc.lines[0]?.name).toBe(label);
        expect(doc.lines[0]?.itemId).toBe(id);
        expect(textOf((doc.seller["cac:PartyLegalEntity"] as Record<string, unknown>)["cbc:RegistrationName"])).toBe(name);
      }),
    );
  });

  it("refuses a character XML cannot carry (control characters, lone surrogates) rather than write invalid XML", () => {
    const creditNote = { ...note([{ ...vat(), label: "bell\u0007" }]), invoiceNumber: "INV\uD800" };
    expect(refusal(creditNote, { seller: { ...SELLER, name: "nul\u0000" }, buyer: BUYER })).toEqual([
      "creditNote.invoiceNumber en16931_unsupported",
      "creditNote.lines[0].label en16931_unsupported",
      "parties.seller.name en16931_unsupported",
    ]);
  });
});
