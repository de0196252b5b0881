// Reading a written credit note back with an XML parser of its own (fast-xml-parser): the tests compare
// what a receiver reads with the credit note that went in.
import { XMLParser, XMLValidator } from "fast-xml-parser";

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => name === "cac:TaxSubtotal" || name === "cac:CreditNoteLine",
});

type Node = Record<string, unknown>;

/** A decimal string's value in ten-thousandths (exact, no float): "12.3", "12.30" and "12.300" are one value. */
export function value(text: string): bigint {
  const [whole, fraction = ""] = text.split(".");
  if (fraction.length > 4) throw new Error(`more than four decimals: ${text}`);
  return BigInt(`${whole}${fraction.padEnd(4, "0")}`);
}

/** The text of an element that holds only text (attributes aside). */
export function textOf(node: unknown): string {
  if (typeof node === "string") return node;
  const text = (node as Node | undefined)?.["#text"];
  if (typeof text !== "string") throw new Error(`not a text element: ${JSON.stringify(node)}`);
  return text;
}

/** A parsed credit note: its figures as a receiver reads them. */
export interface ReadBack {
  id: string;
  typeCode: string;
  currency: string;
  invoice: { number: string; issuedOn: string };
  seller: Node;
  buyer: Node;
  taxTotal: string;
  subtotals: { category: string; percent: string | undefined; base: string; amount: string; reason: string | undefined; reasonCode: string | undefined }[];
  totals: { lineExtension: string; taxExclusive: string; taxInclusive: string; payable: string };
  lines: { id: string; quantity: string; net: string; price: string; name: string; itemId: string; category: string; percent: string | undefined }[];
}

/** Parses the XML (after checking it is well-formed) into the figures a receiver reads. */
export function readBack(xml: string): ReadBack {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid)}`);
  const root = (parser.parse(xml) as Node).CreditNote as Node;
  const optional = (node: Node, name: string) => (node[name] === undefined ? undefined : textOf(node[name]));
  const taxTotal = root["cac:TaxTotal"] as Node;
  const totals = root["cac:LegalMonetaryTotal"] as Node;
  const reference = (root["cac:BillingReference"] as Node)["cac:InvoiceDocumentReference"] as Node;
  return {
    id: textOf(root["cbc:ID"]),
    typeCode: textOf(root["cbc:CreditNoteTypeCode"]),
    currency: textOf(root["cbc:DocumentCurrencyCode"]),
    invoice: { number: textOf(reference["cbc:ID"]), issuedOn: textOf(reference["cbc:IssueDate"]) },
    seller: (root["cac:AccountingSupplierParty"] as Node)["cac:Party"] as Node,
    buyer: (root["cac:AccountingCustomerParty"] as Node)["cac:Party"] as Node,
    taxTotal: textOf(taxTotal["cbc:TaxAmount"]),
    subtotals: (taxTotal["cac:TaxSubtotal"] as Node[]).map((s) => {
      const category = s["cac:TaxCategory"] as Node;
      return {
        category: textOf(category["cbc:ID"]),
        percent: optional(category, "cbc:Percent"),
        base: textOf(s["cbc:TaxableAmount"]),
        amount: textOf(s["cbc:TaxAmount"]),
        reason: optional(category, "cbc:TaxExemptionReason"),
        reasonCode: optional(category, "cbc:TaxExemptionReasonCode"),
      };
    }),
    totals: {
      lineExtension: textOf(totals["cbc:LineExtensionAmount"]),
      taxExclusive: textOf(totals["cbc:TaxExclusiveAmount"]),
      taxInclusive: textOf(totals["cbc:TaxInclusiveAmount"]),
      payable: textOf(totals["cbc:PayableAmount"]),
    },
    lines: (root["cac:CreditNoteLine"] as Node[]).map((l) => {
      const item = l["cac:Item"] as Node;
      const category = item["cac:ClassifiedTaxCategory"] as Node;
      return {
        id: textOf(l["cbc:ID"]),
        quantity: textOf(l["cbc:CreditedQuantity"]),
        net: textOf(l["cbc:LineExtensionAmount"]),
        price: textOf((l["cac:Price"] as Node)["cbc:PriceAmount"]),
        name: textOf(item["cbc:Name"]),
        itemId: textOf((item["cac:SellersItemIdentification"] as Node)["cbc:ID"]),
        category: textOf(category["cbc:ID"]),
        percent: optional(category, "cbc:Percent"),
      };
    }),
  };
}
