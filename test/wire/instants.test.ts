import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { formatCalendarDate, parseDateField } from "../../src/rules/index.js";
import { migrationRequest, subscription } from "../../src/testing/index.js";
import { codeAt } from "./helpers.js";
import { withoutDigests } from "../helpers.js";

const dayOf = (text: string, timeZone?: string) => {
  const date = parseDateField(text, timeZone);
  return date === undefined ? undefined : formatCalendarDate(date);
};

/** `ms` written as local time at `offsetMinutes` east of UTC, with `fraction` digits of seconds. */
function written(ms: number, offsetMinutes: number, separator: string, fraction: string): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19).replace("T", separator);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return `${local}${fraction === "" ? "" : `.${fraction}`}${offset}`;
}

describe("instants in the forms billing systems and databases print", () => {
  it.each([
    ["2022-10-15T01:00:00Z", "2022-10-15"],
    ["2022-10-15t01:00:00z", "2022-10-15"],
    ["2022-10-15 03:00:00+02:00", "2022-10-15"],
    ["2022-10-15 01:30:00+02:00", "2022-10-14"],
    ["2022-10-15 01:30:00+02", "2022-10-14"],
    ["2022-10-15 01:30:00.123456+02", "2022-10-14"],
    ["2022-10-14T23:59:59.999999999999-00:30", "2022-10-15"],
    ["2022-10-15T00:00:00.0Z", "2022-10-15"],
    ["2022-10-15T00:00:00.1234567890123Z", "2022-10-15"],
    ["2022-10-15T23:00:00-0100", "2022-10-16"],
  ])("reads %j as the UTC day %s", (text, day) => {
    expect(dayOf(text)).toBe(day);
  });

  it("reads an instant as the day it falls on in account.timeZone", () => {
    expect(dayOf("2022-10-15 03:00:00+02:00", "America/Los_Angeles")).toBe("2022-10-14");
    expect(dayOf("2022-10-15t01:00:00z", "Asia/Tokyo")).toBe("2022-10-15");
    expect(dayOf("2022-10-14 23:00:00.5-07", "Asia/Tokyo")).toBe("2022-10-15");
  });

  it.each([
    "2022-10-15_01:00:00Z",
    "2022-10-15T01:00:00",
    "2022-10-15 01:00:00 +02:00",
    "2022-10-15T01:00:00.Z",
    "2022-10-15T01:00:00,5Z",
    "2022-10-15T01:00:00+2",
    "2022-10-15T01:00:00+02:0",
    "2022-10-15T01:00:00+19",
    "2022-10-15T01:00:60Z",
    "2022-10-15T24:00:00Z",
    "2022-10-15TT01:00:00Z",
    " 2022-10-15T01:00:00Z",
  ])("still refuses %j", (text) => {
    expect(parseDateField(text, undefined)).toBeUndefined();
  });

  it.each(["2026-6-15", "20260615", "2026/06/15", "15.06.2026", "2026-06-15 "])("keeps plain dates to YYYY-MM-DD: refuses %j", (asOf) => {
    expect(codeAt(migrationRequest({ completedOn: "2026-06-15", asOf }, subscription()), "asOf")).toBe("invalid_date");
  });

  it("accepts an instant in every date field of a request", () => {
    const request = migrationRequest({ completedOn: "2026-06-15 12:00:00+02", asOf: "2026-06-20t08:00:00.000000z" }, subscription({ start: "2026-01-01 00:00:00Z", end: "2027-01-01T00:00:00.000+00:00" }));
    request.account.timeZone = "UTC";
    const decision = evaluateRefund(request);
    expect(withoutDigests(decision)).toEqual(withoutDigests(evaluateRefund(migrationRequest({ completedOn: "2026-06-15", asOf: "2026-06-20" }, subscription({ start: "2026-01-01", end: "2027-01-01" })))));
  });

  it("an instant and its equivalent in another offset, written in any form, give the same decision (property)", () => {
    const instant = fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2098, 0, 1) });
    const offset = fc.integer({ min: -18 * 60, max: 18 * 60 });
    const separator = fc.constantFrom("T", "t", " ");
    const fraction = fc.stringMatching(/^\d{0,12}$/);
    const zone = fc.constantFrom("UTC", "Europe/Berlin", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata");
    fc.assert(
      fc.property(instant, offset, offset, separator, fraction, zone, (ms, east, otherEast, sep, digits, timeZone) => {
        const first = written(ms, east, sep, digits);
        const second = written(ms, otherEast, "T", "");
        expect(dayOf(first, timeZone)).toBe(dayOf(second, timeZone));
        const requestAt = (asOf: string) => ({
          ...migrationRequest({ expectedOn: "2099-01-01", asOf }, subscription({ start: "2000-01-01", end: "2001-01-01" })),
          account: { currency: "EUR", timeZone },
          migration: { status: "requested" },
        });
        expect(withoutDigests(evaluateRefund(requestAt(first)))).toEqual(withoutDigests(evaluateRefund(requestAt(second))));
      }),
    );
  });
});
