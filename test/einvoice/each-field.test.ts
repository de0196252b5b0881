// Each required field of a credit note, left out alone, is one problem at its own path saying it is missing:
// never an "invalid" guess about a value that is not there, never a second problem it causes.
import { describe, expect, it } from "vitest";
import { BUYER, note, refusal, SELLER, taxed } from "./helpers.js";

const parties = { seller: SELLER, buyer: BUYER };
const base = () => JSON.parse(JSON.stringify(note([taxed("a", 10000n, "VAT", "0.19", 1900n), taxed("b", 5000n, "VAT", "0.07", 350n)])));
function without(path: string): unknown {
  const creditNote = base();
  const keys = path.split(".");
  const last = keys.pop() as string;
  delete keys.reduce((node, key) => node[key], creditNote)[last];
  return creditNote;
}
const wire = (path: string) => `creditNote.${path.replace(/\.(\d+)/g, "[$1]")}`;

describe("a credit note field left out alone", () => {
  const fields = [
    "id", "invoiceNumber", "invoiceIssuedOn", "issuedOn", "currency", "total", "total.net", "total.tax", "total.gross",
    "lines.0.itemId", "lines.0.net", "lines.0.gross", "lines.0.taxes.0.code", "lines.0.taxes.0.amount",
  ];
  for (const field of fields) {
    it(`${wire(field)} is one problem: missing`, () => {
      expect(refusal(without(field), parties)).toEqual([`${wire(field)} missing`]);
    });
  }

  it("the lines are one problem: a credit note credits at least one line", () => {
    expect(refusal(without("lines"), parties)).toEqual(["creditNote.lines no_items"]);
  });

  it("a total that is no object is of the wrong type, and its figures are not read", () => {
    expect(refusal({ ...base(), total: "3000.00" }, parties)).toEqual(["creditNote.total wrong_type"]);
  });
});

describe("the credit note's tax summary", () => {
  it("is optional: without it the XML is written from the lines", () => {
    expect(() => refusal(without("taxes"), parties)).toThrow("expected a refusal");
  });

  it("must name each line tax by its code and rate: an entry without them matches none", () => {
    expect(refusal(without("taxes.0.code"), parties)).toEqual(["creditNote.taxes[0] inconsistent_credit_note"]);
    expect(refusal(without("taxes.0.rate"), parties)).toEqual(["creditNote.taxes[0] inconsistent_credit_note"]);
    expect(refusal(without("lines.0.taxes.0.rate"), parties)).toEqual(["creditNote.taxes[0] inconsistent_credit_note"]);
  });

  it("must give each entry's base and amount, and they must be the lines' sums", () => {
    expect(refusal(without("taxes.0.amount"), parties)).toEqual(["creditNote.taxes[0].amount missing", "creditNote.taxes[0] inconsistent_credit_note"]);
    const off = base();
    off.taxes[1].base = "50.01";
    expect(refusal(off, parties)).toEqual(["creditNote.taxes[1] inconsistent_credit_note"]);
  });

  it("reads rates by value: 0.190 names the lines' 0.19", () => {
    const same = base();
    same.taxes[0].rate = `${same.taxes[0].rate}0`;
    expect(() => refusal(same, parties)).toThrow("expected a refusal");
  });

  it("refuses a total tax that is not the lines' taxes", () => {
    const off = base();
    off.total.tax = "22.51";
    off.total.gross = "172.51";
    expect(refusal(off, parties)).toEqual(["creditNote.total.tax inconsistent_credit_note"]);
  });
});
