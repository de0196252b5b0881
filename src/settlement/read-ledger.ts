/**
 * Reads a settlement's ledger (invoices, payments, open invoices) and its options, in
 * integer minor units, collecting every problem with its path.
 * @module
 */
import { type CalendarDate, formatCalendarDate, parseCalendarDate } from "../calendar/calendar-date.js";
import type { PaymentMethod, SettlementOptions } from "../contract/settlement.js";
import { type Fields, isFields, join, type Reader } from "../validate/reader.js";
import { toMinor } from "./read-decision.js";

/**
 * When a payment was captured: whole seconds since 1970 and the fraction's digits (no trailing zeros), for ordering.
 *
 * @example
 * ```ts
 * const at: Instant = { seconds: 1767259800, fraction: "5" }; // 2026-01-01T09:30:00.5Z
 * ```
 */
export interface Instant {
  readonly seconds: number;
  readonly fraction: string;
}

/**
 * An invoice, read.
 *
 * @example
 * ```ts
 * declare const invoice: InvoiceView;
 * invoice.credited; // 0n by default
 * ```
 */
export interface InvoiceView {
  readonly id: string;
  readonly number: string;
  readonly issuedOn: string;
  readonly issuedDay: CalendarDate;
  readonly itemIds: readonly string[];
  readonly gross?: bigint;
  readonly credited: bigint;
  readonly index: number;
}

/**
 * A payment, read.
 *
 * @example
 * ```ts
 * declare const payment: PaymentView;
 * payment.amount - payment.refunded; // what it can still take back
 * ```
 */
export interface PaymentView {
  readonly id: string;
  readonly invoiceId: string;
  readonly method: PaymentMethod;
  readonly amount: bigint;
  readonly refunded: bigint;
  readonly captured: Instant;
  readonly refundableUntil?: CalendarDate;
  readonly refundable: boolean;
}

/**
 * An open invoice, read.
 *
 * @example
 * ```ts
 * declare const open: OpenView;
 * open.amount; // minor units
 * ```
 */
export interface OpenView {
  readonly id: string;
  readonly amount: bigint;
  readonly dueOn: CalendarDate;
}

/**
 * The options, with their defaults.
 *
 * @example
 * ```ts
 * const choices: SettlementChoices = { order: "latest_first", remainder: "account_credit", offset: "none" };
 * ```
 */
export type SettlementChoices = Required<{ [K in keyof SettlementOptions]: NonNullable<SettlementOptions[K]> }>;

const METHODS: readonly PaymentMethod[] = ["card", "direct_debit", "bank_transfer", "wallet", "account_credit", "other"];
const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?))?$/;

/**
 * The calendar date written in a checked date or instant (an instant's own offset:
 * the day the billing system recorded), and the instant itself for ordering (a date
 * alone is the start of that day, UTC).
 *
 * @example
 * ```ts
 * readInstant("2026-01-01T23:30:00-02:00").instant.seconds; // 2026-01-02T01:30Z
 * formatCalendarDate(readInstant("2026-01-01T23:30:00-02:00").day); // "2026-01-01"
 * ```
 */
export function readInstant(text: string): { day: CalendarDate; instant: Instant } {
  const [, date, h, mi, s, fraction, sign, oh, om] = INSTANT.exec(text) as RegExpExecArray;
  const day = parseCalendarDate(date as string) as CalendarDate;
  const offset = sign === undefined ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om ?? 0));
  const seconds = day * 86_400 + (Number(h ?? 0) * 60 + Number(mi ?? 0) - offset) * 60 + Number(s ?? 0);
  return { day, instant: { seconds, fraction: (fraction ?? "").replace(/0+$/, "") } };
}

/** The calendar date written in a date field (see {@link readInstant}); `undefined` when the reader refused it. */
function day(fields: Fields, key: string, path: string, required: boolean, reader: Reader): { day: CalendarDate; instant: Instant } | undefined {
  return reader.date(fields, key, path, required, undefined) === undefined ? undefined : readInstant(reader.get(fields, key) as string);
}

function entries(input: Fields, key: string, required: boolean, reader: Reader): [Fields, string][] {
  const list = reader.array(input, key, "", required) ?? [];
  const out: [Fields, string][] = [];
  list.forEach((entry, index) => {
    const at = `${key}[${index}]`;
    if (isFields(entry)) out.push([entry, at]);
    else reader.add(at, "wrong_type", `each entry of ${key} must be an object`);
  });
  return out;
}

function currency(fields: Fields, path: string, expected: string | undefined, reader: Reader): void {
  const code = reader.string(fields, "currency", path, false);
  if (code !== undefined && expected !== undefined && code.toUpperCase() !== expected) {
    reader.add(join(path, "currency"), "currency_mismatch", `is "${code}"; every amount of a settlement is in the decision's currency, ${expected}`);
  }
}

function unique(id: string | undefined, seen: Set<string>, at: string, reader: Reader): void {
  if (id === undefined) return;
  if (seen.has(id)) reader.add(join(at, "id"), "duplicate_id", `"${id}" is used by another entry`);
  seen.add(id);
}

/**
 * `invoices`, each with its own checks (an item on two invoices is checked here too). `ids` gets the id of
 * every invoice given, also of one refused for another field, so a payment of it is not "of an unknown invoice".
 *
 * @example
 * ```ts
 * const reader = new Reader("refuse");
 * readInvoices({ invoices: [] }, reader, 2, "EUR"); // []
 * ```
 */
export function readInvoices(input: Fields, reader: Reader, digits: number | undefined, expected: string | undefined, ids = new Set<string>()): InvoiceView[] {
  const invoices: InvoiceView[] = [];
  const billed = new Set<string>();
  entries(input, "invoices", true, reader).forEach(([fields, at], index) => {
    reader.onlyKnown(fields, at, ["id", "number", "issuedOn", "itemIds", "gross", "credited", "currency"]);
    const id = reader.string(fields, "id", at, true);
    unique(id, ids, at, reader);
    const number = reader.string(fields, "number", at, true);
    const issued = day(fields, "issuedOn", at, true, reader);
    const itemIds: string[] = [];
    (reader.array(fields, "itemIds", at, true) ?? []).forEach((item, i) => {
      const itemAt = `${at}.itemIds[${i}]`;
      if (typeof item !== "string" || item.length === 0) return reader.add(itemAt, "wrong_type", "must be an item id (a non-empty string)");
      if (billed.has(item)) return reader.add(itemAt, "item_on_two_invoices", `"${item}" is billed on another invoice already; an item is on one invoice`);
      billed.add(item);
      itemIds.push(item);
      return undefined;
    });
    const gross = reader.amount(fields, "gross", at, false, digits);
    const credited = reader.amount(fields, "credited", at, false, digits);
    currency(fields, at, expected, reader);
    const creditedMinor = credited === undefined ? 0n : toMinor(credited, digits ?? 0);
    const grossMinor = gross === undefined ? undefined : toMinor(gross, digits ?? 0);
    if (grossMinor !== undefined && creditedMinor > grossMinor) reader.add(join(at, "credited"), "over_credit", "is more than the invoice's gross");
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: type narrowing only; the reader already recorded why a value is missing, and any problem refuses the settlement
    if (id === undefined || number === undefined || issued === undefined) return;
    const invoice = { id, number, issuedOn: formatCalendarDate(issued.day), issuedDay: issued.day, itemIds, credited: creditedMinor, index };
    invoices.push(grossMinor === undefined ? invoice : { ...invoice, gross: grossMinor });
  });
  return invoices;
}

/**
 * `payments`: each of a known invoice, captured no later than the decision's date (reading 18).
 *
 * @example
 * ```ts
 * const reader = new Reader("refuse");
 * readPayments({ payments: [] }, reader, 2, "EUR", new Set(), undefined); // []
 * ```
 */
export function readPayments(input: Fields, reader: Reader, digits: number | undefined, expected: string | undefined, invoiceIds: ReadonlySet<string>, asOf: CalendarDate | undefined): PaymentView[] {
  const payments: PaymentView[] = [];
  const ids = new Set<string>();
  entries(input, "payments", true, reader).forEach(([fields, at]) => {
    reader.onlyKnown(fields, at, ["id", "invoiceId", "method", "amount", "refunded", "capturedAt", "refundableUntil", "refundable", "currency"]);
    const id = reader.string(fields, "id", at, true);
    unique(id, ids, at, reader);
    const invoiceId = reader.string(fields, "invoiceId", at, true);
    if (invoiceId !== undefined && !invoiceIds.has(invoiceId)) reader.add(join(at, "invoiceId"), "unknown_invoice", `"${invoiceId}" is not the id of one of the settlement's invoices`);
    const method = reader.oneOf(fields, "method", at, METHODS, true);
    const amount = reader.amount(fields, "amount", at, true, digits);
    const refunded = reader.amount(fields, "refunded", at, false, digits);
    const captured = day(fields, "capturedAt", at, true, reader);
    if (captured !== undefined && asOf !== undefined && captured.day > asOf) {
      reader.add(join(at, "capturedAt"), "captured_after_as_of", "is after the decision's asOf: a payment not yet made cannot be refunded");
    }
    const until = day(fields, "refundableUntil", at, false, reader);
    const refundable = reader.boolean(fields, "refundable", at) ?? true;
    currency(fields, at, expected, reader);
    const amountMinor = amount === undefined ? undefined : toMinor(amount, digits ?? 0);
    const refundedMinor = refunded === undefined ? 0n : toMinor(refunded, digits ?? 0);
    if (amountMinor !== undefined && refundedMinor > amountMinor) reader.add(join(at, "refunded"), "refund_exceeds_paid", "is more than the payment's amount");
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: type narrowing only; the reader already recorded why a value is missing, and any problem refuses the settlement
    if (id === undefined || invoiceId === undefined || method === undefined || amountMinor === undefined || captured === undefined) return;
    const payment = { id, invoiceId, method, amount: amountMinor, refunded: refundedMinor, captured: captured.instant, refundable };
    payments.push(until === undefined ? payment : { ...payment, refundableUntil: until.day });
  });
  return payments;
}

/**
 * `openInvoices` (optional).
 *
 * @example
 * ```ts
 * const reader = new Reader("refuse");
 * readOpenInvoices({}, reader, 2); // []: optional
 * ```
 */
export function readOpenInvoices(input: Fields, reader: Reader, digits: number | undefined): OpenView[] {
  const open: OpenView[] = [];
  const ids = new Set<string>();
  entries(input, "openInvoices", false, reader).forEach(([fields, at]) => {
    reader.onlyKnown(fields, at, ["id", "amount", "dueOn"]);
    const id = reader.string(fields, "id", at, true);
    unique(id, ids, at, reader);
    const amount = reader.amount(fields, "amount", at, true, digits);
    const dueOn = reader.date(fields, "dueOn", at, true, undefined);
    if (id !== undefined && amount !== undefined && dueOn !== undefined) open.push({ id, amount: toMinor(amount, digits ?? 0), dueOn: readInstant(reader.get(fields, "dueOn") as string).day });
  });
  return open;
}

/**
 * The options, or their defaults; `null` options and fields are absent.
 *
 * @example
 * ```ts
 * readSettlementOptions(null, new Reader("refuse")).order; // "latest_first"
 * ```
 */
export function readSettlementOptions(options: unknown, reader: Reader): SettlementChoices {
  const defaults: SettlementChoices = { order: "latest_first", remainder: "account_credit", offset: "none" };
  if (options === undefined || options === null) return defaults;
  if (!isFields(options)) {
    reader.add("options", "wrong_type", "the settlement options must be a JSON object");
    return defaults;
  }
  reader.onlyKnown(options, "options", ["order", "remainder", "offset"]);
  return {
    order: reader.oneOf(options, "order", "options", ["latest_first", "earliest_first", "proportional"], false) ?? defaults.order,
    remainder: reader.oneOf(options, "remainder", "options", ["account_credit", "out_of_band"], false) ?? defaults.remainder,
    offset: reader.oneOf(options, "offset", "options", ["none", "open_invoices"], false) ?? defaults.offset,
  };
}
