import { describe, expect, it } from "vitest";
import { evaluateRefund, type RoundingMode } from "../src/index.js";
import { migrationRequest, refunded, subscription, tax } from "../src/testing/index.js";
import { migrate } from "./helpers.js";

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

  it("counts a short last month as one month in a period that is not whole months", () => {
    const line = migrate("2026-01-20", subscription({ cycle: "quarter", start: "2026-01-01", end: "2026-02-15", net: "100.00" }));
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

describe("currencies", () => {
  it("rounds JPY to whole yen (1000 × 10 / 31 = 322.58… → 323)", () => {
    const line = migrate("2026-07-21", subscription({ cycle: "month", start: "2026-07-01", end: "2026-08-01", net: "1000" }), undefined, "JPY");
    expect(line.calculation).toMatchObject({ unused: 10, total: 31 });
    expect(line.refund).toEqual({ net: "323", tax: "0", gross: "323", taxes: [] });
  });

  it("keeps three decimals for KWD, taxes included", () => {
    const sub = subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "100.000", taxes: [tax("KW-VAT", "5.000")] });
    const line = migrate("2026-06-20", sub, undefined, "KWD");
    expect(line.refund).toEqual({ net: "33.333", tax: "1.667", gross: "35.000", taxes: [{ code: "KW-VAT", amount: "1.667" }] });
  });

  it("rejects amounts with more decimals than the currency has", () => {
    expect(() => evaluateRefund(migrationRequest({ completedOn: "2026-06-15", currency: "JPY" }, subscription({ net: "1000.5" })))).toThrowError(
      expect.objectContaining({ problems: [expect.objectContaining({ path: "items[0].paid.net", code: "too_many_decimals" })] }),
    );
  });
});

describe("rounding at half a minor unit", () => {
  // Two days, one unused: exactly half of the amount paid.
  const twoDays = (net: string) => subscription({ cycle: "month", start: "2026-06-01", end: "2026-06-03", net });
  const cases: [RoundingMode, string, string][] = [
    ["half_up", "5.03", "5.08"],
    ["half_even", "5.02", "5.08"],
    ["down", "5.02", "5.07"],
    ["up", "5.03", "5.08"],
  ];

  it.each(cases)("%s rounds 5.025 to %s and 5.075 to %s", (rounding, first, second) => {
    expect(migrate("2026-06-01", twoDays("10.05"), { rounding }).refund.net).toBe(first);
    expect(migrate("2026-06-01", twoDays("10.15"), { rounding }).refund.net).toBe(second);
  });

  it("rounds a tax tie by the same mode (KWD 3.333 × 50.000 / 100.000 = 1.6665)", () => {
    const sub = subscription({ cycle: "month", start: "2026-06-01", end: "2026-06-03", net: "100.000", taxes: [tax("KW-VAT", "3.333")] });
    const taxFor = (rounding: RoundingMode) => migrate("2026-06-01", sub, { rounding }, "KWD").refund.tax;
    expect([taxFor("half_up"), taxFor("half_even"), taxFor("down"), taxFor("up")]).toEqual(["1.667", "1.666", "1.666", "1.667"]);
  });

  it("rounds away from zero only with up, below a tie", () => {
    // 10.01 / 2 = 5.005 is a tie; 10.03 × 1/3 = 3.34333…
    const threeDays = subscription({ cycle: "month", start: "2026-06-01", end: "2026-06-04", net: "10.03" });
    expect(migrate("2026-06-02", threeDays, { rounding: "up" }).refund.net).toBe("3.35");
    expect(migrate("2026-06-02", threeDays, { rounding: "half_up" }).refund.net).toBe("3.34");
  });
});

describe("taxes (CLAUSES.md reading 6)", () => {
  it("refunds each refundable tax in proportion and keeps a non-refundable one", () => {
    const sub = subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72", { rate: "0.19" }), tax("FEE", "10.00", { refundable: false })] });
    const line = migrate("2026-06-15", sub);
    expect(line.refund).toEqual({
      net: "1194.00",
      tax: "226.86",
      gross: "1420.86",
      taxes: [
        { code: "DE-VAT", amount: "226.86" },
        { code: "FEE", amount: "0.00" },
      ],
    });
  });
});

describe("earlier refunds (CLAUSES.md reading 2)", () => {
  const sub = (earlier: ReturnType<typeof refunded>) =>
    subscription({ net: "1200.00", taxes: [tax("VAT", "228.00")], refunded: earlier });

  it("subtracts what was already refunded, net and per tax", () => {
    const line = migrate("2026-06-15", sub(refunded("100.00", { VAT: "19.00" })));
    expect(line.refund).toEqual({ net: "500.00", tax: "95.00", gross: "595.00", taxes: [{ code: "VAT", amount: "95.00" }] });
    expect(line.outcome).toBe("partial_refund");
  });

  it("pays nothing when earlier refunds exceed what is now earned", () => {
    const line = migrate("2026-06-15", sub(refunded("800.00", { VAT: "152.00" })));
    expect(line).toMatchObject({ outcome: "no_refund", reason: "already_refunded", refund: { net: "0.00", tax: "0.00", gross: "0.00" } });
  });

  it("never pays the same refund twice: evaluating again after paying earns nothing more", () => {
    const first = migrate("2026-06-15", sub(refunded("0.00")));
    const taxes = Object.fromEntries(first.refund.taxes.map((entry) => [entry.code, entry.amount]));
    const second = migrate("2026-06-15", sub(refunded(first.refund.net, taxes)));
    expect(second.refund.gross).toBe("0.00");
  });
});

describe("estimate, then final (CLAUSES.md reading 7)", () => {
  const sub = subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72")] });

  it("estimates from the expected completion date while the migration is in progress", () => {
    const estimate = evaluateRefund(migrationRequest({ expectedOn: "2026-06-15" }, sub));
    const final = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, sub));
    expect(estimate.status).toBe("estimate");
    expect(final.status).toBe("final");
    expect(estimate.lines).toEqual(final.lines);
    expect(estimate.total).toEqual(final.total);
    expect(estimate.notices).toContainEqual({ code: "migration.refund-after-completion", clause: "migration.partial-refund" });
  });

  it("estimates from asOf when no completion date is expected, for a requested migration too", () => {
    const requested = evaluateRefund({ ...migrationRequest({}, sub), asOf: "2026-06-15", migration: { status: "requested" } });
    expect(requested.status).toBe("estimate");
    expect(requested.total.net).toBe("1194.00");
  });

  it("earns nothing for a cancelled migration, and says so", () => {
    const decision = evaluateRefund(migrationRequest({ cancelled: true }, sub));
    expect(decision).toMatchObject({ status: "final", outcome: "no_refund" });
    expect(decision.lines[0]).toMatchObject({ outcome: "no_refund", clause: "migration.partial-refund", reason: "migration_cancelled" });
    expect(decision.notices).toContainEqual({ code: "migration.cancelled", clause: "migration.partial-refund" });
  });
});

describe("commercial only (CLAUSES.md reading 8)", () => {
  it("earns nothing for a subscription that is not commercial", () => {
    expect(migrate("2026-06-15", subscription({ commercial: false }))).toMatchObject({ outcome: "no_refund", reason: "not_commercial" });
  });

  it("earns nothing for a subscription nothing was paid for", () => {
    expect(migrate("2026-06-15", subscription({ net: "0.00" }))).toMatchObject({ outcome: "no_refund", reason: "not_commercial" });
  });
});

describe("instants in the account's time zone", () => {
  const june = subscription({ cycle: "month", start: "2026-03-01", end: "2026-04-01", net: "31.00" });
  const usedDays = (completedOn: string, timeZone?: string) => {
    const req = migrationRequest({ completedOn, asOf: "2026-12-31" }, june);
    if (timeZone) req.account.timeZone = timeZone;
    return evaluateRefund(req).lines[0]!.calculation!.used;
  };

  it.each([
    // America/Los_Angeles springs forward on 2026-03-08 at 10:00Z.
    ["2026-03-08T07:30:00Z", "America/Los_Angeles", 7],
    ["2026-03-08T08:30:00Z", "America/Los_Angeles", 8],
    ["2026-03-09T06:59:00Z", "America/Los_Angeles", 8],
    ["2026-03-09T07:00:00Z", "America/Los_Angeles", 9],
    // Europe/Berlin springs forward on 2026-03-29 at 01:00Z.
    ["2026-03-28T22:59:00Z", "Europe/Berlin", 28],
    ["2026-03-28T23:00:00Z", "Europe/Berlin", 29],
    ["2026-03-29T21:59:00Z", "Europe/Berlin", 29],
    ["2026-03-29T22:00:00Z", "Europe/Berlin", 30],
    ["2026-03-29T23:30:00+01:00", "Europe/Berlin", 30],
    ["2026-03-29T22:00:00Z", undefined, 29],
  ])("reads %s as a date in %s", (instant, zone, used) => {
    expect(usedDays(instant, zone)).toBe(used);
  });

  it("reads the autumn change in Berlin without shifting a day", () => {
    const day = (instant: string) => usedDaysOct(instant);
    const october = subscription({ cycle: "month", start: "2026-10-01", end: "2026-11-01", net: "31.00" });
    function usedDaysOct(instant: string) {
      const req = migrationRequest({ completedOn: instant, asOf: "2026-12-31" }, october);
      req.account.timeZone = "Europe/Berlin";
      return evaluateRefund(req).lines[0]!.calculation!.used;
    }
    expect(day("2026-10-24T22:00:00Z")).toBe(25);
    expect(day("2026-10-25T22:59:00Z")).toBe(25);
    expect(day("2026-10-25T23:00:00Z")).toBe(26);
  });

  it("reads the same instant as different days for different customers", () => {
    expect(usedDays("2026-03-15T05:00:00Z", "Asia/Tokyo")).toBe(15);
    expect(usedDays("2026-03-15T05:00:00Z", "America/Los_Angeles")).toBe(14);
  });
});
