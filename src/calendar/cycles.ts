/**
 * Billing cycles as months, and the two questions the policy asks of a subscription's period:
 * does it fit its cycle (reading 20), and is it a whole number of months (reading 5).
 * @module
 */
import type { BillingCycle } from "../contract/request.js";
import type { Period } from "../normalized.js";
import { addMonths, type CalendarDate, monthBoundariesBefore } from "./calendar-date.js";

/**
 * Every billing cycle and its length in months.
 *
 * @example
 * ```ts
 * CYCLE_MONTHS.half_year; // 6
 * ```
 */
export const CYCLE_MONTHS: Readonly<Record<BillingCycle, number>> = { month: 1, quarter: 3, half_year: 6, year: 12, two_years: 24 };

/**
 * Every billing cycle, shortest first.
 *
 * @example
 * ```ts
 * CYCLES.includes("half_year"); // true
 * ```
 */
export const CYCLES = Object.keys(CYCLE_MONTHS) as readonly BillingCycle[];

/**
 * Days a period may run past start + its cycle's months: anniversaries anchored on the 29th–31st
 * land up to 3 days past a clamped boundary (February 28 → March 30 for a plan billed on the 30th).
 *
 * @example
 * ```ts
 * CYCLE_GRACE_DAYS; // 3
 * ```
 */
export const CYCLE_GRACE_DAYS = 3;

/**
 * Reading 20: the latest end a period's cycle allows (start + the cycle's months, plus
 * {@link CYCLE_GRACE_DAYS} days) when the period ends after it, or `undefined` when it fits.
 * A shorter period is a stub and fits.
 *
 * @example
 * ```ts
 * const d = (s: string) => parseCalendarDate(s)!;
 * formatCalendarDate(cycleMismatch("month", { start: d("2026-01-01"), end: d("2027-01-01") })!); // "2026-02-04"
 * cycleMismatch("month", { start: d("2026-02-28"), end: d("2026-03-30") }); // undefined
 * ```
 */
export function cycleMismatch(cycle: BillingCycle, period: Period): CalendarDate | undefined {
  const latest = (addMonths(period.start, CYCLE_MONTHS[cycle]) + CYCLE_GRACE_DAYS) as CalendarDate;
  return period.end <= latest ? undefined : latest;
}

/**
 * Reading 5: whether a period ends exactly on a month boundary `start + k months` (k ≥ 1).
 *
 * @example
 * ```ts
 * const d = (s: string) => parseCalendarDate(s)!;
 * isWholeMonths({ start: d("2026-01-31"), end: d("2026-02-28") }); // true (clamped)
 * isWholeMonths({ start: d("2026-03-15"), end: d("2027-01-01") }); // false: a stub
 * ```
 */
export function isWholeMonths(period: Period): boolean {
  return addMonths(period.start, monthBoundariesBefore(period.start, period.end)) === period.end;
}
