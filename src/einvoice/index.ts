/**
 * `refund-policy/einvoice`: a settlement's credit note as an EN 16931 UBL 2.1 `CreditNote`, the form
 * EU tax authorities and networks (XRechnung, Factur-X, Peppol BIS Billing) accept.
 *
 * @example
 * ```ts
 * import { toUblCreditNote } from "refund-policy/einvoice";
 * declare const note: import("refund-policy").CreditNote;
 * const xml = toUblCreditNote(note, {
 *   seller: { name: "Bitrix24 GmbH", country: "DE", vatId: "DE123456789" },
 *   buyer: { name: "Acme AG", country: "DE" },
 * });
 * ```
 * @module refund-policy/einvoice
 */
import type { CreditNote } from "../contract/settlement.js";
import { RefundPolicyError } from "../errors.js";
import { breakdown } from "./breakdown.js";
import { readNote } from "./read-note.js";
import { readParties } from "./read-parties.js";
import type { Problems } from "./text.js";
import type { UblCreditNoteOptions, UblCreditNoteParties } from "./types.js";
import { writeCreditNote } from "./xml.js";

// The credit note's wire types, so the subpath stands on its own (the root exports them with settleRefund).
export type { CreditNote, CreditNoteLine } from "../contract/settlement.js";
export type { UblCreditNoteOptions, UblCreditNoteParties, UblParty, VatCategory, VatCategoryCode } from "./types.js";

/**
 * Writes a credit note as the XML of a UBL 2.1 `CreditNote` (CustomizationID `urn:cen.eu:en16931:2017`,
 * type code 381, positive amounts): the preceding invoice (BG-3), the seller and the buyer, one
 * `CreditNoteLine` per line, the VAT breakdown per category and rate, and the totals (BT-106..BT-115).
 * Pure and byte-stable: the same input gives the same string. The input is never changed.
 *
 * @param creditNote - One of a settlement plan's `creditNotes`.
 * @param parties - What the credit note needs and the settlement does not hold: seller, buyer, VAT categories.
 * @param options - `vatTolerance: "none"` refuses a VAT that is not its base × rate rounded once.
 * @returns The XML document, UTF-8 text ending in a newline.
 * @throws {@link refund-policy!RefundPolicyError} listing every problem (a bad party, a tax EN 16931 cannot carry, a
 * breakdown that cannot conform, a credit note whose figures do not add up); never invalid XML.
 * @example
 * ```ts
 * import { toUblCreditNote } from "refund-policy/einvoice";
 * const xml = toUblCreditNote(
 *   {
 *     id: "cn-1", invoiceId: "inv-1", invoiceNumber: "INV-2026-0001", invoiceIssuedOn: "2026-01-01", issuedOn: "2026-06-20",
 *     currency: "EUR",
 *     lines: [{ itemId: "sub-1", clause: "migration.partial-refund", net: "1194.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "226.86" }], gross: "1420.86" }],
 *     taxes: [{ code: "DE-VAT", rate: "0.19", base: "1194.00", amount: "226.86" }],
 *     total: { net: "1194.00", tax: "226.86", gross: "1420.86" },
 *     settledBy: { refunded: "1420.86", offset: "0.00", credited: "0.00", outOfBand: "0.00" },
 *   },
 *   { seller: { name: "Bitrix24 GmbH", country: "DE", vatId: "DE123456789" }, buyer: { name: "Acme AG", country: "DE" } },
 * );
 * xml.includes("<cbc:PayableAmount currencyID=\"EUR\">1420.86</cbc:PayableAmount>"); // true
 * ```
 */
export function toUblCreditNote(creditNote: CreditNote, parties: UblCreditNoteParties, options?: UblCreditNoteOptions): string {
  const problems: Problems = [];
  const note = readNote(creditNote, problems);
  const read = readParties(parties, options, problems);
  const built = note !== undefined && read !== undefined ? breakdown(note, read, problems) : undefined;
  if (built === undefined || note === undefined || read === undefined) throw new RefundPolicyError(problems);
  return writeCreditNote(note, read, built.lines, built.groups);
}
