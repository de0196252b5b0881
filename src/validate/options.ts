import { formatCalendarDate } from "../calendar/calendar-date.js";
import { ROUNDING_MODES } from "../contract/options.js";
import type { Checked } from "../errors.js";
import type { MarketplaceTerms, NormalizedOptions } from "../normalized.js";
import { digestOf } from "../digest/decision.js";
import { isFields, Reader } from "./reader.js";

const NO_TERMS: ReadonlyMap<string, MarketplaceTerms> = new Map();

/** The options every reading defaults to (docs/policy.md). */
export const DEFAULT_OPTIONS: NormalizedOptions = /* @__PURE__ */ withDigest({
  rounding: "half_up",
  unit: "auto",
  completionDay: "used",
  marketplace: NO_TERMS,
  unknownFields: "refuse",
  versionDate: "asOf",
});

/**
 * The options' digest: `sha256:` and the SHA-256 of their canonical JSON (RFC 8785): every reading,
 * the terms by app id; custom terms count as `{ "terms": "custom" }`, since a function has no
 * canonical form. `unknownFields` is left out: it changes no figure, and the fields it read past are
 * listed in the decision itself (and covered by the request's digest). A real hash, not a
 * fingerprint: options that differ cannot be made to show the same digest.
 */
function withDigest(options: Omit<NormalizedOptions, "digest">): NormalizedOptions {
  const marketplace: Record<string, { terms: string; days?: number }> = {};
  for (const [id, t] of options.marketplace) marketplace[id] = "days" in t ? { terms: t.terms, days: t.days } : { terms: t.terms };
  const { versionDate } = options;
  const canonical = {
    rounding: options.rounding,
    proration: { unit: options.unit, completionDay: options.completionDay },
    versionDate: typeof versionDate === "number" ? { date: formatCalendarDate(versionDate) } : versionDate,
    marketplace,
  };
  return { ...options, digest: digestOf(canonical) };
}

const DEFAULTS_READ: Checked<NormalizedOptions> = { ok: true, value: DEFAULT_OPTIONS };

/**
 * Reads the options (problems' paths start with `options`) and fills in the
 * defaults. Options are read first: the request's readers check what depends on them.
 */
export function readOptions(input: unknown): Checked<NormalizedOptions> {
  // `null` options are absent options, as `null` is an absent field everywhere.
  if (input === undefined || input === null) return DEFAULTS_READ;
  // The options' own fields are always checked: `unknownFields` applies to the request.
  const reader = new Reader("refuse");
  return reader.result(isFields(input) ? fill(input, reader) : reader.add("options", "wrong_type", "the options must be a JSON object"));
}

function fill(input: Record<string, unknown>, reader: Reader): NormalizedOptions {
  reader.onlyKnown(input, "options", ["rounding", "proration", "marketplace", "unknownFields", "versionDate"]);
  const rounding = reader.oneOf(input, "rounding", "options", ROUNDING_MODES, false);
  const proration = reader.object(input, "proration", "options", false);
  let unit: NormalizedOptions["unit"] | undefined;
  let completionDay: NormalizedOptions["completionDay"] | undefined;
  if (proration !== undefined) {
    reader.onlyKnown(proration, "options.proration", ["unit", "completionDay"]);
    unit = reader.oneOf(proration, "unit", "options.proration", ["auto", "day", "month"], false);
    completionDay = reader.oneOf(proration, "completionDay", "options.proration", ["used", "unused"], false);
  }
  const versionDate = reader.get(input, "versionDate");
  return withDigest({
    rounding: rounding ?? DEFAULT_OPTIONS.rounding,
    unit: unit ?? DEFAULT_OPTIONS.unit,
    completionDay: completionDay ?? DEFAULT_OPTIONS.completionDay,
    marketplace: readMarketplace(input, reader),
    unknownFields: reader.oneOf(input, "unknownFields", "options", ["refuse", "ignore"], false) ?? DEFAULT_OPTIONS.unknownFields,
    versionDate: isFields(versionDate)
      ? (reader.onlyKnown(versionDate, "options.versionDate", ["date"]), reader.date(versionDate, "date", "options.versionDate", true, undefined) ?? ("asOf" as const))
      : (reader.oneOf(input, "versionDate", "options", ["asOf", "purchase"] as const, false) ?? "asOf"),
  });
}

function readMarketplace(input: Record<string, unknown>, reader: Reader): ReadonlyMap<string, MarketplaceTerms> {
  const registry = reader.object(input, "marketplace", "options", false);
  if (registry === undefined) return NO_TERMS;
  const terms = new Map<string, MarketplaceTerms>();
  for (const appId of Object.keys(registry)) {
    const path = `options.marketplace[${JSON.stringify(appId)}]`;
    const entry = registry[appId];
    // An app given `null` terms has no terms registered, like an app not listed.
    if (entry === null) continue;
    if (!isFields(entry)) {
      reader.add(path, "wrong_type", "an app's terms must be an object such as { \"terms\": \"non_refundable\" }");
      continue;
    }
    const kind = reader.oneOf(entry, "terms", path, ["non_refundable", "full_within_days", "prorated", "custom"], true);
    switch (kind) {
      case undefined:
        break;
      case "non_refundable":
      case "prorated":
        reader.onlyKnown(entry, path, ["terms"]);
        terms.set(appId, { terms: kind });
        break;
      case "full_within_days": {
        reader.onlyKnown(entry, path, ["terms", "days"]);
        const days = reader.get(entry, "days");
        if (typeof days === "number" && Number.isInteger(days) && days >= 0 && days <= 3660) {
          terms.set(appId, { terms: kind, days });
        } else {
          reader.add(`${path}.days`, days === undefined ? "missing" : "wrong_type", "must be a whole number of days from 0 to 3660");
        }
        break;
      }
      case "custom": {
        reader.onlyKnown(entry, path, ["terms", "evaluate"]);
        const evaluate = reader.get(entry, "evaluate");
        if (typeof evaluate === "function") {
          terms.set(appId, { terms: kind, evaluate: evaluate as Extract<MarketplaceTerms, { terms: "custom" }>["evaluate"] });
        } else {
          reader.add(`${path}.evaluate`, "wrong_type", "custom terms need an evaluate function (TypeScript API only)");
        }
        break;
      }
    }
  }
  return terms;
}
