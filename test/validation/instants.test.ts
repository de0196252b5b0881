// Instants (ISO 8601 with an offset) read as calendar days, exactly at the day's edges.
import { describe, expect, it } from "vitest";
import { formatCalendarDate, parseDateField } from "../../src/rules/index.js";

describe("instants", () => {
  const day = (text: string) => formatCalendarDate(parseDateField(text, undefined)!);

  it("count seconds, minutes and offsets exactly at the day's edge", () => {
    expect(day("2026-06-15T23:59:59Z")).toBe("2026-06-15");
    expect(day("2026-06-15T23:59:59-00:01")).toBe("2026-06-16");
    expect(day("2026-06-16T00:00:59+00:01")).toBe("2026-06-15");
    expect(day("2026-06-16T00:30+00:45")).toBe("2026-06-15");
    expect(day("2026-06-15T12:00:00+18:00")).toBe("2026-06-14");
    expect(day("2026-06-15T12:00:00-18:00")).toBe("2026-06-16");
    expect(parseDateField("2026-06-15T12:00:00+18:01", undefined)).toBeUndefined();
    expect(parseDateField("2026-06-15T12:00:60Z", undefined)).toBeUndefined();
    expect(parseDateField("2026-06-15T12:00:59Z", undefined)).toBeDefined();
    expect(parseDateField("2026-06-15T12:00:00+05:60", undefined)).toBeUndefined();
  });

  it("check the day of every month length", () => {
    for (const [month, last] of [["01", 31], ["02", 28], ["03", 31], ["04", 30], ["05", 31], ["06", 30], ["07", 31], ["08", 31], ["09", 30], ["10", 31], ["11", 30], ["12", 31]] as const) {
      expect(day(`2026-${month}-${last}T00:00:00Z`)).toBe(`2026-${month}-${last}`);
      expect(parseDateField(`2026-${month}-${last + 1}T00:00:00Z`, undefined)).toBeUndefined();
    }
    expect(parseDateField("2026-00-10T00:00:00Z", undefined)).toBeUndefined();
    expect(parseDateField("2026-06-00T00:00:00Z", undefined)).toBeUndefined();
  });
});
