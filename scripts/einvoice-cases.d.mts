import type fc from "fast-check";
import type { CreditNote } from "../src/contract/settlement.js";
import type { UblCreditNoteParties } from "../src/einvoice/index.js";

/** A credit note and the parties that make it an e-invoice. */
export interface EinvoiceCase {
  creditNote: CreditNote;
  parties: UblCreditNoteParties;
}
/** A line of {@link creditNoteOf}: amounts in minor units. */
export interface CaseLine {
  itemId: string;
  label?: string;
  net: bigint;
  tax?: { code: string; rate?: string; amount: bigint };
}
/** A count of minor units as a decimal string with `digits` decimals. */
export function amountOf(minor: bigint, digits: number): string;
/** A credit note whose sums and totals are its lines', as settleRefund computes them. */
export function creditNoteOf(input: { id?: string; currency?: string; digits?: number; issuedOn?: string; lines: CaseLine[] }): CreditNote;
/** Named cases: each VAT category, the three kinds of currency, escaping. */
export function fixedCases(): (EinvoiceCase & { name: string })[];
/** A random credit note with parties that can conform. */
export const creditNoteCase: fc.Arbitrary<EinvoiceCase>;
