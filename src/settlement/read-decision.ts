/**
 * Reads the decision a settlement starts from: only what settling needs (status, date,
 * currency, the lines' money), in integer minor units, with every problem collected.
 * A decision is the library's own output, so fields it does not know are read past
 * (a newer decision may carry more); its figures must add up, else it was changed
 * after it was made (`decision_mismatch`).
 * @module
 */
import { type CalendarDate, formatCalendarDate } from "../calendar/calendar-date.js";
import { currencyDigits } from "../money/currencies.js";
import type { Money } from "../money/money.js";
import { type Fields, isFields, type Reader } from "../validate/reader.js";

/**
 * A tax of a decision line, in minor units.
 *
 * @example
 * ```ts
 * const tax: LineTax = { code: "DE-VAT", rate: "0.19", amount: 22686n };
 * ```
 */
export interface LineTax {
  readonly code: string;
  readonly rate?: string;
  readonly amount: bigint;
}

/**
 * A decision line as a settlement sees it.
 *
 * @example
 * ```ts
 * declare const line: SettledLine;
 * line.gross; // minor units
 * ```
 */
export interface SettledLine {
  readonly itemId: string;
  readonly clause: string;
  readonly label?: string;
  readonly net: bigint;
  readonly gross: bigint;
  readonly taxes: readonly LineTax[];
  /** Its index in `decision.lines`. */
  readonly index: number;
}

/**
 * The decision, read.
 *
 * @example
 * ```ts
 * declare const view: DecisionView;
 * view.currency; // "EUR"
 * ```
 */
export interface DecisionView {
  readonly final: boolean;
  readonly asOf: CalendarDate;
  readonly asOfText: string;
  /** Upper-case ISO 4217 code. */
  readonly currency: string;
  readonly digits: number;
  readonly total: bigint;
  readonly lines: readonly SettledLine[];
}

/**
 * A checked amount as a count of minor units (`"12.30"` at 2 digits is `1230n`).
 *
 * @example
 * ```ts
 * toMinor(Money.parse("12.30"), 2); // 1230n
 * ```
 */
export function toMinor(amount: Money, digits: number): bigint {
  return BigInt(amount.format(digits).replace(".", ""));
}

/**
 * Reads `input.decision`; `undefined` when it cannot be read at all (the problems say why).
 *
 * @example
 * ```ts
 * const reader = new Reader("refuse");
 * readDecision({ decision: { status: "estimate" } }, reader); // undefined; reader.problems lists why
 * ```
 */
export function readDecision(input: Fields, reader: Reader): DecisionView | undefined {
  const fields = reader.object(input, "decision", "", true);
  if (fields === undefined) return undefined;
  const status = reader.oneOf(fields, "status", "decision", ["final", "estimate"], true);
  if (status === "estimate") reader.add("decision.status", "not_final", 'is "estimate": only a final decision is settled; an estimate is never paid');
  const asOf = reader.date(fields, "asOf", "decision", true, undefined);
  const code = reader.string(fields, "currency", "decision", true);
  const digits = code === undefined ? undefined : currencyDigits(code.toUpperCase());
  if (code !== undefined && digits === undefined) reader.add("decision.currency", "unknown_currency", `"${code}" is not a supported ISO 4217 currency`);
  const totalFields = reader.object(fields, "total", "decision", true);
  const total = totalFields && reader.amount(totalFields, "gross", "decision.total", true, digits);
  const given = reader.array(fields, "lines", "decision", true);
  const entries = given ?? [];
  const lines: SettledLine[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const line = readLine(entry, `decision.lines[${index}]`, index, reader, digits);
    if (line === undefined) return;
    if (seen.has(line.itemId)) reader.add(`decision.lines[${index}].itemId`, "duplicate_id", `"${line.itemId}" has another line already`);
    seen.add(line.itemId);
    lines.push(line);
  });
  if (status === undefined || asOf === undefined || code === undefined || digits === undefined || total === undefined) return undefined;
  const totalMinor = toMinor(total, digits);
  const sum = lines.reduce((acc, line) => acc + line.gross, 0n);
  if (given !== undefined && lines.length === entries.length && sum !== totalMinor) {
    reader.add("decision.total.gross", "decision_mismatch", `is ${total.format(digits)}, and the lines' gross amounts add up to another figure`);
  }
  return { final: status === "final", asOf, asOfText: formatCalendarDate(asOf), currency: code.toUpperCase(), digits, total: totalMinor, lines };
}

function readLine(entry: unknown, at: string, index: number, reader: Reader, digits: number | undefined): SettledLine | undefined {
  const scale = digits ?? 0;
  if (!isFields(entry)) return reader.add(at, "wrong_type", "each line must be an object");
  const itemId = reader.string(entry, "itemId", at, true);
  const clause = reader.string(entry, "clause", at, true);
  const label = reader.string(entry, "label", at, false, 2_000);
  const refund = reader.object(entry, "refund", at, true);
  if (refund === undefined) return undefined;
  const money = `${at}.refund`;
  const net = reader.amount(refund, "net", money, true, digits);
  const tax = reader.amount(refund, "tax", money, true, digits);
  const gross = reader.amount(refund, "gross", money, true, digits);
  const taxes: LineTax[] = [];
  const taxEntries = reader.array(refund, "taxes", money, false) ?? [];
  taxEntries.forEach((taxEntry, t) => {
    const taxAt = `${money}.taxes[${t}]`;
    if (!isFields(taxEntry)) return reader.add(taxAt, "wrong_type", "each tax must be an object");
    const code = reader.string(taxEntry, "code", taxAt, true);
    const rate = reader.rate(taxEntry, "rate", taxAt);
    const amount = reader.amount(taxEntry, "amount", taxAt, true, digits);
    if (code !== undefined && amount !== undefined) taxes.push(rate === undefined ? { code, amount: toMinor(amount, scale) } : { code, rate, amount: toMinor(amount, scale) });
    return undefined;
  });
  if (digits === undefined || itemId === undefined || clause === undefined || net === undefined || tax === undefined || gross === undefined || taxes.length !== taxEntries.length) return undefined;
  const [n, x, g] = [toMinor(net, scale), toMinor(tax, scale), toMinor(gross, scale)];
  if (n + x !== g) reader.add(`${money}.gross`, "decision_mismatch", "is not net + tax");
  if (taxes.reduce((sum, entry) => sum + entry.amount, 0n) !== x) reader.add(`${money}.tax`, "decision_mismatch", "is not the sum of the line's taxes");
  const line = { itemId, clause, net: n, gross: g, taxes, index };
  return label === undefined ? line : { ...line, label };
}
