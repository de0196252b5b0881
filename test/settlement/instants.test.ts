// How a settlement reads a capture: the instant itself for ordering, the day written in it for asOf.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCalendarDate } from "../../src/rules/index.js";
import { readInstant } from "../../src/settlement/read-ledger.js";

describe("an instant of a settlement", () => {
  it("is the seconds since 1970 of its UTC instant, whatever the offset or separator, and the day written in it", () => {
    const cases: [string, number, string, string][] = [
      ["1970-01-01", 0, "", "1970-01-01"],
      ["1970-01-02T00:00:01Z", 86_401, "", "1970-01-02"],
      ["2026-01-01T09:30:00Z", Date.UTC(2026, 0, 1, 9, 30) / 1000, "", "2026-01-01"],
      ["2026-01-01T23:30:00-02:00", Date.UTC(2026, 0, 2, 1, 30) / 1000, "", "2026-01-01"],
      ["2026-01-01t10:30:15+0130", Date.UTC(2026, 0, 1, 9, 0, 15) / 1000, "", "2026-01-01"],
      ["2026-01-01 10:30:15.250z", Date.UTC(2026, 0, 1, 10, 30, 15) / 1000, "25", "2026-01-01"],
      ["2026-01-01T10:30+05", Date.UTC(2026, 0, 1, 5, 30) / 1000, "", "2026-01-01"],
      ["2026-01-01T10:30:00.000000000001-00:45", Date.UTC(2026, 0, 1, 11, 15) / 1000, "000000000001", "2026-01-01"],
    ];
    for (const [text, seconds, fraction, day] of cases) {
      const read = readInstant(text);
      expect(read.instant, text).toEqual({ seconds, fraction });
      expect(formatCalendarDate(read.day), text).toBe(day);
    }
  });

  it("agrees with Date.parse on random instants with offsets", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (date, offset) => {
        const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? "-" : "+";
        const zone = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0")}:${String(Math.abs(offset) % 60).padStart(2, "0")}`;
        expect(readInstant(`${local}${zone}`).instant.seconds).toBe(Math.floor(date.getTime() / 1000));
        expect(formatCalendarDate(readInstant(`${local}${zone}`).day)).toBe(local.slice(0, 10));
      }),
    );
  });
});
