import { expect } from "vitest";
import { toUblCreditNote, type UblCreditNoteOptions, type UblCreditNoteParties } from "../../src/einvoice/index.js";
import { RefundPolicyError } from "../../src/errors.js";
import { creditNoteOf, type CaseLine } from "../../scripts/einvoice-cases.mjs";

export const SELLER = { name: "Bitrix24 GmbH", country: "DE", vatId: "DE123456789" };
export const BUYER = { name: "Acme AG", country: "AT", vatId: "ATU12345678" };

/** A line taxed at `rate` with the given VAT (minor units). */
export const taxed = (itemId: string, net: bigint, code: string, rate: string | undefined, amount: bigint): CaseLine => ({
  itemId,
  net,
  tax: { code, ...(rate === undefined ? {} : { rate }), amount },
});

/** A EUR credit note of these lines. */
export const note = (lines: CaseLine[], currency = "EUR", digits = 2) => creditNoteOf({ currency, digits, lines });

/** The `path code` of every problem of the one error thrown, or a failure when none is thrown. */
export function refusal(creditNote: unknown, parties: unknown, options?: UblCreditNoteOptions): string[] {
  try {
    toUblCreditNote(creditNote as never, parties as UblCreditNoteParties, options);
  } catch (error) {
    expect(error).toBeInstanceOf(RefundPolicyError);
    // Every problem says what is wrong in a sentence (a reader acts on it), not only a code.
    for (const p of (error as RefundPolicyError).problems) expect(p.message).toMatch(/^\S.{8,}\S$/);
    return (error as RefundPolicyError).problems.map((p) => `${p.path} ${p.code}`);
  }
  throw new Error("expected a refusal, got XML");
}

/** The problems' messages, for asserting what the sentence names. */
export function messages(creditNote: unknown, parties: unknown, options?: UblCreditNoteOptions): string {
  try {
    toUblCreditNote(creditNote as never, parties as UblCreditNoteParties, options);
  } catch (error) {
    return (error as RefundPolicyError).problems.map((p) => `${p.path}: ${p.message}`).join("\n");
  }
  throw new Error("expected a refusal, got XML");
}
