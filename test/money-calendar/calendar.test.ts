// Calendar dates, months and instants: the calendar module against date-fns and Intl as oracles.
import { UTCDate } from "@date-fns/utc";
import { addMonths as dateFnsAddMonths, differenceInCalendarMonths } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  formatCalendarDate,
  isTimeZone,
  monthBoundariesBefore,
  parseCalendarDate,
  parseDateField,
} from "../../src/rules/index.js";

const d = (text: string) => parseCalendarDate(text)!;

describe("calendar dates", () => {
  it("read and write YYYY-MM-DD for every day of years 0001-9999 (round trip)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const text = date.toISOString().slice(0, 10);
        const day = parseCalendarDate(text)!;
        expect(day).toBe(Math.floor(date.getTime() / 86_400_000));
        expect(formatCalendarDate(day)).toBe(text);
      }),

    );
  });

  it("refuses dates that do not exist", () => {
    for (const text of ["2026-02-29", "2100-02-29", "2026-04-31", "0000-01-01", "2026-1-01", "99999-01-01"]) expect(parseCalendarDate(text)).toBeUndefined();
    expect(parseCalendarDate("2000-02-29")).toBeDefined();
  });

  it("reads only the form YYYY-MM-DD, in ASCII digits", () => {
    const malformed = [
      "2026/06/15", "2026x06-15", "2026-06x15", "2026-0615-", "2026-06-1", "2026-06-150", "2026-06-15 ", " 2026-06-15",
      "2026-0a-15", "20a6-06-15", "2026-06-1/", "2026-06-1:", "/026-06-15", "2026-/6-15", "2026-06-/5", "2026-06-1\u0660",
      "\uFF12026-06-15", "+02026-06-15", "", "2026-06-15T",
    ].map((text) => JSON.parse(`"${text}"`) as string);
    for (const text of malformed) expect(parseCalendarDate(text), text).toBeUndefined();
    // Every digit position is read: a date differs from its neighbours in each place.
    expect(["1999-12-31", "2000-01-01", "2009-09-09", "2010-10-10", "0001-01-01", "9999-12-31"].map((t) => formatCalendarDate(d(t)))).toEqual([
      "1999-12-31", "2000-01-01", "2009-09-09", "2010-10-10", "0001-01-01", "9999-12-31",
    ]);
  });

  it("adds months from the start, clamping at short months", () => {
    expect(formatCalendarDate(addMonths(d("2026-01-31"), 1))).toBe("2026-02-28");
    expect(formatCalendarDate(addMonths(d("2028-01-31"), 1))).toBe("2028-02-29");
    expect(formatCalendarDate(addMonths(d("2026-01-31"), 2))).toBe("2026-03-31");
    expect(formatCalendarDate(addMonths(d("2028-02-29"), 12))).toBe("2029-02-28");
    expect(formatCalendarDate(addMonths(d("2028-02-29"), 48))).toBe("2032-02-29");
  });

  it("adds months exactly as date-fns does on UTC dates (date-fns is the oracle)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 2_900_000 }), fc.integer({ min: -1_200, max: 1_200 }), (day, months) => {
        const expected = dateFnsAddMonths(new UTCDate(day * 86_400_000), months).getTime() / 86_400_000;
        expect(addMonths(day as never, months)).toBe(expected);
      }),
    );
  });

  it("counts calendar months as date-fns does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_900_000 }), fc.integer({ min: 1, max: 40_000 }), (start, span) => {
        const months = differenceInCalendarMonths(new UTCDate((start + span) * 86_400_000), new UTCDate(start * 86_400_000));
        const count = monthBoundariesBefore(start as never, (start + span) as never);
        expect(count === months || count === months + 1).toBe(true);
      }),
    );
  });

  it("counts month boundaries before a day", () => {
    expect(monthBoundariesBefore(d("2026-01-31"), d("2026-03-01"))).toBe(2);
    expect(monthBoundariesBefore(d("2026-01-31"), d("2026-01-31"))).toBe(0);
    expect(monthBoundariesBefore(d("2026-01-31"), d("2026-02-01"))).toBe(1);
    expect(monthBoundariesBefore(d("2026-01-15"), d("2027-01-15"))).toBe(12);
    expect(monthBoundariesBefore(d("2026-01-15"), d("2027-01-16"))).toBe(13);
    expect(monthBoundariesBefore(d("2026-05-01"), d("2026-01-01"))).toBe(0);
  });

  it("agrees with counting boundaries one by one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_957, max: 40_000 }), fc.integer({ min: -40, max: 1_200 }), (start, span) => {
        let count = 0;
        while (addMonths(start as never, count) < start + span) count++;
        expect(monthBoundariesBefore(start as never, (start + span) as never)).toBe(count);
      }),

    );
  });

  it("reads instants with offsets, in UTC when no zone is given", () => {
    expect(formatCalendarDate(parseDateField("2022-10-15T01:00:00Z", undefined)!)).toBe("2022-10-15");
    expect(formatCalendarDate(parseDateField("2022-10-15T01:00:00Z", "America/Los_Angeles")!)).toBe("2022-10-14");
    expect(formatCalendarDate(parseDateField("2022-10-15T01:00:00.123+05:30", undefined)!)).toBe("2022-10-14");
    expect(formatCalendarDate(parseDateField("2026-12-31T23:30:00-0100", undefined)!)).toBe("2027-01-01");
    expect(formatCalendarDate(parseDateField("2026-01-01T00:00:00+14:00", "Pacific/Kiritimati")!)).toBe("2026-01-01");
    for (const bad of ["2022-10-15T24:00:00Z", "2022-10-15T01:60:00Z", "2022-10-15T01:00:00+19:00", "2022-10-15T01:00:00+01:75", "2022-02-30T01:00:00Z", "2022-10-15_01:00Z"]) {
      expect(parseDateField(bad, undefined)).toBeUndefined();
    }
  });

  it("reads an instant as the day it falls on in the zone, as the runtime's Intl says", () => {
    // Monrovia (-00:44:30 until 1972), Dublin (-00:25:21 until 1916) and Amsterdam (+00:17:30 in 1850) test the
    // offsets under an hour whose sign @date-fns/tz 1.5 loses on its own.
    const zones = ["Europe/Berlin", "America/Los_Angeles", "Pacific/Apia", "Pacific/Kiritimati", "Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns", "Africa/Monrovia", "Europe/Dublin", "Europe/Amsterdam", "UTC"];
    const dayIn = (ms: number, timeZone: string) => {
      const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(ms);
      const part = (type: string) => parts.find((p) => p.type === type)!.value;
      return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
    };
    const instants = fc.oneof(
      fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }),
      // Near local midnights of the sub-hour zones' history.
      fc.integer({ min: Date.UTC(1850, 0, 1) / 86_400_000, max: Date.UTC(1972, 0, 1) / 86_400_000 }).chain((day) =>
        fc.integer({ min: day * 86_400_000 - 7_200_000, max: day * 86_400_000 + 7_200_000 }),
      ),
    );
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (ms, zone) => {
        const whole = Math.floor(ms / 1000) * 1000;
        const instant = new Date(whole).toISOString().replace(".000", "");
        expect(formatCalendarDate(parseDateField(instant, zone)!)).toBe(dayIn(whole, zone));
      }),
      { numRuns: 1_000 },
    );
    expect(formatCalendarDate(parseDateField("1970-01-15T00:30:00Z", "Africa/Monrovia")!)).toBe("1970-01-14");
    // Zones may move an instant out of the years 0001-9999, or keep it just inside.
    expect(formatCalendarDate(parseDateField("0001-01-01T12:00:00Z", "America/Los_Angeles")!)).toBe("0001-01-01");
    expect(formatCalendarDate(parseDateField("9999-12-31T12:00:00Z", "Asia/Tokyo")!)).toBe("9999-12-31");
    expect(formatCalendarDate(parseDateField("1850-01-01T23:50:00Z", "Europe/Amsterdam")!)).toBe("1850-01-02"); // +00:17:30 then
    expect(parseDateField("0001-01-01T00:30:00Z", "America/Los_Angeles")).toBeUndefined(); // the day before year 1
    expect(parseDateField("9999-12-31T23:30:00Z", "Asia/Tokyo")).toBeUndefined(); // the day after year 9999
  });

  it("knows IANA time zones, and only names: no bare offsets, no made-up places", () => {
    expect(isTimeZone("Pacific/Apia")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Etc/GMT+10")).toBe(true);
    expect(isTimeZone("Asia/Calcutta")).toBe(true); // an alias Intl still accepts
    for (const bad of ["Europe/Atlantis", "", "+05:30", "Mars+05", "-0800", "Europe/Berlin "]) expect(isTimeZone(bad), bad).toBe(false);
    // Remembered answers are the same answers.
    for (let i = 0; i < 3; i++) expect([isTimeZone("Europe/Berlin"), isTimeZone("Mars+05")]).toEqual([true, false]);
  });
});
