import { formatCalendarDate } from "../calendar/calendar-date.js";
import type { DecisionPolicy, RefundDecision } from "../contract/decision.js";
import type { RefundOptions } from "../contract/options.js";
import type { Checked } from "../errors.js";
import type { NormalizedOptions, NormalizedRequest } from "../normalized.js";
import type { PolicyHistory, PolicyVersion } from "../policy/history.js";
import { readOptions } from "../validate/options.js";
import { isFields } from "../validate/reader.js";
import { readRequest } from "../validate/request.js";
import { readVersionDate } from "../validate/version-date.js";
import { decide } from "./decide.js";

/**
 * The caller's options, read, and the options each version of a history reads and decides
 * with: the caller's over that version's defaults, read the first time a request needs them.
 *
 * @example
 * ```ts
 * const read = readVersionedOptions(bitrix24History, { rounding: "down" });
 * if (read.ok) read.value.forVersion(0);
 * ```
 */
export interface VersionedOptions {
  readonly caller: NormalizedOptions;
  forVersion(index: number): Checked<NormalizedOptions>;
}

/**
 * Reads the caller's options once for a history (every problem, or the options by version).
 *
 * @example
 * ```ts
 * readVersionedOptions(bitrix24History, undefined).ok; // true
 * ```
 */
export function readVersionedOptions(history: PolicyHistory, options: unknown): Checked<VersionedOptions> {
  const caller = readOptions(options);
  if (!caller.ok) return caller;
  const merged: Checked<NormalizedOptions>[] = [];
  const forVersion = (index: number): Checked<NormalizedOptions> => {
    const defaults = history.versions[index]!.defaultOptions;
    return defaults === undefined ? caller : (merged[index] ??= readOptions(overlay(defaults, options)));
  };
  return { ok: true, value: { caller: caller.value, forVersion } };
}

/**
 * The version a request is decided by, the options it is read with, and how it was chosen.
 *
 * @example
 * ```ts
 * declare const chosen: ChosenVersion;
 * chosen.chosenBy; // { field: "asOf", date: "2026-06-20" }
 * ```
 */
export interface ChosenVersion {
  readonly version: PolicyVersion;
  readonly options: NormalizedOptions;
  readonly chosenBy: DecisionPolicy["chosenBy"];
}

/**
 * The front door, one way through: picks the version from a light read of the dates that
 * choose it, reads the request once with that version's options, and decides.
 *
 * @example
 * ```ts
 * const options = readVersionedOptions(bitrix24History, undefined);
 * if (options.ok) decideRequest(bitrix24History, request, options.value);
 * ```
 */
export function decideRequest(history: PolicyHistory, request: unknown, options: VersionedOptions): Checked<RefundDecision> {
  const chosen = chooseVersion(history, request, options);
  if (!chosen.ok) return chosen;
  const read = readRequest(request, chosen.value.options);
  return read.ok ? decideChosen(chosen.value, read.value) : read;
}

/**
 * Picks the version in force on the request's reference date and the options it reads with.
 * A request with no version to read it (its date unreadable, or before the first version) is
 * read with the caller's options: it is refused for its own problems first, else `before_policy`.
 *
 * @example
 * ```ts
 * const chosen = chooseVersion(bitrix24History, request, options);
 * if (chosen.ok) chosen.value.version.effectiveFrom; // "1970-01-01"
 * ```
 */
export function chooseVersion(history: PolicyHistory, request: unknown, options: VersionedOptions): Checked<ChosenVersion> {
  const reference = readVersionDate(request, options.caller.versionDate);
  const { versions } = history;
  const date = reference === undefined ? "" : formatCalendarDate(reference[1]);
  let index = versions.length - 1;
  while (index >= 0 && versions[index]!.effectiveFrom > date) index--;
  if (reference === undefined || index < 0) {
    const read = readRequest(request, options.caller);
    if (!read.ok) return read;
    // Stryker disable next-line ConditionalExpression: a request whose asOf cannot be read is never read whole; the fallback only satisfies the types
    const [field, day] = reference ?? ["asOf", read.value.asOf];
    const message = `${formatCalendarDate(day)} is before the policy's first version, in force from ${versions[0]!.effectiveFrom}`;
    return { ok: false, problems: [{ path: field, code: "before_policy", message }] };
  }
  const read = options.forVersion(index);
  if (!read.ok) return read;
  return { ok: true, value: { version: versions[index]!, options: read.value, chosenBy: { field: reference[0], date } } };
}

/**
 * Decides a request read with its chosen version's options.
 *
 * @example
 * ```ts
 * if (chosen.ok && read.ok) decideChosen(chosen.value, read.value);
 * ```
 */
export function decideChosen({ version, options, chosenBy }: ChosenVersion, request: NormalizedRequest): Checked<RefundDecision> {
  return decide(version.policy, request, options, { effectiveFrom: version.effectiveFrom, chosenBy });
}

/** The caller's options over a version's defaults: reading by reading, app by app. */
function overlay(defaults: RefundOptions, caller: unknown): unknown {
  if (!isFields(caller)) return defaults;
  const proration = { ...defaults.proration, ...(caller.proration as object) };
  return { ...defaults, ...caller, proration, marketplace: { ...defaults.marketplace, ...(caller.marketplace as object) } };
}
