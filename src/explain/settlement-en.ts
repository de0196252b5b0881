import type { SettlementMessageKey } from "./messages.js";

/**
 * The English messages of {@link explainSettlement}: built in, complete, and the
 * fallback of every other catalog key by key.
 *
 * @example
 * ```ts
 * import { explainSettlement } from "refund-policy";
 * declare const plan: Parameters<typeof explainSettlement>[0];
 * explainSettlement(plan).steps[0]?.text; // "€841.72 back to the card payment ch_2 (invoice INV-2026-0001)."
 * ```
 */
export const enSettlement: Record<SettlementMessageKey, string> = {
  "settlement.summary": "Settlement of {total} for the final decision of {asOf}.",
  "settlement.summary.none": "Nothing to settle: the final decision of {asOf} moves no money.",
  "settlement.refund_payment": "{amount} back to the {payment} (invoice {invoice}).",
  "settlement.offset_invoice": "{amount} settles the open invoice {invoice}.",
  "settlement.account_credit": "{amount} as account credit (invoice {invoice}).",
  "settlement.out_of_band": "{amount} to be paid back outside the payment system (invoice {invoice}).",
  "settlement.payment": "{method} {id}",
  "settlement.method.card": "card payment",
  "settlement.method.direct_debit": "direct debit",
  "settlement.method.bank_transfer": "bank transfer",
  "settlement.method.wallet": "wallet payment",
  "settlement.method.account_credit": "payment from account credit",
  "settlement.method.other": "payment",
  "settlement.credit_note": "Credit note {id} for invoice {invoice} of {issued}: {gross}.",
  "settlement.credit_note.taxed": "Credit note {id} for invoice {invoice} of {issued}: {gross}, including {tax} tax.",
  "settlement.text.steps": "Where the money goes:",
  "settlement.text.credit_notes": "Credit notes:",
};
