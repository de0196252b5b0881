/**
 * The plan from a read, consistent ledger: offsets, refunds per payment, the remainder,
 * and one credit note per invoice whose lines earn money. Integer minor units throughout;
 * written as strings with the currency's digits at the end.
 * @module
 */
import type { CreditNote, CreditNoteLine, SettlementPlan, SettlementStep } from "../contract/settlement.js";
import { formatMinor } from "../money/decimal-string.js";
import { allocate, byId, type Capped, inOrder } from "./allocate.js";
import { sha256Hex } from "./digest.js";
import type { DecisionView, SettledLine } from "./read-decision.js";
import type { InvoiceView, OpenView, PaymentView, SettlementChoices } from "./read-ledger.js";

/**
 * Everything a plan is made from.
 *
 * @example
 * ```ts
 * declare const ledger: Ledger;
 * ledger.options.order; // "latest_first"
 * ```
 */
export interface Ledger {
  readonly decision: DecisionView;
  readonly invoices: readonly InvoiceView[];
  readonly payments: readonly PaymentView[];
  readonly open: readonly OpenView[];
  readonly options: SettlementChoices;
}

/** An invoice with the decision lines it billed and their gross sum. */
interface Billed {
  readonly invoice: InvoiceView;
  readonly lines: readonly SettledLine[];
  readonly gross: bigint;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,24}$/;

/**
 * An id as a key part: itself when short and made of `A-Z a-z 0-9 _ -`, else a dot and
 * 23 hex digits of its SHA-256 (a dot never appears in the first form, so two ids never
 * share a part). Keys stay within 64 characters of a gateway-safe alphabet.
 *
 * @example
 * ```ts
 * keyPart("ch_1"); // "ch_1"
 * keyPart("pi 1/2").startsWith("."); // true: hashed
 * ```
 */
export function keyPart(id: string): string {
  return SAFE_ID.test(id) ? id : `.${sha256Hex(id).slice(0, 23)}`;
}

/**
 * The invoices whose lines earn money, by (issuedOn, id): the order credit notes fund offsets in.
 *
 * @example
 * ```ts
 * declare const ledger: Ledger;
 * billedInvoices(ledger).map((entry) => entry.invoice.id); // by issuedOn, then id
 * ```
 */
export function billedInvoices(ledger: Ledger): Billed[] {
  const billed: Billed[] = [];
  for (const invoice of ledger.invoices) {
    const items = new Set(invoice.itemIds);
    const lines = ledger.decision.lines.filter((line) => line.gross > 0n && items.has(line.itemId));
    if (lines.length > 0) billed.push({ invoice, lines, gross: lines.reduce((sum, line) => sum + line.gross, 0n) });
  }
  return billed.sort((a, b) => a.invoice.issuedDay - b.invoice.issuedDay || byId(a.invoice.id, b.invoice.id));
}

/**
 * What a payment can still take back: `amount − refunded`, nothing when not refundable or its window closed before asOf.
 *
 * @example
 * ```ts
 * declare const ledger: Ledger;
 * declare const payment: PaymentView; // amount 100000n, refunded 25000n
 * capOf(payment, ledger); // 75000n
 * ```
 */
export function capOf(payment: PaymentView, ledger: Ledger): bigint {
  const closed = payment.refundableUntil !== undefined && ledger.decision.asOf > payment.refundableUntil;
  return !payment.refundable || closed ? 0n : payment.amount - payment.refunded;
}

/**
 * The plan (its `planId` and digest given).
 *
 * @example
 * ```ts
 * declare const ledger: Ledger;
 * makePlan(ledger, "stl_0123", "sha256:…").total; // the decision's total gross
 * ```
 */
export function makePlan(ledger: Ledger, planId: string, digest: string): SettlementPlan {
  const { digits, currency, asOfText } = ledger.decision;
  const money = (minor: bigint) => formatMinor(minor, digits);
  const key = (kind: string, id: string) => `${planId}-${kind}-${keyPart(id)}`;
  const billed = billedInvoices(ledger);

  // Offsets: open invoices by (dueOn, id), each up to its amount, funded by the credit notes in invoice order.
  const offsetOf = new Map<Billed, bigint>(billed.map((entry) => [entry, 0n]));
  const offsetSteps: SettlementStep[] = [];
  if (ledger.options.offset === "open_invoices") {
    const open = [...ledger.open].sort((a, b) => a.dueOn - b.dueOn || byId(a.id, b.id));
    for (const invoice of open) {
      let wanted = invoice.amount;
      for (const entry of billed) {
        const free = entry.gross - (offsetOf.get(entry) as bigint);
        const take = free < wanted ? free : wanted;
        offsetOf.set(entry, (offsetOf.get(entry) as bigint) + take);
        wanted -= take;
      }
      const amount = invoice.amount - wanted;
      if (amount > 0n) offsetSteps.push({ type: "offset_invoice", invoiceId: invoice.id, amount: money(amount), key: key("o", invoice.id) });
    }
  }

  const steps: SettlementStep[] = [...offsetSteps];
  const creditNotes: CreditNote[] = [];
  for (const entry of billed) {
    const { invoice } = entry;
    const offset = offsetOf.get(entry) as bigint;
    const capped: Capped[] = ledger.payments.filter((p) => p.invoiceId === invoice.id).map((payment) => ({ payment, cap: capOf(payment, ledger) }));
    const shares = allocate(entry.gross - offset, inOrder(capped, ledger.options.order), ledger.options.order);
    let refunded = 0n;
    let credit = 0n;
    for (const { payment, amount } of shares) {
      if (amount === 0n) continue;
      // A payment made from account credit goes back as account credit, never to a gateway.
      if (payment.method === "account_credit") {
        credit += amount;
        continue;
      }
      refunded += amount;
      steps.push({ type: "refund_payment", paymentId: payment.id, invoiceId: invoice.id, amount: money(amount), expectRefunded: money(payment.refunded), key: key("r", payment.id) });
    }
    const rest = entry.gross - offset - refunded - credit;
    const outOfBand = ledger.options.remainder === "out_of_band" ? rest : 0n;
    credit += rest - outOfBand;
    if (credit > 0n) steps.push({ type: "account_credit", invoiceId: invoice.id, amount: money(credit), key: key("c", invoice.id) });
    if (outOfBand > 0n) steps.push({ type: "out_of_band", invoiceId: invoice.id, amount: money(outOfBand), key: key("b", invoice.id) });
    const { lines, taxes, total } = creditNote(entry, money);
    creditNotes.push({
      id: `${planId}-n-${keyPart(invoice.id)}`,
      invoiceId: invoice.id,
      invoiceNumber: invoice.number,
      invoiceIssuedOn: invoice.issuedOn,
      issuedOn: asOfText,
      currency,
      lines,
      taxes,
      total,
      settledBy: { refunded: money(refunded), offset: money(offset), credited: money(credit), outOfBand: money(outOfBand) },
    });
  }
  return { planId, decision: { digest, status: "final", asOf: asOfText }, currency, total: money(ledger.decision.total), steps, creditNotes };
}

/** A credit note's lines, per-tax breakdown and totals (fields in the wire order). */
function creditNote(entry: Billed, money: (minor: bigint) => string): Pick<CreditNote, "lines" | "taxes" | "total"> {
  const lines: CreditNoteLine[] = [];
  const groups = new Map<string, { code: string; rate?: string; base: bigint; amount: bigint }>();
  let net = 0n;
  let gross = 0n;
  for (const line of entry.lines) {
    net += line.net;
    gross += line.gross;
    const taxes = line.taxes.map((tax) => {
      const id = JSON.stringify([tax.code, tax.rate ?? null]);
      const group = groups.get(id) ?? { code: tax.code, ...(tax.rate === undefined ? {} : { rate: tax.rate }), base: 0n, amount: 0n };
      group.base += line.net;
      group.amount += tax.amount;
      groups.set(id, group);
      return tax.rate === undefined ? { code: tax.code, amount: money(tax.amount) } : { code: tax.code, rate: tax.rate, amount: money(tax.amount) };
    });
    const written: CreditNoteLine = { itemId: line.itemId, clause: line.clause as CreditNoteLine["clause"], net: money(line.net), taxes, gross: money(line.gross) };
    lines.push(line.label === undefined ? written : { itemId: line.itemId, clause: written.clause, label: line.label, net: written.net, taxes, gross: written.gross });
  }
  const taxes = [...groups.values()].map(({ code, rate, base, amount }) =>
    rate === undefined ? { code, base: money(base), amount: money(amount) } : { code, rate, base: money(base), amount: money(amount) },
  );
  return { lines, taxes, total: { net: money(net), tax: money(gross - net), gross: money(gross) } };
}
