import { type CalendarDate, formatCalendarDate } from "../calendar/calendar-date.js";
import type { RefundDecision } from "../contract/decision.js";
import type { RefundOptions } from "../contract/options.js";
import type { Checked } from "../errors.js";
import type { NormalizedOptions, NormalizedRequest } from "../normalized.js";
import type { PolicyHistory } from "../policy/history.js";
import { readOptions } from "../validate/options.js";
import { isFields } from "../validate/reader.js";
import { readRequest } from "../validate/request.js";
import { decide } from "./decide.js";
import { sealDecision, type Signing } from "../digest/decision.js";

/**
 * Decides a request already read against the caller's options: picks the version in force on
 * the reference date, reads the request again when that version brings default options, and
 * decides. `merged` caches each version's options for a batch that shares the caller's.
 *
 * @example
 * ```ts
 * const read = readRequest(raw, DEFAULT_OPTIONS);
 * if (read.ok) decideInHistory(bitrix24History, raw, read.value, undefined, DEFAULT_OPTIONS);
 * ```
 */
export function decideInHistory(
  history: PolicyHistory,
  rawRequest: unknown,
  request: NormalizedRequest,
  rawOptions: unknown,
  options: NormalizedOptions,
  merged: Checked<NormalizedOptions>[] = [],
  signing?: Signing,
): Checked<RefundDecision> {
  const [field, day] = referenceDate(request, options.versionDate);
  const date = formatCalendarDate(day);
  const { versions } = history;
  let index = versions.length - 1;
  while (index >= 0 && versions[index]!.effectiveFrom > date) index--;
  if (index < 0) {
    const message = `${date} is before the policy's first version, in force from ${versions[0]!.effectiveFrom}`;
    return { ok: false, problems: [{ path: field, code: "before_policy", message }] };
  }
  const version = versions[index]!;
  if (version.defaultOptions !== undefined) {
    const read = (merged[index] ??= readOptions(overlay(version.defaultOptions, rawOptions)));
    if (!read.ok) return read;
    const reread = readRequest(rawRequest, (options = read.value));
    if (!reread.ok) return reread;
    request = reread.value;
  }
  const decided = decide(version.policy, request, options, { effectiveFrom: version.effectiveFrom, chosenBy: { field, date } });
  return decided.ok ? sealDecision(decided.value, rawRequest, signing) : decided;
}

/** The caller's options over a version's defaults: reading by reading, app by app. */
function overlay(defaults: RefundOptions, caller: unknown): unknown {
  if (!isFields(caller)) return defaults;
  const proration = { ...defaults.proration, ...(caller.proration as object) };
  return { ...defaults, ...caller, proration, marketplace: { ...defaults.marketplace, ...(caller.marketplace as object) } };
}

function referenceDate(request: NormalizedRequest, by: NormalizedOptions["versionDate"]): [string, CalendarDate] {
  if (typeof by === "number") return ["options.versionDate.date", by];
  let found: [string, CalendarDate] = ["asOf", request.asOf];
  if (by === "purchase") {
    let first: [string, CalendarDate] | undefined;
    request.items.forEach((item, i) => {
      const entry: [string, CalendarDate] | undefined =
        item.type === "subscription" ? [`items[${i}].period.start`, item.period.start] : item.type === "marketplace_app" ? [`items[${i}].purchasedOn`, item.purchasedOn] : undefined;
      if (entry && (first === undefined || entry[1] < first[1])) first = entry;
    });
    found = first ?? found;
  }
  return found;
}
