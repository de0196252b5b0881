import fc from "fast-check";
import { type RefundOptions, type RefundRequest, type SubscriptionInput } from "../src/index.js";
import { formatCalendarDate, type CalendarDate } from "../src/rules/index.js";
import { ROUNDING_MODES } from "../src/contract/options.js";

const CURRENCIES = [
  ["EUR", 2],
  ["JPY", 0],
  ["KWD", 3],
  ["CLF", 4],
] as const;

/** A day between 2000-01-01 and 2099-12-31. */
export const day = fc.integer({ min: 10_957, max: 47_481 }).map((n) => n as CalendarDate);

/** A decimal string of `digits` decimals for `minor` minor units. */
export function amountOf(minor: bigint, digits: number): string {
  if (digits === 0) return minor.toString();
  const text = minor.toString().padStart(digits + 1, "0");
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

// Stubs and whole periods, never longer than the cycle allows (reading 20: start + its months + 3 days;
// the shortest quarter is 89 days, half-year 181, year 365, two years 730).
const cycleLength = { month: [1, 31], quarter: [80, 92], half_year: [150, 184], year: [330, 368], two_years: [700, 733] } as const;

/** A commercial subscription with taxes and earlier refunds, in a currency. */
export const subscriptionCase = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    cycle: fc.constantFrom("month", "quarter", "half_year", "year", "two_years"),
    start: day,
    lengthSeed: fc.integer({ min: 0, max: 1_000 }),
    paidMinor: fc.bigInt({ min: 1n, max: 10n ** 12n }),
    taxes: fc.array(fc.record({ ratePerMille: fc.integer({ min: 0, max: 300 }), refundable: fc.boolean() }), { maxLength: 3 }),
    refundedPerMille: fc.integer({ min: 0, max: 1_000 }),
  })
  .map(({ currency: [currency, digits], cycle, start, lengthSeed, paidMinor, taxes, refundedPerMille }) => {
    const [min, max] = cycleLength[cycle];
    const length = min + (lengthSeed % (max - min + 1));
    const taxMinors = taxes.map((t) => (paidMinor * BigInt(t.ratePerMille)) / 1000n);
    const sub: SubscriptionInput = {
      id: "sub-1",
      type: "subscription",
      cycle,
      period: { start: formatCalendarDate(start), end: formatCalendarDate((start + length) as CalendarDate) },
      paid: {
        net: amountOf(paidMinor, digits),
        taxes: taxes.map((t, i) => ({ code: `T${i}`, amount: amountOf(taxMinors[i]!, digits), refundable: t.refundable })),
      },
      refunded: {
        net: amountOf((paidMinor * BigInt(refundedPerMille)) / 1000n, digits),
        taxes: taxes.map((_, i) => ({ code: `T${i}`, amount: amountOf((taxMinors[i]! * BigInt(refundedPerMille)) / 1000n, digits) })),
      },
    };
    return { currency, digits, sub, start, end: (start + length) as CalendarDate };
  });

export const options: fc.Arbitrary<RefundOptions> = fc.record({
  rounding: fc.constantFrom(...ROUNDING_MODES),
  proration: fc.record({ unit: fc.constantFrom("auto", "day", "month"), completionDay: fc.constantFrom("used", "unused") }),
});

/** A completed migration of one subscription on `completedOn` (asOf the same day or later). */
export function completedMigration(currency: string, sub: SubscriptionInput, completedOn: CalendarDate): RefundRequest {
  const date = formatCalendarDate(completedOn);
  return {
    asOf: date,
    action: "migrate_to_on_premise",
    account: { id: "acct", currency },
    migration: { status: "completed", completedOn: date },
    items: [sub],
  };
}
