// The UBL 2.1 CreditNote, written from escaped templates: elements in the schema's order, two-space
// indentation, "\n" line ends, nothing taken from the clock or the environment, so one input gives one
// byte sequence.
import { formatMinor, type Scaled } from "../money/decimal-string.js";
import type { Group, Line } from "./breakdown.js";
import type { Party, Parties } from "./read-parties.js";
import type { Note } from "./read-note.js";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;" };

/** Text escaped for element content and attribute values (a carriage return kept as a reference, so it survives parsing). */
function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => ESCAPES[c] as string);
}

/** A count of minor units with the currency's digits, never more than two (checked before: no digit is lost). */
function amountText(minor: bigint, digits: number): string {
  return digits > 2 ? formatMinor(minor / 10n ** BigInt(digits - 2), 2) : formatMinor(minor, digits);
}

/** A percentage with at least two decimals and no trailing zero past them (`19.00`, `7.125`). */
function percentText([units, decimals]: Scaled): string {
  const shown = Math.max(decimals, 2);
  let text = formatMinor(units * 10n ** BigInt(shown - decimals), shown);
  while (/\.\d{3,}0$/.test(text)) text = text.slice(0, -1);
  return text;
}

function el(indent: number, name: string, text: string, attributes = ""): string {
  return `${"  ".repeat(indent)}<${name}${attributes}>${escapeXml(text)}</${name}>`;
}

function open(indent: number, name: string): string {
  return `${"  ".repeat(indent)}<${name}>`;
}

function close(indent: number, name: string): string {
  return `${"  ".repeat(indent)}</${name}>`;
}

function party(indent: number, wrapper: string, p: Party): string[] {
  const out = [open(indent, wrapper), open(indent + 1, "cac:Party")];
  const i = indent + 2;
  out.push(open(i, "cac:PostalAddress"));
  const [street, additional, third] = p.addressLines;
  if (street !== undefined) out.push(el(i + 1, "cbc:StreetName", street));
  if (additional !== undefined) out.push(el(i + 1, "cbc:AdditionalStreetName", additional));
  if (p.city !== undefined) out.push(el(i + 1, "cbc:CityName", p.city));
  if (p.postalCode !== undefined) out.push(el(i + 1, "cbc:PostalZone", p.postalCode));
  if (third !== undefined) out.push(open(i + 1, "cac:AddressLine"), el(i + 2, "cbc:Line", third), close(i + 1, "cac:AddressLine"));
  out.push(open(i + 1, "cac:Country"), el(i + 2, "cbc:IdentificationCode", p.country), close(i + 1, "cac:Country"));
  out.push(close(i, "cac:PostalAddress"));
  if (p.vatId !== undefined) {
    out.push(open(i, "cac:PartyTaxScheme"), el(i + 1, "cbc:CompanyID", p.vatId), ...taxScheme(i + 1), close(i, "cac:PartyTaxScheme"));
  }
  out.push(open(i, "cac:PartyLegalEntity"), el(i + 1, "cbc:RegistrationName", p.name));
  if (p.registrationId !== undefined) out.push(el(i + 1, "cbc:CompanyID", p.registrationId));
  out.push(close(i, "cac:PartyLegalEntity"), close(indent + 1, "cac:Party"), close(indent, wrapper));
  return out;
}

function taxScheme(indent: number): string[] {
  return [open(indent, "cac:TaxScheme"), el(indent + 1, "cbc:ID", "VAT"), close(indent, "cac:TaxScheme")];
}

/** A VAT category (BT-118..BT-121 in a breakdown, BT-151/BT-152 on a line). */
function category(indent: number, wrapper: string, g: Pick<Group, "category" | "percent">, withReason: boolean): string[] {
  const out = [open(indent, wrapper), el(indent + 1, "cbc:ID", g.category.code)];
  if (g.percent !== undefined) out.push(el(indent + 1, "cbc:Percent", percentText(g.percent)));
  if (withReason && g.category.reasonCode !== undefined) out.push(el(indent + 1, "cbc:TaxExemptionReasonCode", g.category.reasonCode));
  if (withReason && g.category.reason !== undefined) out.push(el(indent + 1, "cbc:TaxExemptionReason", g.category.reason));
  out.push(...taxScheme(indent + 1), close(indent, wrapper));
  return out;
}

/**
 * The whole document.
 *
 * @example
 * ```ts
 * writeCreditNote(note, parties, built.lines, built.groups).endsWith("</CreditNote>\n"); // true
 * ```
 */
export function writeCreditNote(note: Note, parties: Parties, lines: readonly Line[], groups: readonly Group[]): string {
  const currency = ` currencyID="${escapeXml(note.currency)}"`;
  const money = (indent: number, name: string, minor: bigint) => el(indent, name, amountText(minor, note.digits), currency);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
    el(1, "cbc:CustomizationID", "urn:cen.eu:en16931:2017"),
    el(1, "cbc:ID", parties.number ?? note.id),
    el(1, "cbc:IssueDate", note.issuedOn),
    el(1, "cbc:CreditNoteTypeCode", "381"),
    el(1, "cbc:DocumentCurrencyCode", note.currency),
  ];
  if (parties.buyerReference !== undefined) out.push(el(1, "cbc:BuyerReference", parties.buyerReference));
  out.push(
    open(1, "cac:BillingReference"),
    open(2, "cac:InvoiceDocumentReference"),
    el(3, "cbc:ID", note.invoiceNumber),
    el(3, "cbc:IssueDate", note.invoiceIssuedOn),
    close(2, "cac:InvoiceDocumentReference"),
    close(1, "cac:BillingReference"),
    ...party(1, "cac:AccountingSupplierParty", parties.seller),
    ...party(1, "cac:AccountingCustomerParty", parties.buyer),
  );
  if (parties.delivery !== undefined) {
    out.push(open(1, "cac:Delivery"), el(2, "cbc:ActualDeliveryDate", parties.delivery.date), open(2, "cac:DeliveryLocation"), open(3, "cac:Address"));
    out.push(open(4, "cac:Country"), el(5, "cbc:IdentificationCode", parties.delivery.country), close(4, "cac:Country"));
    out.push(close(3, "cac:Address"), close(2, "cac:DeliveryLocation"), close(1, "cac:Delivery"));
  }
  out.push(open(1, "cac:TaxTotal"), money(2, "cbc:TaxAmount", note.total.tax));
  for (const g of groups) {
    out.push(open(2, "cac:TaxSubtotal"), money(3, "cbc:TaxableAmount", g.base), money(3, "cbc:TaxAmount", g.amount));
    out.push(...category(3, "cac:TaxCategory", g, true), close(2, "cac:TaxSubtotal"));
  }
  out.push(close(1, "cac:TaxTotal"), open(1, "cac:LegalMonetaryTotal"));
  out.push(money(2, "cbc:LineExtensionAmount", note.total.net), money(2, "cbc:TaxExclusiveAmount", note.total.net));
  out.push(money(2, "cbc:TaxInclusiveAmount", note.total.gross), money(2, "cbc:PayableAmount", note.total.gross));
  out.push(close(1, "cac:LegalMonetaryTotal"));
  lines.forEach((line, index) => {
    out.push(open(1, "cac:CreditNoteLine"), el(2, "cbc:ID", String(index + 1)), el(2, "cbc:CreditedQuantity", "1", ' unitCode="C62"'));
    out.push(money(2, "cbc:LineExtensionAmount", line.net), open(2, "cac:Item"), el(3, "cbc:Name", line.name));
    out.push(open(3, "cac:SellersItemIdentification"), el(4, "cbc:ID", line.itemId), close(3, "cac:SellersItemIdentification"));
    out.push(...category(3, "cac:ClassifiedTaxCategory", line, false), close(2, "cac:Item"));
    out.push(open(2, "cac:Price"), money(3, "cbc:PriceAmount", line.net), close(2, "cac:Price"), close(1, "cac:CreditNoteLine"));
  });
  out.push("</CreditNote>", "");
  return out.join("\n");
}
