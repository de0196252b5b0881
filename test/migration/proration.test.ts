// migration.partial-refund: the unused months or days of a subscription's period, and the completion day against it.
import { describe, expect, it } from "vitest";
import { subscription, tax } from "../../src/testing/index.js";
import { migrate } from "../helpers.js";

describe("months for cycles longer than a month (CLAUSES.md reading 5)", () => {
  it("counts a month as unused only if it begins after the completion day", () => {
    const line = migrate("2026-07-01", subscription({ net: "1200.00" }));
    expect(line.calculation).toEqual({ unit: "month", used: 7, unused: 5, total: 12, unusedFrom: "2026-08-01", to: "2027-01-01" });
    expect(line.refund.net).toBe("500.00");
  });

  it("counts the month that begins on the completion day as unused with completionDay: unused", () => {
    const line = migrate("2026-07-01", subscription({ net: "1200.00" }), { proration: { completionDay: "unused" } });
    expect(line.calculation).toMatchObject({ used: 6, unused: 6, unusedFrom: "2026-07-01" });
    expect(line.refund.net).toBe("600.00");
  });

  it("clamps boundaries of a period starting on the 31st to short months (Jan 31 → Feb 28 → Mar 31)", () => {
    const sub = subscription({ start: "2026-01-31", end: "2027-01-31", net: "1200.00" });
    expect(migrate("2026-02-27", sub).calculation).toMatchObject({ used: 1, unused: 11, total: 12, unusedFrom: "2026-02-28" });
    expect(migrate("2026-02-28", sub).calculation).toMatchObject({ used: 2, unused: 10, total: 12, unusedFrom: "2026-03-31" });
    expect(migrate("2026-02-28", sub).refund.net).toBe("1000.00");
  });

  it("counts a quarter starting on the 30th as three months ending before Feb 28", () => {
    const line = migrate("2026-12-30", subscription({ cycle: "quarter", start: "2026-11-30", end: "2027-02-28", net: "300.00" }));
    expect(line.calculation).toEqual({ unit: "month", used: 2, unused: 1, total: 3, unusedFrom: "2027-01-30", to: "2027-02-28" });
    expect(line.refund.net).toBe("100.00");
  });

  it("counts a quarter starting on the 29th through a non-leap February", () => {
    const line = migrate("2027-02-28", subscription({ cycle: "quarter", start: "2027-01-29", end: "2027-04-29", net: "90.00" }));
    expect(line.calculation).toMatchObject({ used: 2, unused: 1, total: 3, unusedFrom: "2027-03-29" });
    expect(line.refund.net).toBe("30.00");
  });

  it("keeps a yearly anniversary on Feb 29 on the 29th of each month and ends on Feb 28", () => {
    const line = migrate("2028-08-29", subscription({ start: "2028-02-29", end: "2029-02-28", net: "1200.00" }));
    expect(line.calculation).toEqual({ unit: "month", used: 7, unused: 5, total: 12, unusedFrom: "2028-09-29", to: "2029-02-28" });
    expect(line.refund.net).toBe("500.00");
  });

  it("counts a short last month as one month in a period that is not whole months, when months are forced", () => {
    const line = migrate("2026-01-20", subscription({ cycle: "quarter", start: "2026-01-01", end: "2026-02-15", net: "100.00" }), { proration: { unit: "month" } });
    expect(line.calculation).toMatchObject({ used: 1, unused: 1, total: 2, unusedFrom: "2026-02-01" });
    expect(line.refund.net).toBe("50.00");
  });

  it("counts 24 months for a two-year cycle", () => {
    const line = migrate("2026-03-10", subscription({ cycle: "two_years", start: "2026-01-01", end: "2028-01-01", net: "4800.00" }));
    expect(line.calculation).toMatchObject({ used: 3, unused: 21, total: 24 });
    expect(line.refund.net).toBe("4200.00");
  });
});

describe("days for monthly cycles", () => {
  const june = subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "49.00" });

  it("counts the completion day as used", () => {
    const line = migrate("2026-06-15", june);
    expect(line.calculation).toEqual({ unit: "day", used: 15, unused: 15, total: 30, unusedFrom: "2026-06-16", to: "2026-07-01" });
    expect(line.refund.net).toBe("24.50");
    expect(line.outcome).toBe("partial_refund");
  });

  it("refunds the completion day too with completionDay: unused (49 × 16 / 30 = 26.1333…)", () => {
    const line = migrate("2026-06-15", june, { proration: { completionDay: "unused" } });
    expect(line.calculation).toMatchObject({ used: 14, unused: 16, unusedFrom: "2026-06-15" });
    expect(line.refund.net).toBe("26.13");
  });

  it("leaves 29 of 30 days when the migration completes on the first day", () => {
    expect(migrate("2026-06-01", june).calculation).toMatchObject({ used: 1, unused: 29 });
    expect(migrate("2026-06-01", june).refund.net).toBe("47.37");
  });

  it("leaves nothing when it completes on the last paid day of a leap February", () => {
    const feb = subscription({ cycle: "month", start: "2028-02-01", end: "2028-03-01", net: "29.00" });
    const line = migrate("2028-02-29", feb);
    expect(line).toMatchObject({ outcome: "no_refund", reason: "no_unused_time", refund: { gross: "0.00" } });
    expect(line.calculation).toEqual({ unit: "day", used: 29, unused: 0, total: 29, unusedFrom: "2028-03-01", to: "2028-03-01" });
    expect(migrate("2028-02-29", feb, { proration: { completionDay: "unused" } }).refund.net).toBe("1.00");
  });

  it("counts 366 days in a leap year when asked for days on a yearly cycle", () => {
    const line = migrate("2028-02-29", subscription({ start: "2028-01-01", end: "2029-01-01", net: "366.00" }), { proration: { unit: "day" } });
    expect(line.calculation).toMatchObject({ used: 60, unused: 306, total: 366, unusedFrom: "2028-03-01" });
    expect(line.refund.net).toBe("306.00");
  });

  it("prorates a year by days with unit: day (2388 × 199 / 365, VAT in proportion)", () => {
    const line = migrate("2026-06-15", subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72")] }), { proration: { unit: "day" } });
    expect(line.calculation).toMatchObject({ used: 166, unused: 199, total: 365 });
    expect(line.refund).toEqual({ net: "1301.95", tax: "247.37", gross: "1549.32", taxes: [{ code: "DE-VAT", amount: "247.37" }] });
  });

  it("prorates a monthly cycle by whole months with unit: month", () => {
    expect(migrate("2026-06-15", june, { proration: { unit: "month" } }).calculation).toMatchObject({ unit: "month", used: 1, unused: 0, total: 1 });
  });
});

describe("the completion day against the period", () => {
  it("refunds the whole period when the migration completes before it begins", () => {
    const line = migrate("2026-06-15", subscription({ start: "2026-07-01", end: "2027-07-01", net: "1200.00", taxes: [tax("VAT", "228.00")] }));
    expect(line).toMatchObject({ outcome: "refund", refund: { net: "1200.00", tax: "228.00", gross: "1428.00" } });
    expect(line.calculation).toMatchObject({ used: 0, unused: 12, unusedFrom: "2026-07-01" });
  });

  it("refunds everything on the first day with completionDay: unused", () => {
    expect(migrate("2026-01-01", subscription(), { proration: { completionDay: "unused" } })).toMatchObject({ outcome: "refund", refund: { net: "1200.00" } });
  });

  it("refunds nothing for a period that ended before the migration", () => {
    const line = migrate("2026-06-15", subscription({ start: "2025-01-01", end: "2026-01-01" }));
    expect(line).toMatchObject({ outcome: "no_refund", reason: "no_unused_time" });
    expect(line.calculation).toMatchObject({ used: 12, unused: 0, unusedFrom: "2026-01-01" });
  });
});
