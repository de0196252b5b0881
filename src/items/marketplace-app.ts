import type { MarketplaceAppInput } from "../contract/request.js";
import type { AppTerms, Period } from "../normalized.js";
import { defineItemKind } from "./kind.js";
import { CAPTION_FIELDS, readPeriod } from "../validate/items.js";
import { formatCalendarDate } from "../calendar/calendar-date.js";
import { readPayment } from "../validate/payment.js";
import { type Fields, join, LIMITS } from "../validate/reader.js";

/** Every field of the item on the wire. */
const FIELDS = ["id", "type", ...CAPTION_FIELDS, "appId", "developer", "purchasedOn", "period", "paid", "refunded"] as const;

/**
 * A MarketPlace app bought through the platform (`MarketplaceAppInput` on the wire,
 * `MarketplaceApp` normalized; rules in src/rules/marketplace-app.ts). Its developer's
 * registered terms are read with it: prorated terms need the app's paid period.
 *
 * @example
 * ```ts
 * marketplaceAppKind.purchaseDate; // ["purchasedOn"]
 * ```
 */
export const marketplaceAppKind = defineItemKind({
  type: "marketplace_app",
  fields: FIELDS,
  purchaseDate: ["purchasedOn"],
  renews: false,
  labelled: ["developer", "name", "contact", "purchasedOn"],
  read(fields, path, scope, id) {
    const { reader, timeZone } = scope;
    reader.onlyKnown(fields, path, FIELDS);
    const appId = reader.string(fields, "appId", path, true);
    const developerFields = reader.object(fields, "developer", path, false);
    const developer: { name?: string; contact?: string } = {};
    if (developerFields !== undefined) {
      const at = join(path, "developer");
      reader.onlyKnown(developerFields, at, ["name", "contact"]);
      const name = reader.string(developerFields, "name", at, false, LIMITS.maxTextLength);
      const contact = reader.string(developerFields, "contact", at, false, LIMITS.maxTextLength);
      if (name !== undefined) developer.name = name;
      if (contact !== undefined) developer.contact = contact;
    }
    const purchasedOn = reader.date(fields, "purchasedOn", path, true, timeZone);
    // Reading 18: a purchase after asOf has not happened yet (its day count would be negative, "inside" any window).
    if (purchasedOn !== undefined && scope.asOf !== undefined && purchasedOn > scope.asOf) {
      const asOf = formatCalendarDate(scope.asOf);
      reader.add(join(path, "purchasedOn"), "purchased_after_as_of", `is after asOf (${asOf}): an app not yet purchased cannot be refunded`, `<=${asOf}`, formatCalendarDate(purchasedOn));
    }
    // The developer's terms decide whether a period is needed: prorated terms are counted over it.
    const registered = appId === undefined ? undefined : scope.options.marketplace.get(appId);
    const prorated = registered?.terms === "prorated";
    const period = readPeriod(fields, path, prorated, reader, timeZone, `the developer's terms for "${appId}" are prorated over the app's paid period`);
    const payment = readPayment(fields, path, scope);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: narrowing (equivalent: see the note at the top of reader.ts)
    if (appId === undefined || purchasedOn === undefined || payment === undefined || (prorated && period === undefined)) return undefined;
    const terms: AppTerms | undefined = prorated ? { terms: "prorated", period: period as Period } : (registered as AppTerms | undefined);
    // A developer's custom evaluator sees a frozen copy: it can never change the caller's request.
    const input = (registered?.terms === "custom" ? frozenCopy(fields) : fields) as unknown as MarketplaceAppInput;
    return { id, type: "marketplace_app", appId, developer, purchasedOn, payment, terms, input };
  },
});

/** A deep, frozen copy of JSON-like input (own enumerable fields only). */
function frozenCopy(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? value.map(frozenCopy) : {};
  if (!Array.isArray(value)) for (const key of Object.keys(value)) Object.defineProperty(copy, key, { value: frozenCopy((value as Fields)[key]), enumerable: true });
  return Object.freeze(copy);
}
