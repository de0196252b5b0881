import type { CalendarDate } from "../calendar/calendar-date.js";
import { isTimeZone } from "../calendar/calendar-date.js";
import { currencyDigits } from "../money/currencies.js";
import { Money } from "../money/money.js";
import type {
  Account,
  Item,
  Migration,
  NormalizedRequest,
  OverdueInvoice,
  Payment,
  Period,
  TaxPaid,
} from "../model.js";
import type { AccountStatus, ItemType, MarketplaceAppInput, RefundAction } from "../types.js";
import { type Fields, isFields, join, LIMITS, Reader } from "./reader.js";

const ACTIONS: readonly RefundAction[] = [
  "refund",
  "cancel",
  "migrate_to_on_premise",
  "transfer_credit",
  "apply_credit_to_invoice",
  "pay_with_credit",
];
const ITEM_TYPES: readonly ItemType[] = ["subscription", "license_key", "telephony_credit", "marketplace_app", "incurred_charge"];
const STATUSES: readonly AccountStatus[] = ["active", "suspended", "terminated"];

/** What the item readers share: the reader, the currency's digits, the zone. */
interface Scope {
  readonly reader: Reader;
  readonly digits: number | undefined;
  readonly timeZone: string | undefined;
}

/**
 * Validates an untrusted request and builds the typed request, or returns
 * `undefined` with every problem recorded in `reader`.
 */
export function readRequest(input: unknown, reader: Reader): NormalizedRequest | undefined {
  if (!isFields(input)) {
    reader.add("", "wrong_type", "the request must be a JSON object");
    return undefined;
  }
  reader.onlyKnown(input, "", ["asOf", "action", "account", "migration", "items"]);
  const accountFields = reader.object(input, "account", "", true);
  const timeZone = readTimeZone(accountFields, reader);
  const asOf = reader.date(input, "asOf", "", true, timeZone);
  const action = reader.oneOf(input, "action", "", ACTIONS, true);
  const account = accountFields && readAccount(accountFields, reader, timeZone);
  const scope: Scope = { reader, digits: account?.digits, timeZone };
  const migration = readMigration(input, action, asOf, scope);
  const items = readItems(input, scope);

  // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: type narrowing only; the reader already recorded why a value is missing, and any problem refuses the request
  if (reader.problems.length > 0 || asOf === undefined || action === undefined || account === undefined || items === undefined) {
    return undefined;
  }
  return { asOf, action, account, migration, items };
}

function readTimeZone(account: Fields | undefined, reader: Reader): string | undefined {
  if (account === undefined) return undefined;
  const timeZone = reader.string(account, "timeZone", "account", false, 64);
  if (timeZone === undefined || isTimeZone(timeZone)) return timeZone;
  reader.add("account.timeZone", "invalid_time_zone", `must be an IANA time-zone name such as "Europe/Berlin", not "${timeZone}"`);
  return undefined;
}

function readAccount(fields: Fields, reader: Reader, timeZone: string | undefined): Account | undefined {
  reader.onlyKnown(fields, "account", ["id", "currency", "timeZone", "status", "overdueInvoices"]);
  const id = reader.string(fields, "id", "account", false);
  const currency = reader.string(fields, "currency", "account", true, 16);
  const digits = currency === undefined ? undefined : currencyDigits(currency);
  if (currency !== undefined && digits === undefined) {
    reader.add("account.currency", "unknown_currency", `must be an active ISO 4217 currency code such as "EUR", not "${currency}"`);
  }
  const status = reader.oneOf(fields, "status", "account", STATUSES, false) ?? "active";
  const invoices = reader.array(fields, "overdueInvoices", "account", false) ?? [];
  const overdueInvoices: OverdueInvoice[] = [];
  invoices.forEach((entry, index) => {
    const path = `account.overdueInvoices[${index}]`;
    if (!isFields(entry)) {
      reader.add(path, "wrong_type", "must be an object");
      return;
    }
    reader.onlyKnown(entry, path, ["id", "amount", "dueOn"]);
    const invoiceId = reader.string(entry, "id", path, true);
    const amount = reader.amount(entry, "amount", path, true, digits);
    const dueOn = reader.date(entry, "dueOn", path, false, timeZone);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: type narrowing only; the reader already recorded why a value is missing, and any problem refuses the request
    if (invoiceId !== undefined && amount !== undefined) overdueInvoices.push({ id: invoiceId, amount, dueOn });
  });
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: type narrowing only; the reader already recorded why a value is missing, and any problem refuses the request
  if (currency === undefined || digits === undefined) return undefined;
  return { id, currency, digits, timeZone, status, overdueInvoices };
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
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: type narrowing only; the reader already recorded why a value is missing, and any problem refuses the request
  if (status === undefined || asOf === undefined || (completed && completedOn === undefined)) return undefined;
  const referenceDay = completed ? (completedOn as CalendarDate) : (expectedCompletionOn ?? asOf);
  return { status, completedOn, expectedCompletionOn, referenceDay, final: status !== "requested" && status !== "in_progress" };
}

function readItems(input: Fields, scope: Scope): Item[] | undefined {
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
    const item = type === undefined ? undefined : ITEM_READERS[type](entry, path, scope, id ?? "");
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: type narrowing only; the reader already recorded why a value is missing, and any problem refuses the request
    if (item !== undefined && id !== undefined) items.push(item);
  });
  return items;
}

/**
 * Each item type's reader; the mapped type makes a new item type a compile error here.
 * The item is built whole, id first (one object shape per type, no copy).
 */
type ItemReaders = {
  readonly [T in ItemType]: (fields: Fields, path: string, scope: Scope, id: string) => Extract<Item, { type: T }> | undefined;
};

const ITEM_READERS: ItemReaders = {
  subscription(fields, path, scope, id) {
    const { reader, timeZone } = scope;
    reader.onlyKnown(fields, path, ["id", "type", "plan", "commercial", "cycle", "period", "paid", "refunded", "autoRenew"]);
    const plan = reader.string(fields, "plan", path, false);
    const commercial = reader.boolean(fields, "commercial", path) ?? true;
    const cycle = reader.oneOf(fields, "cycle", path, ["month", "quarter", "year", "two_years"], true);
    const period = readPeriod(fields, path, true, reader, timeZone);
    const payment = readPayment(fields, path, scope);
    const autoRenew = reader.boolean(fields, "autoRenew", path) ?? true;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: type narrowing only; the reader already recorded why a value is missing, and any problem refuses the request
    if (cycle === undefined || period === undefined || payment === undefined) return undefined;
    return { id, type: "subscription", plan, commercial, cycle, period, payment, autoRenew };
  },
  license_key(fields, path, scope, id) {
    scope.reader.onlyKnown(fields, path, ["id", "type", "product", "paid", "refunded"]);
    const product = scope.reader.string(fields, "product", path, false);
    const payment = readPayment(fields, path, scope);
    return payment && { id, type: "license_key", product, payment };
  },
  telephony_credit(fields, path, { reader, digits }, id) {
    reader.onlyKnown(fields, path, ["id", "type", "balance", "purpose", "number"]);
    const balance = reader.amount(fields, "balance", path, true, digits);
    const purpose = reader.oneOf(fields, "purpose", path, ["calls", "number_rental"], true);
    const number = reader.object(fields, "number", path, false);
    let numberStatus: AccountStatus = "active";
    if (number !== undefined) {
      reader.onlyKnown(number, join(path, "number"), ["status"]);
      numberStatus = reader.oneOf(number, "status", join(path, "number"), STATUSES, true) ?? "active";
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: type narrowing only; the reader already recorded why a value is missing, and any problem refuses the request
    if (balance === undefined || purpose === undefined) return undefined;
    return { id, type: "telephony_credit", balance, purpose, numberStatus };
  },
  marketplace_app(fields, path, scope, id) {
    const { reader, timeZone } = scope;
    reader.onlyKnown(fields, path, ["id", "type", "appId", "developer", "purchasedOn", "period", "paid", "refunded"]);
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
    const period = readPeriod(fields, path, false, reader, timeZone);
    const payment = readPayment(fields, path, scope);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: type narrowing only; the reader already recorded why a value is missing, and any problem refuses the request
    if (appId === undefined || purchasedOn === undefined || payment === undefined) return undefined;
    const input = fields as unknown as MarketplaceAppInput;
    return { id, type: "marketplace_app", appId, developer, purchasedOn, period, payment, input };
  },
  incurred_charge(fields, path, { reader, digits, timeZone }, id) {
    reader.onlyKnown(fields, path, ["id", "type", "description", "amount", "incurredOn"]);
    const description = reader.string(fields, "description", path, false, LIMITS.maxTextLength);
    const amount = reader.amount(fields, "amount", path, true, digits);
    const incurredOn = reader.date(fields, "incurredOn", path, false, timeZone);
    return amount && { id, type: "incurred_charge", description, amount, incurredOn };
  },
};

function readPeriod(fields: Fields, path: string, required: boolean, reader: Reader, timeZone: string | undefined): Period | undefined {
  const period = reader.object(fields, "period", path, required);
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

/** `paid` and `refunded`, with the rule that nothing is refunded beyond what was paid. */
function readPayment(fields: Fields, path: string, { reader, digits }: Scope): Payment | undefined {
  const paidFields = reader.object(fields, "paid", path, true);
  const refundedFields = reader.object(fields, "refunded", path, false);
  if (paidFields === undefined) return undefined;
  const paidPath = join(path, "paid");
  reader.onlyKnown(paidFields, paidPath, ["net", "taxes"]);
  const net = reader.amount(paidFields, "net", paidPath, true, digits);
  const taxes: TaxPaid[] = [];
  const taxEntries = reader.array(paidFields, "taxes", paidPath, false) ?? [];
  taxEntries.forEach((entry, index) => {
    const at = `${paidPath}.taxes[${index}]`;
    if (!isFields(entry)) {
      reader.add(at, "wrong_type", "each tax must be an object");
      return;
    }
    reader.onlyKnown(entry, at, ["code", "rate", "amount", "refundable"]);
    const code = reader.string(entry, "code", at, true);
    reader.rate(entry, "rate", at);
    const amount = reader.amount(entry, "amount", at, true, digits);
    const refundable = reader.boolean(entry, "refundable", at) ?? true;
    if (code !== undefined && taxes.some((tax) => tax.code === code)) {
      reader.add(join(at, "code"), "duplicate_tax", `"${code}" is listed twice`);
    } else if (code !== undefined && amount !== undefined) {
      taxes.push({ code, amount, refundable });
    }
  });

  let refundedNet = Money.zero;
  const refundedTaxes = new Map<string, Money>();
  if (refundedFields !== undefined) {
    const at = join(path, "refunded");
    reader.onlyKnown(refundedFields, at, ["net", "taxes"]);
    refundedNet = reader.amount(refundedFields, "net", at, true, digits) ?? Money.zero;
    if (net !== undefined && refundedNet.greaterThan(net)) {
      reader.add(join(at, "net"), "refund_exceeds_paid", "more was refunded than was paid");
    }
    const entries = reader.array(refundedFields, "taxes", at, false) ?? [];
    entries.forEach((entry, index) => {
      const taxPath = `${at}.taxes[${index}]`;
      if (!isFields(entry)) {
        reader.add(taxPath, "wrong_type", "each tax must be an object");
        return;
      }
      reader.onlyKnown(entry, taxPath, ["code", "amount"]);
      const code = reader.string(entry, "code", taxPath, true);
      const amount = reader.amount(entry, "amount", taxPath, true, digits);
      // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: type narrowing only; the reader already recorded why a value is missing, and any problem refuses the request
      if (code === undefined || amount === undefined) return;
      const paidTax = taxes.find((tax) => tax.code === code);
      if (refundedTaxes.has(code)) {
        reader.add(join(taxPath, "code"), "duplicate_tax", `"${code}" is listed twice`);
      } else if (paidTax === undefined) {
        reader.add(join(taxPath, "code"), "unknown_tax", `"${code}" is not a tax paid on this item`);
      } else if (amount.greaterThan(paidTax.amount)) {
        reader.add(join(taxPath, "amount"), "refund_exceeds_paid", `more ${code} was refunded than was paid`);
      }
      refundedTaxes.set(code, amount);
    });
  }
  return net && { net, taxes, refundedNet, refundedTaxes };
}
