import { ROUNDING_MODES } from "../contract/options.js";
import type { Checked } from "../errors.js";
import type { MarketplaceTerms, NormalizedOptions } from "../normalized.js";
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
 * The options' digest: FNV-1a 64 of their canonical JSON (every reading, the terms sorted by
 * app id; custom terms count as `"custom"`, since a function has no canonical form). `unknownFields`
 * is left out: it changes no figure, and the fields it read past are listed in the decision itself. Pure, so
 * it runs in browsers too; a fingerprint to tell options apart, not a security hash.
 */
function withDigest(options: Omit<NormalizedOptions, "digest">): NormalizedOptions {
  const terms = [...options.marketplace].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, t]) => [id, t.terms, "days" in t ? t.days : null]);
  const text = JSON.stringify([options.rounding, options.unit, options.completionDay, options.versionDate, terms]);
  // FNV-1a 64 in two 32-bit halves (BigInt cost ~15 µs a request): × 0x100000001b3 = × 435 + × 2^40, mod 2^64.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    const low = (lo >>> 0) * 435;
    hi = (Math.imul(hi, 435) + Math.imul(lo, 256) + Math.floor(low / 0x100000000)) >>> 0;
    lo = low >>> 0;
  }
  const hex = (half: number): string => half.toString(16).padStart(8, "0");
  return { ...options, digest: `fnv1a64:${hex(hi)}${hex(lo)}` };
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
