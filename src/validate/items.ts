import type { AccountStatus } from "../contract/request.js";
import type { NormalizedOptions, Period } from "../normalized.js";
import { type Fields, join, type Reader } from "./reader.js";

/** The statuses of an account and of a rented number. */
export const STATUSES: readonly AccountStatus[] = ["active", "suspended", "terminated"];

/** What the item readers share: the reader, the currency's digits, the zone, and the options already read. */
export interface Scope {
  readonly reader: Reader;
  readonly digits: number | undefined;
  readonly timeZone: string | undefined;
  readonly options: NormalizedOptions;
}

/**
 * Reads an item's `period` (`[start, end)`, end after start); `why`, if given, says why a
 * missing one is required. Shared by the item kinds that have a paid period.
 *
 * @example
 * ```ts
 * const period = readPeriod(fields, "items[0]", true, scope.reader, scope.timeZone);
 * ```
 */
export function readPeriod(
  fields: Fields,
  path: string,
  required: boolean,
  reader: Reader,
  timeZone: string | undefined,
  why?: string,
): Period | undefined {
  const period = reader.object(fields, "period", path, required, why);
  if (period === undefined) return undefined;
  const at = join(path, "period");
  reader.onlyKnown(period, at, ["start", "end"]);
  const start = reader.date(period, "start", at, true, timeZone);
  const end = reader.date(period, "end", at, true, timeZone);
  if (start === undefined || end === undefined) return undefined;
  if (end <= start) {
    reader.add(join(at, "end"), "invalid_period", "must be after the period's start (periods are [start, end): end is the first day no longer paid for)");
    return undefined;
  }
  return { start, end };
}
