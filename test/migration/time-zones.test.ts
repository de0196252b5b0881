// migration.partial-refund: a completion instant is read as a day in the account's time zone.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { migrationRequest, subscription } from "../../src/testing/index.js";

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
    ["2026-03-29T22:00:00Z", "UTC", 29],
  ])("reads %s as a date in %s", (instant, zone: string, used) => {
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
