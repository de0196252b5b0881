// The document a receiver gets, byte for byte: element order (UBL 2.1's schema order), indentation, escaping,
// amounts and percentages. test/einvoice/expected-credit-note.xml is that document (it passes the official
// rules: npm run test:einvoice checks the same case among its fixed ones).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toUblCreditNote } from "../../src/einvoice/index.js";
import type { CreditNote } from "../../src/contract/settlement.js";

const note: CreditNote = {
  id: "cn-1", invoiceId: "inv-1", invoiceNumber: "INV-2026-0001", invoiceIssuedOn: "2026-01-01", issuedOn: "2026-06-20", currency: "EUR",
  lines: [
    { itemId: "sub-1", clause: "migration.partial-refund", label: "Pro & <Co> \"q\" 's'\r", net: "1194.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "226.86" }], gross: "1420.86" },
    { itemId: "key-1", clause: "migration.partial-refund", net: "10.00", taxes: [{ code: "RC", rate: "0", amount: "0.00" }], gross: "10.00" },
  ],
  taxes: [{ code: "DE-VAT", rate: "0.19", base: "1194.00", amount: "226.86" }, { code: "RC", rate: "0", base: "10.00", amount: "0.00" }],
  total: { net: "1204.00", tax: "226.86", gross: "1430.86" },
  settledBy: { refunded: "1430.86", offset: "0.00", credited: "0.00", outOfBand: "0.00" },
};
const parties = {
  seller: { name: "Bitrix24 GmbH", country: "DE", vatId: "DE123456789", registrationId: "HRB 1", addressLines: ["Hauptstr. 1", "Haus B", "3. OG"], city: "Berlin", postalCode: "10115" },
  buyer: { name: "Acme AG", country: "AT", vatId: "ATU12345678" },
  number: "CN-7",
  buyerReference: "PO-9",
  vatCategories: { RC: "AE" as const },
  delivery: { date: "2026-01-02", country: "AT" },
};

describe("the bytes of a credit note", () => {
  it("are exactly the expected document, every field in its place", () => {
    expect(toUblCreditNote(note, parties)).toBe(readFileSync("test/einvoice/expected-credit-note.xml", "utf8"));
  });

  it("escape the five XML characters and keep a carriage return as a reference", () => {
    expect(toUblCreditNote(note, parties)).toContain("<cbc:Name>Pro &amp; &lt;Co&gt; &quot;q&quot; &apos;s&apos;&#13;</cbc:Name>");
  });
});
