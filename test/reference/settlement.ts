// The reference settlement (issue 21): the contract's "Settlement" section stated a second time, plainly,
// in BigInt minor units. It imports nothing from src/. It reads only valid-looking input (the generator's);
// of bad input it knows the ledger-against-decision codes, to agree on which ledgers are refused.
// Where the contract is silent it follows the choices written in docs/settlement-table.md: a payment made
// from account credit goes back as account credit; an instant's day is the date written in it.
import { createHash } from "node:crypto";
import { CURRENCY_DIGITS, formatMinor, parseMinor } from "./money.js";

type Json = Record<string, any>;

export interface ReferencePlan {
  decision: { digest: string; status: "final"; asOf: string };
  currency: string;
  total: string;
  /** Steps without their keys. */
  steps: Json[];
  /** Credit notes without their ids. */
  creditNotes: Json[];
}

export type ReferenceSettlement = { refused: true; codes: string[] } | { refused: false; plan: ReferencePlan };

/** RFC 8785 for the JSON the library writes (strings, small integers, booleans, null): sorted keys, no spaces. */
export function jcs(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return "[" + value.map(jcs).join(",") + "]";
  const keys = Object.keys(value).filter((k) => (value as Json)[k] !== undefined);
  keys.sort((a, b) => {
    // UTF-16 code units, compared one by one as RFC 8785 section 3.2.3 says.
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i);
    return a.length - b.length;
  });
  return "{" + keys.map((k) => JSON.stringify(k) + ":" + jcs((value as Json)[k])).join(",") + "}";
}

/** An instant as nanoseconds-and-beyond since 1970 (fraction kept to 30 digits); a bare date is midnight UTC. */
function instant(text: string): bigint {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?))?$/.exec(text)!;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone !== undefined && zone.toUpperCase() !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    offsetMinutes = (zone[0] === "-" ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0"));
  }
  // Date.UTC maps years 0-99 to 1900-1999; the generator's years are 2024 on, so that never matters here.
  const seconds = BigInt(ms / 1000 - offsetMinutes * 60);
  return seconds * 10n ** 30n + BigInt((m[7] ?? "").padEnd(30, "0").slice(0, 30) || "0");
}

const dateOf = (text: string) => text.slice(0, 10);

export function referenceSettlement(input: Json, options: Json = {}): ReferenceSettlement {
  const decision = input.decision as Json;
  const digits = CURRENCY_DIGITS[String(decision.currency).toUpperCase()]!;
  const minor = (text: unknown) => parseMinor(String(text), digits)!;
  const money = (m: bigint) => formatMinor(m, digits);
  const order = options.order ?? "latest_first";
  const remainder = options.remainder ?? "account_credit";
  const offsetting = (options.offset ?? "none") === "open_invoices";
  const asOf: string = decision.asOf;
  const codes: string[] = [];

  if (decision.status !== "final") codes.push("not_final");
  const invoices: Json[] = input.invoices;
  const payments: Json[] = input.payments;
  const open: Json[] = input.openInvoices ?? [];
  const lines: Json[] = decision.lines;
  const invoiceOf = new Map<string, Json>();
  for (const invoice of invoices) {
    for (const item of invoice.itemIds) {
      if (invoiceOf.has(item)) codes.push("item_on_two_invoices");
      else invoiceOf.set(item, invoice);
    }
  }
  for (const line of lines) if (minor(line.refund.gross) > 0n && !invoiceOf.has(line.itemId)) codes.push("no_invoice");
  for (const payment of payments) {
    if (!invoices.some((invoice) => invoice.id === payment.invoiceId)) codes.push("unknown_invoice");
    if (dateOf(payment.capturedAt) > asOf) codes.push("captured_after_as_of");
    if (minor(payment.refunded ?? "0") > minor(payment.amount)) codes.push("refund_exceeds_paid");
  }
  const earning = (invoice: Json) => lines.filter((line) => invoice.itemIds.includes(line.itemId) && minor(line.refund.gross) > 0n);
  const grossOf = (invoice: Json) => earning(invoice).reduce((sum, line) => sum + minor(line.refund.gross), 0n);
  for (const invoice of invoices) {
    const credited = minor(invoice.credited ?? "0");
    if (invoice.gross !== undefined && credited > minor(invoice.gross)) codes.push("over_credit");
    else if (invoice.gross !== undefined && grossOf(invoice) > minor(invoice.gross) - credited) codes.push("over_credit");
  }
  if (codes.length > 0) return { refused: true, codes: [...new Set(codes)].sort() };

  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const billed = invoices
    .filter((invoice) => earning(invoice).length > 0)
    .sort((a, b) => byText(dateOf(a.issuedOn), dateOf(b.issuedOn)) || byText(a.id, b.id));
  const left = new Map(billed.map((invoice) => [invoice.id, grossOf(invoice)]));
  const offsetFrom = new Map(billed.map((invoice) => [invoice.id, 0n]));
  const steps: Json[] = [];
  if (offsetting) {
    for (const target of [...open].sort((a, b) => byText(dateOf(a.dueOn), dateOf(b.dueOn)) || byText(a.id, b.id))) {
      let settled = 0n;
      for (const invoice of billed) {
        const take = [left.get(invoice.id)!, minor(target.amount) - settled].reduce((a, b) => (a < b ? a : b));
        left.set(invoice.id, left.get(invoice.id)! - take);
        offsetFrom.set(invoice.id, offsetFrom.get(invoice.id)! + take);
        settled += take;
      }
      if (settled > 0n) steps.push({ type: "offset_invoice", invoiceId: target.id, amount: money(settled) });
    }
  }

  const creditNotes: Json[] = [];
  for (const invoice of billed) {
    const toPay = left.get(invoice.id)!;
    const own = payments.filter((payment) => payment.invoiceId === invoice.id);
    const capOf = (payment: Json) => {
      if (payment.refundable === false) return 0n;
      if (payment.refundableUntil !== undefined && payment.refundableUntil !== null && asOf > dateOf(payment.refundableUntil)) return 0n;
      return minor(payment.amount) - minor(payment.refunded ?? "0");
    };
    const shares = new Map<string, bigint>();
    let ordered: Json[];
    if (order === "proportional") {
      ordered = [...own].sort((a, b) => byText(a.id, b.id));
      const capacity = own.reduce((sum, payment) => sum + capOf(payment), 0n);
      const total = toPay < capacity ? toPay : capacity;
      if (capacity > 0n) {
        const rows = ordered.map((payment) => ({ payment, floor: (total * capOf(payment)) / capacity, rest: (total * capOf(payment)) % capacity }));
        let units = total - rows.reduce((sum, row) => sum + row.floor, 0n);
        for (const row of rows) shares.set(row.payment.id, row.floor);
        for (const row of [...rows].sort((a, b) => (a.rest === b.rest ? byText(a.payment.id, b.payment.id) : a.rest > b.rest ? -1 : 1))) {
          if (units === 0n) break;
          shares.set(row.payment.id, row.floor + 1n);
          units -= 1n;
        }
      }
    } else {
      const direction = order === "latest_first" ? -1 : 1;
      ordered = [...own].sort((a, b) => {
        const x = instant(a.capturedAt);
        const y = instant(b.capturedAt);
        return x === y ? byText(a.id, b.id) : (x < y ? -1 : 1) * direction;
      });
      let rest = toPay;
      for (const payment of ordered) {
        const take = capOf(payment) < rest ? capOf(payment) : rest;
        shares.set(payment.id, take);
        rest -= take;
      }
    }
    let refunded = 0n;
    let credit = 0n;
    for (const payment of ordered) {
      const share = shares.get(payment.id) ?? 0n;
      if (share === 0n) continue;
      if (payment.method === "account_credit") credit += share;
      else {
        refunded += share;
        steps.push({ type: "refund_payment", paymentId: payment.id, invoiceId: invoice.id, amount: money(share), expectRefunded: money(minor(payment.refunded ?? "0")) });
      }
    }
    const unplaced = toPay - refunded - credit;
    const outOfBand = remainder === "out_of_band" ? unplaced : 0n;
    if (remainder === "account_credit") credit += unplaced;
    if (credit > 0n) steps.push({ type: "account_credit", invoiceId: invoice.id, amount: money(credit) });
    if (outOfBand > 0n) steps.push({ type: "out_of_band", invoiceId: invoice.id, amount: money(outOfBand) });

    const noteLines = earning(invoice);
    const taxes: Json[] = [];
    for (const line of noteLines) {
      for (const tax of line.refund.taxes) {
        let entry = taxes.find((t) => t.code === tax.code && t.rate === tax.rate);
        if (entry === undefined) taxes.push((entry = { code: tax.code, rate: tax.rate, base: 0n, amount: 0n }));
        entry.base += minor(line.refund.net);
        entry.amount += minor(tax.amount);
      }
    }
    const sum = (field: string) => noteLines.reduce((s, line) => s + minor(line.refund[field]), 0n);
    creditNotes.push({
      invoiceId: invoice.id,
      invoiceNumber: invoice.number,
      invoiceIssuedOn: dateOf(invoice.issuedOn),
      issuedOn: asOf,
      currency: decision.currency,
      // A credit note names its line from the decision line's label, when the request gave one.
      lines: noteLines.map((line) => ({ itemId: line.itemId, clause: line.clause, ...(line.label === undefined ? {} : { label: line.label }), net: line.refund.net, taxes: line.refund.taxes, gross: line.refund.gross })),
      taxes: taxes.map((t) => (t.rate === undefined ? { code: t.code, base: money(t.base), amount: money(t.amount) } : { code: t.code, rate: t.rate, base: money(t.base), amount: money(t.amount) })),
      total: { net: money(sum("net")), tax: money(sum("tax")), gross: money(sum("gross")) },
      settledBy: { refunded: money(refunded), offset: money(offsetFrom.get(invoice.id)!), credited: money(credit), outOfBand: money(outOfBand) },
    });
  }
  // The decision's own digest when it carries one (a sealed decision, checked by the library), else the hash of its JCS.
  const carried = (decision as { digests?: { decision?: unknown } }).digests?.decision;
  const digest = typeof carried === "string" ? carried : "sha256:" + createHash("sha256").update(jcs(decision), "utf8").digest("hex");
  return { refused: false, plan: { decision: { digest, status: "final", asOf }, currency: decision.currency, total: decision.total.gross, steps, creditNotes } };
}
