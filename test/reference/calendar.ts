/**
 * Reference model, calendar: dates are "YYYY-MM-DD" strings; month arithmetic is date-fns on UTC dates
 * (@date-fns/utc), and an instant's local date comes from the runtime's IANA data through Intl. Nothing
 * here comes from src/.
 */
import { UTCDate } from "@date-fns/utc";
import { addDays, addMonths, differenceInCalendarDays, format } from "date-fns";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// RFC 3339 and the forms databases print: "T", "t" or a space; "Z", "z" or an offset; any fraction.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

function realDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const probe = new UTCDate(year, month - 1, day);
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function toUtc(date: string): UTCDate {
  const match = DATE.exec(date);
  if (!match) throw new Error(`reference: not a date ${date}`);
  const d = new UTCDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // new Date(y, ...) maps years 0-99 to 1900-1999; the tests stay in 2000-2099.
  return d;
}

function fromUtc(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

/** The local calendar date of an epoch instant in an IANA zone, asked of Intl directly. */
function localDate(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hourCycle: "h23" }).formatToParts(
    new Date(epochMs),
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}

/**
 * A date field: a real calendar date, or an instant with an offset read as the date it falls on in
 * `timeZone` (UTC when absent). Undefined for anything else.
 */
export function readDateField(text: string, timeZone: string | undefined): string | undefined {
  const plain = DATE.exec(text);
  if (plain) return realDate(Number(plain[1]), Number(plain[2]), Number(plain[3])) ? text : undefined;
  const m = INSTANT.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (!realDate(year!, month!, day!) || hour! > 23 || minute! > 59 || second > 59) return undefined;
  const offsetMinutes = m[7] ? 0 : (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  if (Number(m[10] ?? 0) > 59 || Math.abs(offsetMinutes) > 18 * 60) return undefined;
  const epochMs = Date.UTC(year!, month! - 1, day!, hour!, minute!, second) - offsetMinutes * 60_000;
  return localDate(epochMs, timeZone ?? "UTC");
}

/** `date + days`. */
export function plusDays(date: string, days: number): string {
  return fromUtc(addDays(toUtc(date), days));
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/** `start + k months`, clamped to a short month's last day (date-fns does the clamping). */
export function monthBoundary(start: string, k: number): string {
  return fromUtc(addMonths(toUtc(start), k));
}

/** How many boundaries `start + k months` (k = 0, 1, …) fall strictly before `limit`. */
export function boundariesBefore(start: string, limit: string): number {
  let k = 0;
  while (monthBoundary(start, k) < limit) k++;
  return k;
}

/** The later of two dates ("YYYY-MM-DD" sorts as text). */
export function later(a: string, b: string): string {
  return a > b ? a : b;
}
