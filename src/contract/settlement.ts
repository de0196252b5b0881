/**
 * The wire contract, settlement side: what `settleRefund` reads (a final decision and the ledger behind it)
 * and the plan it returns. Plain JSON, amounts as decimal strings in the decision's currency.
 * @module
 */
import type { ClauseId } from "../clauses.js";
import type { RefundDecision } from "./decision.js";
import type { AmountString, CurrencyCode, DateString, Identifier } from "./request.js";

/**
 * How a payment was made. A payment made `account_credit` is taken back as account credit, never to a gateway.
 *
 * @example
 * ```ts
 * const method: PaymentMethod = "card";
 * ```
 */
export type PaymentMethod = "card" | "direct_debit" | "bank_transfer" | "wallet" | "account_credit" | "other";

/**
 * An invoice that billed items the decision refunds.
 *
 * @example
 * ```ts
 * const invoice: SettlementInvoiceInput = {
 *   id: "inv-1", number: "INV-2026-0001", issuedOn: "2026-01-01", itemIds: ["sub-1"], gross: "2841.72",
 * };
 * ```
 */
export interface SettlementInvoiceInput {
  id: Identifier;
  /** The invoice's number as the customer saw it (a credit note names it). */
  number: string;
  issuedOn: DateString;
  /** The request items this invoice billed; an item is on at most one invoice. */
  itemIds: Identifier[];
  /** The invoice's gross total, for the credit cap (`over_credit`). */
  gross?: AmountString | null;
  /** Gross already credited by earlier credit notes (default 0). */
  credited?: AmountString | null;
  /** When given, must equal the decision's currency. */
  currency?: CurrencyCode | null;
}

/**
 * A payment captured on an invoice.
 *
 * @example
 * ```ts
 * const payment: SettlementPaymentInput = {
 *   id: "ch_1", invoiceId: "inv-1", method: "card", amount: "1000.00", capturedAt: "2026-01-01T09:30:00Z",
 * };
 * ```
 */
export interface SettlementPaymentInput {
  id: Identifier;
  invoiceId: Identifier;
  method: PaymentMethod;
  /** Captured on this invoice. */
  amount: AmountString;
  /** Already refunded on this payment, by any channel (default 0). */
  refunded?: AmountString | null;
  /** A date or an RFC 3339 instant: the order of `latest_first` / `earliest_first`. */
  capturedAt: DateString;
  /** The last day the gateway accepts a refund. */
  refundableUntil?: DateString | null;
  /** False for disputed or unsettled payments (default true). */
  refundable?: boolean | null;
  /** When given, must equal the decision's currency. */
  currency?: CurrencyCode | null;
}

/**
 * An open invoice that an offset may settle.
 *
 * @example
 * ```ts
 * const open: OpenInvoiceInput = { id: "inv-7", amount: "49.00", dueOn: "2026-05-01" };
 * ```
 */
export interface OpenInvoiceInput {
  id: Identifier;
  amount: AmountString;
  dueOn: DateString;
}

/**
 * What `settleRefund` reads.
 *
 * @example
 * ```ts
 * declare const decision: RefundDecision;
 * const input: SettlementInput = { decision, invoices: [], payments: [] };
 * ```
 */
export interface SettlementInput {
  /** A decision exactly as `evaluateRefund` returned it; its `status` must be `"final"`. */
  decision: RefundDecision;
  invoices: SettlementInvoiceInput[];
  payments: SettlementPaymentInput[];
  openInvoices?: OpenInvoiceInput[] | null;
}

/**
 * How a settlement is made.
 *
 * @example
 * ```ts
 * const options: SettlementOptions = { order: "proportional", remainder: "out_of_band", offset: "open_invoices" };
 * ```
 */
export interface SettlementOptions {
  /** Which payments of an invoice are refunded first (default `"latest_first"`). */
  order?: "latest_first" | "earliest_first" | "proportional" | null;
  /** What no payment can take back becomes (default `"account_credit"`). */
  remainder?: "account_credit" | "out_of_band" | null;
  /** Whether the refund settles open invoices first (default `"none"`). */
  offset?: "none" | "open_invoices" | null;
}

/**
 * One step of a plan: money the caller's executor moves, once, under its `key`.
 *
 * @example
 * ```ts
 * const step: SettlementStep = {
 *   type: "refund_payment", paymentId: "ch_2", invoiceId: "inv-1", amount: "841.72", expectRefunded: "0.00", key: "stl_x:refund:ch_2",
 * };
 * ```
 */
export type SettlementStep =
  | { type: "offset_invoice"; invoiceId: Identifier; amount: AmountString; key: string }
  | {
      type: "refund_payment";
      paymentId: Identifier;
      invoiceId: Identifier;
      amount: AmountString;
      /** The payment's refunded amount the step assumes: an executor refuses the step if the gateway says otherwise. */
      expectRefunded: AmountString;
      key: string;
    }
  | { type: "account_credit"; invoiceId: Identifier; amount: AmountString; key: string }
  | { type: "out_of_band"; invoiceId: Identifier; amount: AmountString; key: string };

/**
 * One line of a credit note: one decision line that earned money.
 *
 * @example
 * ```ts
 * const line: CreditNoteLine = {
 *   itemId: "sub-1", clause: "migration.partial-refund", net: "1194.00",
 *   taxes: [{ code: "DE-VAT", rate: "0.19", amount: "226.86" }], gross: "1420.86",
 * };
 * ```
 */
export interface CreditNoteLine {
  itemId: Identifier;
  clause: ClauseId;
  /** What a customer sees for the item, when the request gave one. */
  label?: string;
  net: AmountString;
  taxes: { code: string; rate?: string; amount: AmountString }[];
  gross: AmountString;
}

/**
 * One credit note: the refund of one invoice's lines, and how it was settled.
 *
 * @example
 * ```ts
 * declare const note: CreditNote;
 * note.settledBy.refunded; // "1371.86"
 * ```
 */
export interface CreditNote {
  id: string;
  invoiceId: Identifier;
  invoiceNumber: string;
  invoiceIssuedOn: string;
  issuedOn: string;
  currency: CurrencyCode;
  lines: CreditNoteLine[];
  /** Per tax code and rate: the base (the lines' nets) and the amount (the lines' taxes). */
  taxes: { code: string; rate?: string; base: AmountString; amount: AmountString }[];
  total: { net: AmountString; tax: AmountString; gross: AmountString };
  settledBy: { refunded: AmountString; offset: AmountString; credited: AmountString; outOfBand: AmountString };
}

/**
 * The plan: where the decision's money goes.
 *
 * @example
 * ```ts
 * declare const plan: SettlementPlan;
 * plan.steps.map((step) => step.key);
 * ```
 */
export interface SettlementPlan {
  /** Deterministic: the same input and options give the same id. */
  planId: string;
  decision: { digest: string; status: "final"; asOf: string };
  currency: CurrencyCode;
  /** = the decision's total gross = the sum of every step's amount. */
  total: AmountString;
  steps: SettlementStep[];
  creditNotes: CreditNote[];
}
