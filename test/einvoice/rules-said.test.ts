// The EN 16931 rule a refused credit note breaks is named in its sentence, with the category, the rule's id and the
// figures as a reader would check them (a rate in percent as written: 7.125 %, 0.5 %, 19 %).
import { describe, expect, it } from "vitest";
import { BUYER, messages, note, SELLER, taxed } from "./helpers.js";

const UNREGISTERED_SELLER = { name: "X", country: "DE", registrationId: "HRB1" };
const PLAIN_BUYER = { name: "B", country: "AT" };

describe("a zero or untaxed category", () => {
  it("refuses a positive rate, naming the category's rule", () => {
    expect(messages(note([taxed("a", 10000n, "Z0", "0.05", 0n)]), { seller: SELLER, buyer: BUYER, vatCategories: { Z0: "Z" } })).toBe(
      'creditNote.lines[0].taxes[0]: "Z0" as category Z: the rate must be 0 (BR-Z-05)',
    );
    expect(messages(note([taxed("a", 10000n, "O0", "0.05", 0n)]), { seller: UNREGISTERED_SELLER, buyer: PLAIN_BUYER, vatCategories: { O0: "O" } })).toBe(
      'creditNote.lines[0].taxes[0]: "O0" as category O: the rate must be 0 (BR-O-05)',
    );
  });

  it("refuses VAT that is not 0", () => {
    expect(messages(note([taxed("a", 10000n, "Z0", "0", 5n)]), { seller: SELLER, buyer: BUYER, vatCategories: { Z0: "Z" } })).toBe(
      'creditNote.lines[0].taxes[0]: "Z0" as category Z: the VAT must be 0 (BR-Z-09)',
    );
    expect(messages(note([taxed("a", 10000n, "O0", undefined, 5n)]), { seller: UNREGISTERED_SELLER, buyer: PLAIN_BUYER, vatCategories: { O0: "O" } })).toBe(
      'creditNote.lines[0].taxes[0]: "O0" as category O: the VAT must be 0 (BR-O-09)',
    );
  });
});

describe("the parties a category needs", () => {
  it("refuses a seller VAT id on a credit note not subject to VAT (O)", () => {
    expect(messages(note([taxed("a", 10000n, "O0", undefined, 0n)]), { seller: SELLER, buyer: PLAIN_BUYER, vatCategories: { O0: "O" } })).toBe(
      "parties.seller.vatId: must be absent: the credit note has category O lines (BR-O-02)",
    );
  });

  it("refuses O beside any other category, naming the others", () => {
    const lines = [taxed("a", 10000n, "O0", undefined, 0n), taxed("b", 10000n, "VAT", "0.19", 1900n), taxed("c", 10000n, "Z0", "0", 0n)];
    const said = messages(note(lines), { seller: UNREGISTERED_SELLER, buyer: PLAIN_BUYER, vatCategories: { O0: "O", Z0: "Z" } }).split("\n");
    expect(said).toContain("parties.vatCategories: category O (not subject to VAT) cannot stand beside S, Z on one credit note (BR-O-11)");
  });

  it("needs a delivery for an intra-community supply (K)", () => {
    expect(messages(note([taxed("a", 10000n, "K0", "0", 0n)]), { seller: SELLER, buyer: BUYER, vatCategories: { K0: "K" } })).toBe(
      "parties.delivery: is required: an intra-community supply (K) needs its delivery date and country (BR-IC-11, BR-IC-12)",
    );
  });
});

describe("VAT outside the tolerance", () => {
  const far = (rate: string, vat: bigint) => messages(note([taxed("a", 10000n, "VAT", rate, vat)]), { seller: SELLER, buyer: BUYER });
  const sentence = (percent: string) =>
    `creditNote.taxes: the VAT of category S at ${percent} % is not its base × rate within the standard's tolerance (BR-CO-17, BR-S-09): the taxes were rounded per line, and the sum cannot form a conforming breakdown`;

  it("names the rate in percent as written: whole, with decimals, and below one", () => {
    expect(far("0.19", 1700n)).toBe(sentence("19"));
    expect(far("0.07125", 900n)).toBe(sentence("7.125"));
    expect(far("0.005", 300n)).toBe(sentence("0.5"));
  });

  it("with no tolerance, says the VAT is not base × rate rounded once", () => {
    expect(messages(note([taxed("a", 10050n, "VAT", "0.19", 1908n)]), { seller: SELLER, buyer: BUYER }, { vatTolerance: "none" })).toBe(
      'creditNote.taxes: the VAT of category S at 19 % is not its base × rate rounded once (vatTolerance "none"): the taxes were rounded per line',
    );
    expect(() => messages(note([taxed("a", 10050n, "VAT", "0.19", 1910n)]), { seller: SELLER, buyer: BUYER }, { vatTolerance: "none" })).toThrow("expected a refusal");
  });
});
