// Reading a credit note (as settleRefund makes it, or as JSON) into minor units, checking that its own
// figures add up: a credit note whose totals disagree with its lines is refused, never repaired.
import { parseCalendarDate } from "../calendar/calendar-date.js";
import { plainScaled, type Scaled } from "../money/decimal-string.js";
import { currencyDigits } from "../money/currencies.js";
import { isEn16931Currency } from "./codes.js";
import { isRecord, missing, present, readMinor, readOptionalText, readText, type Problems } from "./text.js";

/**
 * One tax of a line, read.
 *
 * @example
 * ```ts
 * const tax: NoteTax = { code: "DE-VAT", rate: [19n, 2], amount: 22686n };
 * ```
 */
export interface NoteTax {
  readonly code: string;
  /** The rate as written (`"0.19"`), when the line gave one. */
  readonly rate: Scaled | undefined;
  readonly amount: bigint;
}

/**
 * One line, read: amounts in minor units.
 *
 * @example
 * ```ts
 * const line: NoteLine = { itemId: "sub-1", name: "sub-1", net: 119400n, taxes: [], gross: 119400n };
 * ```
 */
export interface NoteLine {
  readonly itemId: string;
  /** The item's label, or its id. */
  readonly name: string;
  readonly net: bigint;
  readonly taxes: readonly NoteTax[];
  readonly gross: bigint;
}

/**
 * A credit note read: every amount in minor units of its currency.
 *
 * @example
 * ```ts
 * declare const note: Note;
 * note.total.gross; // 142086n
 * ```
 */
export interface Note {
  readonly id: string;
  readonly invoiceNumber: string;
  readonly invoiceIssuedOn: string;
  readonly issuedOn: string;
  readonly currency: string;
  /** The currency's minor-unit digits. */
  readonly digits: number;
  readonly lines: readonly NoteLine[];
  readonly total: { readonly net: bigint; readonly tax: bigint; readonly gross: bigint };
}

const RATE = /^(0|[1-9]\d*)(\.\d+)?$/;

/**
 * Reads a credit note; `undefined` when a problem was recorded.
 *
 * @example
 * ```ts
 * const problems: Problems = [];
 * readNote({ id: "cn-1" }, problems); // undefined, problems listed
 * ```
 */
export function readNote(value: unknown, problems: Problems): Note | undefined {
  const before = problems.length;
  if (!isRecord(value)) {
    problems.push({ path: "creditNote", code: "wrong_type", message: "must be a credit note object" });
    return undefined;
  }
  const id = readText(value.id, "creditNote.id", problems);
  const invoiceNumber = readText(value.invoiceNumber, "creditNote.invoiceNumber", problems);
  const invoiceIssuedOn = readDate(value.invoiceIssuedOn, "creditNote.invoiceIssuedOn", problems);
  const issuedOn = readDate(value.issuedOn, "creditNote.issuedOn", problems);
  const currency = readCurrency(value.currency, problems);
  const digits = currency === undefined ? 2 : (currencyDigits(currency) as number);
  const lines = readLines(value.lines, digits, problems);
  const total = isRecord(value.total) ? value.total : undefined;
  if (total === undefined) problems.push({ path: "creditNote.total", code: present(value.total) ? "wrong_type" : "missing", message: "is required: { net, tax, gross }" });
  const net = total && readMinor(total.net, digits, "creditNote.total.net", problems);
  const tax = total && readMinor(total.tax, digits, "creditNote.total.tax", problems);
  const gross = total && readMinor(total.gross, digits, "creditNote.total.gross", problems);
  if (problems.length > before || lines === undefined) return undefined;
  const note: Note = {
    id: id as string,
    invoiceNumber: invoiceNumber as string,
    invoiceIssuedOn: invoiceIssuedOn as string,
    issuedOn: issuedOn as string,
    currency: currency as string,
    digits,
    lines,
    total: { net: net as bigint, tax: tax as bigint, gross: gross as bigint },
  };
  checkSums(note, value.taxes, problems);
  return problems.length > before ? undefined : note;
}

function readDate(value: unknown, path: string, problems: Problems): string | undefined {
  if (!present(value)) return missing(path, problems);
  if (typeof value !== "string" || parseCalendarDate(value) === undefined) {
    problems.push({ path, code: "invalid_date", message: 'must be a real calendar date "YYYY-MM-DD"' });
    return undefined;
  }
  return value;
}

function readCurrency(value: unknown, problems: Problems): string | undefined {
  if (!present(value)) return missing("creditNote.currency", problems);
  if (typeof value !== "string" || currencyDigits(value) === undefined) {
    problems.push({ path: "creditNote.currency", code: "unknown_currency", message: "must be an ISO 4217 currency code" });
    return undefined;
  }
  if (!isEn16931Currency(value)) {
    problems.push({ path: "creditNote.currency", code: "en16931_unsupported", message: `${value} is not in EN 16931's currency list (BR-CL-03)` });
    return undefined;
  }
  return value;
}

function readLines(value: unknown, digits: number, problems: Problems): NoteLine[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({ path: "creditNote.lines", code: "no_items", message: "must list at least one line (BR-16)" });
    return undefined;
  }
  const lines: NoteLine[] = [];
  value.forEach((line: unknown, index) => {
    const path = `creditNote.lines[${index}]`;
    if (!isRecord(line)) {
      problems.push({ path, code: "wrong_type", message: "must be a credit-note line object" });
      return;
    }
    const itemId = readText(line.itemId, `${path}.itemId`, problems);
    const label = readOptionalText(line.label, `${path}.label`, problems);
    const net = readMinor(line.net, digits, `${path}.net`, problems);
    const gross = readMinor(line.gross, digits, `${path}.gross`, problems);
    const taxes = readTaxes(line.taxes, digits, `${path}.taxes`, problems);
    if (itemId === undefined || net === undefined || gross === undefined || taxes === undefined) return;
    lines.push({ itemId, name: label ?? itemId, net, taxes, gross });
  });
  return lines;
}

function readTaxes(value: unknown, digits: number, path: string, problems: Problems): NoteTax[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ path, code: "wrong_type", message: "must be a list of taxes (empty for none)" });
    return undefined;
  }
  const taxes: NoteTax[] = [];
  value.forEach((tax: unknown, index) => {
    const at = `${path}[${index}]`;
    if (!isRecord(tax)) {
      problems.push({ path: at, code: "wrong_type", message: "must be a tax object { code, rate, amount }" });
      return;
    }
    const code = readText(tax.code, `${at}.code`, problems);
    let rate: Scaled | undefined;
    if (present(tax.rate)) {
      rate = typeof tax.rate === "string" && RATE.test(tax.rate) ? plainScaled(tax.rate) : undefined;
      if (rate === undefined) problems.push({ path: `${at}.rate`, code: "invalid_rate", message: 'must be a decimal string such as "0.19"' });
    }
    const amount = readMinor(tax.amount, digits, `${at}.amount`, problems);
    if (code !== undefined && amount !== undefined) taxes.push({ code, rate, amount });
  });
  return taxes.length === value.length ? taxes : undefined;
}

/** The credit note's totals and per-tax sums must be its lines' sums (the figures the XML writes come from the lines). */
function checkSums(note: Note, taxes: unknown, problems: Problems): void {
  const net = note.lines.reduce((sum, line) => sum + line.net, 0n);
  const tax = note.lines.reduce((sum, line) => sum + line.taxes.reduce((s, t) => s + t.amount, 0n), 0n);
  const mismatch = (path: string, what: string) => problems.push({ path, code: "inconsistent_credit_note", message: `must equal ${what}` });
  note.lines.forEach((line, index) => {
    if (line.net + line.taxes.reduce((sum, t) => sum + t.amount, 0n) !== line.gross) mismatch(`creditNote.lines[${index}].gross`, "the line's net plus its taxes");
  });
  if (note.total.net !== net) mismatch("creditNote.total.net", "the sum of the lines' nets");
  if (note.total.tax !== tax) mismatch("creditNote.total.tax", "the sum of the lines' taxes");
  if (note.total.gross !== note.total.net + note.total.tax) mismatch("creditNote.total.gross", "total.net plus total.tax");
  if (!present(taxes)) return;
  if (!Array.isArray(taxes)) {
    problems.push({ path: "creditNote.taxes", code: "wrong_type", message: "must be a list of { code, rate, base, amount }" });
    return;
  }
  const sums = new Map<string, { base: bigint; amount: bigint }>();
  for (const line of note.lines) {
    for (const t of line.taxes) {
      const key = taxKey(t.code, t.rate);
      const sum = sums.get(key) ?? { base: 0n, amount: 0n };
      sums.set(key, { base: sum.base + line.net, amount: sum.amount + t.amount });
    }
  }
  taxes.forEach((entry: unknown, index) => {
    const path = `creditNote.taxes[${index}]`;
    const rate = isRecord(entry) && typeof entry.rate === "string" && RATE.test(entry.rate) ? plainScaled(entry.rate) : undefined;
    const sum = isRecord(entry) && typeof entry.code === "string" ? sums.get(taxKey(entry.code, rate)) : undefined;
    const amount = isRecord(entry) ? readMinor(entry.amount, note.digits, `${path}.amount`, problems) : undefined;
    const base = isRecord(entry) ? readMinor(entry.base, note.digits, `${path}.base`, problems) : undefined;
    if (sum === undefined || amount !== sum.amount || base !== sum.base) {
      problems.push({ path, code: "inconsistent_credit_note", message: "must be the sum of the lines' nets (base) and taxes (amount) for its code and rate" });
    }
  });
  if (taxes.length !== sums.size) {
    problems.push({ path: "creditNote.taxes", code: "inconsistent_credit_note", message: `must list each of the lines' ${sums.size} tax codes and rates once` });
  }
}

/** A tax code and rate as one key: rates compared by value (`"0.19"` and `"0.190"` are one rate). */
function taxKey(code: string, rate: Scaled | undefined): string {
  return `${code}\u0000${rate === undefined ? "" : normalRate(rate)}`;
}

/**
 * A scaled rate with no trailing zeros in its decimals: one form per value.
 *
 * @example
 * ```ts
 * normalRate([190n, 3]); // "19e-2"
 * ```
 */
export function normalRate([units, decimals]: Scaled): string {
  let u = units;
  let d = decimals;
  while (d > 0 && u % 10n === 0n) {
    u /= 10n;
    d -= 1;
  }
  return `${u}e-${d}`;
}
