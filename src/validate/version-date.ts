import { type CalendarDate, isTimeZone, parseDateField } from "../calendar/calendar-date.js";
import { ITEM_KINDS } from "../items/registry.js";
import type { NormalizedOptions } from "../normalized.js";
import { type Fields, isFields } from "./reader.js";

/**
 * The field that picks a history's version, and its date: `asOf`, the earliest purchase date
 * of the items (`versionDate: "purchase"`, each kind's `purchaseDate`; `asOf` when no item has
 * one) or the day the options give.
 *
 * @example
 * ```ts
 * const [field, day] = readVersionDate(request, "purchase") ?? ["asOf", undefined];
 * ```
 */
export type VersionReference = readonly [field: string, date: CalendarDate];

/**
 * Reads only the dates that pick a history's version (the zone, `asOf`, and for `"purchase"` each
 * item's purchase date), before the request is read whole with that version's options. A field it
 * cannot read is left out: the whole read then refuses the request for it. `undefined`: `asOf`
 * itself cannot be read (the whole read says why). For a request the whole read accepts, the
 * dates are the ones it reads (the same parser, the same zone).
 *
 * @example
 * ```ts
 * readVersionDate({ asOf: "2026-06-20", account: { currency: "EUR" }, items: [] }, "asOf"); // ["asOf", 20624]
 * ```
 */
export function readVersionDate(input: unknown, by: NormalizedOptions["versionDate"]): VersionReference | undefined {
  if (typeof by === "number") return ["options.versionDate.date", by];
  if (!isFields(input)) return undefined;
  const account = own(input, "account");
  const zone = isFields(account) ? own(account, "timeZone") : undefined;
  const timeZone = typeof zone === "string" && zone.length <= 64 && isTimeZone(zone) ? zone : undefined;
  const asOf = dateAt(input, ["asOf"], timeZone);
  if (asOf === undefined) return undefined;
  const found: VersionReference = ["asOf", asOf];
  const items = by === "purchase" ? own(input, "items") : undefined;
  if (!Array.isArray(items)) return found;
  let first: VersionReference | undefined;
  for (let index = 0; index < items.length; index++) {
    const item: unknown = items[index];
    const type = isFields(item) ? own(item, "type") : undefined;
    const path = typeof type === "string" && Object.prototype.hasOwnProperty.call(ITEM_KINDS, type) ? ITEM_KINDS[type as keyof typeof ITEM_KINDS].purchaseDate : undefined;
    const date = path === undefined ? undefined : dateAt(item as Fields, path, timeZone);
    if (date !== undefined && (first === undefined || date < first[1])) first = [`items[${index}].${path!.join(".")}`, date];
  }
  return first ?? found;
}

/** An own field's value, `null` read as absent (as the request's reader reads it). */
function own(fields: Fields, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(fields, key) ? (fields[key] ?? undefined) : undefined;
}

/** The date at `path` inside `fields`, as the request's reader parses it (at most 64 characters). */
function dateAt(fields: Fields, path: readonly string[], timeZone: string | undefined): CalendarDate | undefined {
  let value: unknown = fields;
  for (const key of path) value = isFields(value) ? own(value, key) : undefined;
  return typeof value === "string" && value.length <= 64 ? parseDateField(value, timeZone) : undefined;
}
