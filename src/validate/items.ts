import type { AccountStatus } from "../contract/request.js";
import type { CalendarDate } from "../calendar/calendar-date.js";
import type { NormalizedOptions, Period } from "../normalized.js";
import { type Fields, join, LIMITS, type Reader } from "./reader.js";

/** The statuses of an account and of a rented number. */
export const STATUSES: readonly AccountStatus[] = ["active", "suspended", "terminated"];

/** What the item readers share: the reader, the currency's digits, the zone, `asOf` and the options already read. */
export interface Scope {
  readonly reader: Reader;
  readonly digits: number | undefined;
  readonly timeZone: string | undefined;
  readonly asOf: CalendarDate | undefined;
  readonly options: NormalizedOptions;
}

/**
 * The fields every item kind has beside its own: its caption, `label` (what the customer sees) and
 * `ref` (the caller's own string), read by {@link readCaption} for every kind.
 *
 * @example
 * ```ts
 * const FIELDS = ["id", "type", ...CAPTION_FIELDS, "product", "paid", "refunded"] as const;
 * ```
 */
export const CAPTION_FIELDS = ["label", "ref"] as const;

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

/**
 * An item's caption: `label` (what the customer sees) and `ref` (the caller's own string),
 * each at most {@link LIMITS}.maxCaptionLength characters; absent ones are left out.
 *
 * @example
 * ```ts
 * readCaption({ id: "sub-1", label: "Professional plan, 2026" }, "items[0]", reader); // { label: "Professional plan, 2026" }
 * ```
 */
export function readCaption(fields: Fields, path: string, reader: Reader): { label?: string; ref?: string } | undefined {
  const label = reader.string(fields, "label", path, false, LIMITS.maxCaptionLength);
  const ref = reader.string(fields, "ref", path, false, LIMITS.maxCaptionLength);
  if (label === "") reader.add(join(path, "label"), "missing", "must not be empty (leave the label out instead)");
  if (label === undefined && ref === undefined) return undefined;
  const caption: { label?: string; ref?: string } = {};
  if (label) caption.label = label;
  if (ref !== undefined) caption.ref = ref;
  return caption;
}
