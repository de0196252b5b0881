import type { AccountStatus, BillingCycle, ItemType, MarketplaceAppInput } from "../contract/request.js";
import { type CalendarDate, formatCalendarDate } from "../calendar/calendar-date.js";
import type { AppTerms, Item, NormalizedOptions, Period } from "../normalized.js";
import { CYCLES, cycleMismatch } from "../calendar/cycles.js";
import { readPayment } from "./payment.js";
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

/** The fields every item has beside its own: its id and type, and its caption (`label`, `ref`). */
const COMMON = ["id", "type", "label", "ref"] as const;

/**
 * Each item type's reader; the mapped type makes a new item type a compile error here.
 * The item is built whole, id first (one object shape per type, no copy).
 */
type ItemReaders = {
  readonly [T in ItemType]: (fields: Fields, path: string, scope: Scope, id: string) => Extract<Item, { type: T }> | undefined;
};

export const ITEM_READERS: ItemReaders = {
  subscription(fields, path, scope, id) {
    const { reader, timeZone } = scope;
    reader.onlyKnown(fields, path, [...COMMON, "plan", "commercial", "cycle", "period", "paid", "refunded", "autoRenew"]);
    reader.string(fields, "plan", path, false);
    const commercial = reader.boolean(fields, "commercial", path) ?? true;
    const cycle = reader.oneOf<BillingCycle>(fields, "cycle", path, CYCLES, true);
    const period = readPeriod(fields, path, true, reader, timeZone);
    // Reading 20: a period longer than its cycle would be prorated as the wrong kind of plan.
    const mismatch = cycle && period && cycleMismatch(cycle, period);
    if (mismatch) reader.add(join(path, "period.end"), "cycle_mismatch", mismatch);
    const payment = readPayment(fields, path, scope);
    const autoRenew = reader.boolean(fields, "autoRenew", path) ?? true;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: narrowing (equivalent: see the note at the top of reader.ts)
    if (cycle === undefined || period === undefined || payment === undefined) return undefined;
    return { id, type: "subscription", commercial, cycle, period, payment, autoRenew };
  },
  license_key(fields, path, scope, id) {
    scope.reader.onlyKnown(fields, path, [...COMMON, "product", "paid", "refunded"]);
    scope.reader.string(fields, "product", path, false);
    const payment = readPayment(fields, path, scope);
    return payment && { id, type: "license_key", payment };
  },
  telephony_credit(fields, path, { reader, digits }, id) {
    reader.onlyKnown(fields, path, [...COMMON, "balance", "purpose", "number"]);
    const balance = reader.amount(fields, "balance", path, true, digits);
    const purpose = reader.oneOf(fields, "purpose", path, ["calls", "number_rental"], true);
    const number = reader.object(fields, "number", path, false);
    let numberStatus: AccountStatus = "active";
    if (number !== undefined) {
      reader.onlyKnown(number, join(path, "number"), ["status"]);
      numberStatus = reader.oneOf(number, "status", join(path, "number"), STATUSES, true) ?? "active";
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: narrowing (equivalent: see the note at the top of reader.ts)
    if (balance === undefined || purpose === undefined) return undefined;
    return { id, type: "telephony_credit", balance, purpose, numberStatus };
  },
  marketplace_app(fields, path, scope, id) {
    const { reader, timeZone } = scope;
    reader.onlyKnown(fields, path, [...COMMON, "appId", "developer", "purchasedOn", "period", "paid", "refunded"]);
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
      reader.add(join(path, "purchasedOn"), "purchased_after_as_of", `is after asOf (${formatCalendarDate(scope.asOf)}): an app not yet purchased cannot be refunded`);
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
  incurred_charge(fields, path, { reader, digits, timeZone }, id) {
    reader.onlyKnown(fields, path, [...COMMON, "description", "amount", "incurredOn"]);
    reader.string(fields, "description", path, false, LIMITS.maxTextLength);
    const amount = reader.amount(fields, "amount", path, true, digits);
    reader.date(fields, "incurredOn", path, false, timeZone);
    return amount && { id, type: "incurred_charge", amount };
  },
};

function readPeriod(
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

/** A deep, frozen copy of JSON-like input (own enumerable fields only). */
function frozenCopy(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? value.map(frozenCopy) : {};
  if (!Array.isArray(value)) for (const key of Object.keys(value)) Object.defineProperty(copy, key, { value: frozenCopy((value as Fields)[key]), enumerable: true });
  return Object.freeze(copy);
}
