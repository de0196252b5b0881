import type { CalendarDate } from "../calendar/calendar-date.js";
import { isTimeZone } from "../calendar/calendar-date.js";
import type { RefundAction } from "../contract/request.js";
import type { Checked } from "../errors.js";
import { currencyDigits } from "../money/currencies.js";
import type { Account, Item, Migration, NormalizedOptions, NormalizedRequest, OverdueInvoice } from "../normalized.js";
import { ITEM_KINDS, ITEM_TYPES } from "../items/registry.js";
import { readCaption, STATUSES, type Scope } from "./items.js";
import { wholeRequestProblems } from "./limits.js";
import { type Fields, isFields, join, Reader } from "./reader.js";

const ACTIONS: readonly RefundAction[] = [
  "refund",
  "cancel",
  "migrate_to_on_premise",
  "transfer_credit",
  "apply_credit_to_invoice",
  "pay_with_credit",
];

/**
 * Reads an untrusted request against options already read, and builds the typed
 * request, or gives every problem found (one pass over the whole request).
 */
export function readRequest(input: unknown, options: NormalizedOptions): Checked<NormalizedRequest> {
  const whole = wholeRequestProblems(input);
  if (whole.length > 0) return { ok: false, problems: whole };
  const reader = new Reader(options.unknownFields);
  return reader.result(isFields(input) ? readFields(input, reader, options) : reader.add("", "wrong_type", "the request must be a JSON object"));
}

function readFields(input: Fields, reader: Reader, options: NormalizedOptions): NormalizedRequest | undefined {
  reader.onlyKnown(input, "", ["asOf", "action", "account", "migration", "items"]);
  const accountFields = reader.object(input, "account", "", true);
  const timeZone = readTimeZone(accountFields, reader);
  const asOf = reader.date(input, "asOf", "", true, timeZone);
  const action = reader.oneOf(input, "action", "", ACTIONS, true);
  const account = accountFields && readAccount(accountFields, reader, timeZone);
  const scope: Scope = { reader, digits: account?.digits, timeZone, asOf, options };
  const migration = readMigration(input, action, asOf, scope);
  const items = readItems(input, action, scope);
  requireZoneForInstants(accountFields, reader);

  // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: narrowing (equivalent: see the note at the top of reader.ts)
  if (reader.problems.length > 0 || asOf === undefined || action === undefined || account === undefined || items === undefined) {
    return undefined;
  }
  return { asOf, action, account, migration, items, ignoredFields: reader.ignored };
}

function readTimeZone(account: Fields | undefined, reader: Reader): string | undefined {
  if (account === undefined) return undefined;
  const timeZone = reader.string(account, "timeZone", "account", false, 64);
  if (timeZone === undefined || isTimeZone(timeZone)) return timeZone;
  reader.add("account.timeZone", "invalid_time_zone", `must be an IANA time-zone name such as "Europe/Berlin", not "${timeZone}"`, "IANA time-zone name", JSON.stringify(timeZone));
  return undefined;
}

/**
 * Reading 19: the day an instant falls on decides money, so a request that gives any date as an
 * instant must name its zone (UTC assumed moved a monthly line from 29.16 to 27.22).
 */
function requireZoneForInstants(account: Fields | undefined, reader: Reader): void {
  if (account === undefined || reader.firstInstant === undefined || reader.get(account, "timeZone") !== undefined) return;
  reader.add("account.timeZone", "missing", `is required: ${reader.firstInstant} is an instant, and the day it falls on depends on the zone (an IANA name such as "Europe/Berlin", or "UTC")`);
}

/** A currency code in any letter case (Stripe writes `"eur"`), upper-cased; other text as it is. */
function currencyCode(text: string): string {
  return /^[A-Za-z]{3}$/.test(text) ? text.toUpperCase() : text;
}

function readAccount(fields: Fields, reader: Reader, timeZone: string | undefined): Account | undefined {
  reader.onlyKnown(fields, "account", ["id", "currency", "timeZone", "status", "overdueInvoices"]);
  reader.string(fields, "id", "account", false);
  const given = reader.string(fields, "currency", "account", true, 16);
  const currency = given === undefined ? undefined : currencyCode(given);
  const digits = currency === undefined ? undefined : currencyDigits(currency);
  if (currency !== undefined && digits === undefined) {
    reader.add("account.currency", "unknown_currency", `must be an active ISO 4217 currency code such as "EUR", not "${given}"`, "ISO 4217 currency code", JSON.stringify(given));
  }
  const status = reader.oneOf(fields, "status", "account", STATUSES, false) ?? "active";
  const invoices = reader.array(fields, "overdueInvoices", "account", false) ?? [];
  const overdueInvoices: OverdueInvoice[] = [];
  const invoiceIds = new Set<string>();
  invoices.forEach((entry, index) => {
    const path = `account.overdueInvoices[${index}]`;
    if (!isFields(entry)) {
      reader.add(path, "wrong_type", "must be an object");
      return;
    }
    reader.onlyKnown(entry, path, ["id", "amount", "dueOn"]);
    const invoiceId = reader.string(entry, "id", path, true);
    // An invoice listed twice would be counted twice in the overdue sum.
    if (invoiceId !== undefined && invoiceIds.has(invoiceId)) reader.add(join(path, "id"), "duplicate_id", `"${invoiceId}" is the id of an earlier invoice; ids must be unique`);
    if (invoiceId !== undefined) invoiceIds.add(invoiceId);
    const amount = reader.amount(entry, "amount", path, true, digits);
    const dueOn = reader.date(entry, "dueOn", path, false, timeZone);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: narrowing (equivalent: see the note at the top of reader.ts)
    if (invoiceId !== undefined && amount !== undefined) overdueInvoices.push({ id: invoiceId, amount, dueOn });
  });
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: narrowing (equivalent: see the note at the top of reader.ts)
  if (currency === undefined || digits === undefined) return undefined;
  return { currency, digits, status, overdueInvoices };
}

function readMigration(
  input: Fields,
  action: RefundAction | undefined,
  asOf: CalendarDate | undefined,
  { reader, timeZone }: Scope,
): Migration | undefined {
  const migrating = action === "migrate_to_on_premise";
  const fields = reader.object(input, "migration", "", migrating);
  if (fields === undefined) return undefined;
  if (!migrating) {
    if (action !== undefined) reader.add("migration", "not_applicable", `applies only to the action "migrate_to_on_premise", not "${action}"`);
    return undefined;
  }
  reader.onlyKnown(fields, "migration", ["status", "completedOn", "expectedCompletionOn"]);
  const status = reader.oneOf(fields, "status", "migration", ["requested", "in_progress", "completed", "cancelled"], true);
  const completed = status === "completed";
  const completedOn = reader.date(fields, "completedOn", "migration", completed, timeZone);
  const expectedCompletionOn = reader.date(fields, "expectedCompletionOn", "migration", false, timeZone);
  if (completedOn !== undefined && status !== undefined && !completed) {
    reader.add("migration.completedOn", "not_applicable", `is given only for a completed migration, not a "${status}" one`);
  }
  if (completedOn !== undefined && asOf !== undefined && completedOn > asOf) {
    reader.add("migration.completedOn", "completed_after_as_of", "a completed migration cannot complete after asOf");
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: narrowing (equivalent: see the note at the top of reader.ts)
  if (status === undefined || asOf === undefined || (completed && completedOn === undefined)) return undefined;
  // Reading 7: a migration not done by asOf cannot complete before it, so a stale
  // expected date counts as asOf.
  const expectedDay = expectedCompletionOn !== undefined && expectedCompletionOn > asOf ? expectedCompletionOn : asOf;
  const referenceDay = completed ? (completedOn as CalendarDate) : expectedDay;
  return { status, referenceDay, final: status !== "requested" && status !== "in_progress" };
}

/** Any kind's reader, for an item whose type was just read. */
type ItemReader = (fields: Fields, path: string, scope: Scope, id: string) => Item | undefined;

const CREDIT_ACTIONS: readonly (RefundAction | undefined)[] = ["transfer_credit", "apply_credit_to_invoice", "pay_with_credit"];

function readItems(input: Fields, action: RefundAction | undefined, scope: Scope): Item[] | undefined {
  const { reader } = scope;
  const entries = reader.array(input, "items", "", true);
  if (entries === undefined) return undefined;
  if (entries.length === 0) {
    reader.add("items", "no_items", "must list at least one item");
    return undefined;
  }
  const items: Item[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const path = `items[${index}]`;
    if (!isFields(entry)) {
      reader.add(path, "wrong_type", "each item must be an object");
      return;
    }
    const id = reader.string(entry, "id", path, true);
    if (id !== undefined) {
      if (seen.has(id)) reader.add(join(path, "id"), "duplicate_id", `"${id}" is the id of an earlier item; ids must be unique`);
      seen.add(id);
    }
    const type = reader.oneOf(entry, "type", path, ITEM_TYPES, true);
    const item = type === undefined ? undefined : (ITEM_KINDS[type].read as ItemReader)(entry, path, scope, id ?? "");
    const caption = readCaption(entry, path, reader);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: narrowing (equivalent: see the note at the top of reader.ts)
    if (item !== undefined && id !== undefined) items.push(caption === undefined ? item : { ...item, ...caption });
  });
  // A credit action is about telephony credit: without any, there is nothing to refuse to move.
  if (CREDIT_ACTIONS.includes(action) && !entries.some((entry) => isFields(entry) && reader.get(entry, "type") === "telephony_credit")) {
    reader.add("items", "no_telephony_credit", `"${action}" uses telephony credit, but no item is of type "telephony_credit"`);
  }
  return items;
}
