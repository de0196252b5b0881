import { tzName } from "@date-fns/tz/tzName";
import { tzOffset } from "@date-fns/tz/tzOffset";

/**
 * A calendar date as a whole number of days since 1970-01-01. Date-only math on it
 * is integer math, so no host time zone can shift a day.
 *
 * @category Money and calendar
 * @example
 * ```ts
 * import { parseCalendarDate, formatCalendarDate } from "refund-policy/rules";
 * const day = parseCalendarDate("2026-06-15")!;
 * formatCalendarDate(day + 1); // "2026-06-16"
 * ```
 */
export type CalendarDate = number & { readonly __calendarDate: true };

const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): CalendarDate {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) as CalendarDate;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A real date with a four-digit year 0001–9999, or `undefined`. */
function civil(year: number, month: number, day: number): CalendarDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return inYears(daysFromCivil(year, month, day));
}

/** The days of the years 0001–9999, the only ones a request may name. */
const FIRST_DAY = daysFromCivil(1, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

function inYears(date: CalendarDate): CalendarDate | undefined {
  return date >= FIRST_DAY && date <= LAST_DAY ? date : undefined;
}

/**
 * An RFC 3339 instant as billing systems and databases print it: `T`, `t` or a space
 * between date and time, any number of fractional digits, `Z`/`z` or a `±HH:MM`
 * offset. Also accepted: `±HHMM`, and `±HH` as PostgreSQL prints whole-hour offsets
 * (`2026-06-15 12:00:00+02`), and a time without seconds.
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

/**
 * Reads a real calendar date `YYYY-MM-DD` (years 0001–9999), or gives `undefined`
 * (for `2026-02-30`, `2026-13-01`, `0000-01-01`, anything else).
 *
 * @category Money and calendar
 * @example
 * ```ts
 * import { parseCalendarDate } from "refund-policy/rules";
 * parseCalendarDate("2028-02-29") !== undefined; // true
 * parseCalendarDate("2026-02-29"); // undefined
 * ```
 */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  // Read by character codes: every request carries several dates, and a regular expression's match
  // array cost more than the rest of the reading.
  if (text.length !== 10 || text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN) return undefined;
  return civil(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}

const HYPHEN = 45;

/** The number written by `count` ASCII digits from `from`, or -1 if any is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Reads a date field: a calendar date, or an RFC 3339 instant with an offset
 * (`2022-10-15T01:00:00Z`, `2022-10-15 03:00:00.123456+02:00`, `t`/`z` in lower
 * case), which is read as the calendar date it falls on in `timeZone` (an IANA
 * name; UTC when undefined). Gives `undefined` for anything else (a leap second
 * `:60` included).
 *
 * @category Money and calendar
 * @example
 * ```ts
 * import { parseDateField, formatCalendarDate } from "refund-policy/rules";
 * formatCalendarDate(parseDateField("2022-10-15T01:00:00Z", "America/Los_Angeles")!); // "2022-10-14"
 * ```
 */
export function parseDateField(text: string, timeZone: string | undefined): CalendarDate | undefined {
  if (text.length === 10) return parseCalendarDate(text);
  const match = INSTANT.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, zulu, sign, oh, om] = match;
  const date = civil(Number(y), Number(mo), Number(d));
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = s === undefined ? 0 : Number(s);
  // A leap second (`:60`) is refused: no billing system or database here can hold one.
  if (date === undefined || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const offsetMinutePart = om === undefined ? 0 : Number(om);
  const offsetMinutes = zulu !== undefined ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + offsetMinutePart);
  if (Math.abs(offsetMinutes) > 18 * 60 || offsetMinutePart > 59) return undefined;
  const instant = date * MS_PER_DAY + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000;
  const offset = timeZone === undefined ? 0 : offsetSeconds(timeZone, instant);
  return inYears(Math.floor((instant + offset * 1000) / MS_PER_DAY) as CalendarDate);
}

/**
 * The zone's UTC offset at an instant, in whole seconds (old local mean times carry
 * seconds, such as Monrovia's -00:44:30), from @date-fns/tz, which reads the
 * runtime's IANA data through Intl. Its `tzOffset` 1.5 loses the sign of offsets
 * between -01:00 and 00:00 (date-fns PR #4279, open): a result under an hour east
 * is checked against the zone's short name (`GMT-0:44:30`).
 */
function offsetSeconds(timeZone: string, instant: number): number {
  const date = new Date(instant);
  let minutes = tzOffset(timeZone, date);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: `minutes < 60` only spares the other offsets a second Intl call; the sign check is right for them too
  if (minutes > 0 && minutes < 60 && tzName(timeZone, date, "short").includes("-")) minutes = -minutes;
  return Math.round(minutes * 60);
}

/**
 * Tells whether `timeZone` is an IANA time-zone name this runtime knows.
 *
 * @category Money and calendar
 * @example
 * ```ts
 * import { isTimeZone } from "refund-policy/rules";
 * isTimeZone("Europe/Berlin"); // true
 * isTimeZone("Mars/Olympus"); // false
 * ```
 */
export function isTimeZone(timeZone: string): boolean {
  let known = KNOWN_ZONES.get(timeZone);
  // Stryker disable next-line ConditionalExpression: asking Intl again gives the same answer; the memo saves only time
  if (known === undefined) {
    known = ZONE_NAME.test(timeZone) && acceptedByIntl(timeZone);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound keeps memory flat under hostile input; answers are the same either way
    if (KNOWN_ZONES.size < 1_000) KNOWN_ZONES.set(timeZone, known);
  }
  return known;
}

/** IANA names start with a letter (`UTC`, `Etc/GMT+5`, `America/Port-au-Prince`): no bare offsets. */
// Stryker disable next-line Regex: Node 20's Intl refuses bare offsets itself; the pattern keeps them out on runtimes whose Intl accepts offset zones (ECMA-402 2024)
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

/**
 * What `isTimeZone` already answered: asking Intl costs microseconds, and a batch
 * asks the same few names again and again. The answer depends only on the name and
 * the runtime's time-zone data, so remembering it changes no result; at most 1,000
 * names are kept, so hostile input cannot grow it.
 */
const KNOWN_ZONES = new Map<string, boolean>();

function acceptedByIntl(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Year, month (1-12) and day of a calendar date (H. Hinnant's civil_from_days). */
function civilFromDays(date: CalendarDate): [year: number, month: number, day: number] {
  const z = date + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1];
}

/**
 * The `YYYY-MM-DD` form of a calendar date.
 *
 * @category Money and calendar
 * @example
 * ```ts
 * import { parseCalendarDate, formatCalendarDate } from "refund-policy/rules";
 * formatCalendarDate(parseCalendarDate("2026-01-31")!); // "2026-01-31"
 * ```
 */
export function formatCalendarDate(date: CalendarDate): string {
  const [year, month, day] = civilFromDays(date);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * `date + months` calendar months, clamped to a short month's last day
 * (Jan 31 + 1 month = Feb 28 or 29). Always counted from `date`, never chained.
 *
 * @category Money and calendar
 * @example
 * ```ts
 * import { addMonths, parseCalendarDate, formatCalendarDate } from "refund-policy/rules";
 * formatCalendarDate(addMonths(parseCalendarDate("2028-01-31")!, 1)); // "2028-02-29"
 * ```
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  // Integer arithmetic on the civil date: the same answer as date-fns' addMonths on a UTC date
  // (a property test holds it to that), at a fraction of the cost on the hot path.
  const [year, month, day] = civilFromDays(date);
  const monthIndex = year * 12 + month - 1 + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return daysFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * How many month boundaries `start + k months` (k = 0, 1, …) fall before `limit`.
 * Used to count a period's months and the months used before a cut-off day.
 *
 * @category Money and calendar
 * @example
 * ```ts
 * import { monthBoundariesBefore, parseCalendarDate } from "refund-policy/rules";
 * const d = (s: string) => parseCalendarDate(s)!;
 * monthBoundariesBefore(d("2026-01-31"), d("2026-03-01")); // 2 (Jan 31, Feb 28)
 * ```
 */
export function monthBoundariesBefore(start: CalendarDate, limit: CalendarDate): number {
  if (limit <= start) return 0;
  const [startYear, startMonth] = civilFromDays(start);
  const [limitYear, limitMonth] = civilFromDays(limit);
  // Calendar months between the two; the boundary in the limit's month may fall before or after it.
  const months = (limitYear - startYear) * 12 + limitMonth - startMonth;
  return addMonths(start, months) < limit ? months + 1 : months;
}
