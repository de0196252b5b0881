/**
 * Reference model, reading a request: the bad input the reference knows about (CONTRACT.md and
 * CLAUSES.md readings 2, 11, 17, 18, 19, 20), and the normalized request otherwise. It checks what the tests
 * generate, not every hostile shape the library's validator handles.
 */
import { monthBoundary, plusDays, readDateField } from "./calendar.js";
import { atMost, CURRENCY_DIGITS, distance, parseMinor, parseRatio } from "./money.js";
import type { Action, Item, ModelOptions, Payment, Period, Refusal, Request, Status } from "./types.js";

type Json = Record<string, unknown>;

/** Reading 20: each cycle's months. */
const CYCLE_MONTHS: Record<string, number> = { month: 1, quarter: 3, half_year: 6, year: 12, two_years: 24 };

const CREDIT_ACTIONS: readonly Action[] = ["transfer_credit", "apply_credit_to_invoice", "pay_with_credit"];

/** Reads a request, or lists the problems the reference knows. */
export function readRequest(raw: unknown, options: ModelOptions): { request: Request } | { problems: Refusal[] } {
  const problems: Refusal[] = [];
  const bad = (path: string, code: string) => problems.push({ path, code });
  const input = raw as Json;
  const account = (input.account ?? {}) as Json;
  const timeZone = optional<string>(account.timeZone);
  // CONTRACT.md: a currency code in any letter case is that code; the decision writes it upper-case.
  const given = String(account.currency);
  const currency = /^[a-zA-Z]{3}$/.test(given) ? given.toUpperCase() : given;
  const digits = CURRENCY_DIGITS[currency];
  if (digits === undefined) return { problems: [{ path: "account.currency", code: "unknown_currency" }] };

  let instantGiven = false;
  const date = (value: unknown, path: string): string => {
    const read = typeof value === "string" ? readDateField(value, timeZone) : undefined;
    if (read === undefined) bad(path, "invalid_date");
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(value as string)) instantGiven = true;
    return read ?? "0001-01-01";
  };
  const money = (value: unknown, path: string): bigint => {
    const read = typeof value === "string" ? parseMinor(value, digits) : undefined;
    if (read === undefined) bad(path, "invalid_amount");
    return read ?? 0n;
  };
  const period = (value: unknown, path: string): Period | undefined => {
    if (optional(value) === undefined) return undefined;
    const p = value as Json;
    const start = date(p.start, `${path}.start`);
    const end = date(p.end, `${path}.end`);
    if (end <= start) bad(`${path}.end`, "invalid_period");
    return { start, end };
  };
  const payment = (item: Json, path: string): Payment => {
    const paid = item.paid as Json;
    const net = money(paid.net, `${path}.paid.net`);
    const taxes = ((optional<Json[]>(paid.taxes) ?? []) as Json[]).map((tax, t) => {
      const at = `${path}.paid.taxes[${t}]`;
      const amount = money(tax.amount, `${at}.amount`);
      const rateText = optional<string>(tax.rate);
      // The contract: a rate of any number of decimals, at most 64 characters.
      if (rateText !== undefined && rateText.length > 64) bad(`${at}.rate`, "too_long");
      else if (rateText !== undefined) {
        const rate = parseRatio(rateText);
        // Reading 17: a rate is a fraction below 1, and the tax is within one minor unit of net × rate.
        if (rate === undefined || rate.num >= rate.den) bad(`${at}.rate`, "invalid_rate");
        else if (!atMost(distance({ num: amount, den: 1n }, { num: net * rate.num, den: rate.den }), { num: 1n, den: 1n })) {
          bad(`${at}.amount`, "tax_rate_mismatch");
        }
      }
      const base = { code: String(tax.code), amount, refundable: optional<boolean>(tax.refundable) ?? true };
      // The decision writes a given rate without trailing zeros after its point ("0.190" is "0.19").
      return rateText === undefined ? base : { ...base, rate: rateText.includes(".") ? rateText.replace(/0+$/, "").replace(/\.$/, "") : rateText };
    });
    const codes = new Set<string>();
    taxes.forEach((tax, t) => {
      if (codes.has(tax.code)) bad(`${path}.paid.taxes[${t}].code`, "duplicate_tax");
      codes.add(tax.code);
    });
    const refunded = optional<Json>(item.refunded);
    let refundedNet = 0n;
    const refundedTaxes = new Map<string, bigint>();
    if (refunded !== undefined) {
      refundedNet = money(refunded.net, `${path}.refunded.net`);
      if (refundedNet > net) bad(`${path}.refunded.net`, "refund_exceeds_paid");
      // Reading 2 (turn 3): a refund of an item that paid a refundable tax says what tax it carried.
      if (optional(refunded.taxes) === undefined && taxes.some((tax) => tax.refundable)) bad(`${path}.refunded.taxes`, "missing");
      ((optional<Json[]>(refunded.taxes) ?? []) as Json[]).forEach((tax, t) => {
        const at = `${path}.refunded.taxes[${t}]`;
        const code = String(tax.code);
        const amount = money(tax.amount, `${at}.amount`);
        const paidTax = taxes.find((p) => p.code === code);
        if (paidTax === undefined) bad(`${at}.code`, "unknown_tax");
        else if (amount > paidTax.amount) bad(`${at}.amount`, "refund_exceeds_paid");
        if (refundedTaxes.has(code)) bad(`${at}.code`, "duplicate_tax");
        refundedTaxes.set(code, amount);
      });
    }
    return { net, taxes, refundedNet, refundedTaxes };
  };

  const asOf = date(input.asOf, "asOf");
  const action = input.action as Action;
  const invoices = ((optional<Json[]>(account.overdueInvoices) ?? []) as Json[]).map((inv, i) => {
    const dueOn = optional<string>(inv.dueOn);
    return {
      id: String(inv.id),
      amount: money(inv.amount, `account.overdueInvoices[${i}].amount`),
      dueOn: dueOn === undefined ? undefined : date(dueOn, `account.overdueInvoices[${i}].dueOn`),
    };
  });

  let migration: Request["migration"];
  const rawMigration = optional<Json>(input.migration);
  if (action === "migrate_to_on_premise") {
    if (rawMigration === undefined) bad("migration", "missing");
    else {
      const status = rawMigration.status as NonNullable<Request["migration"]>["status"];
      const completedText = optional<string>(rawMigration.completedOn);
      const expectedText = optional<string>(rawMigration.expectedCompletionOn);
      const m: { status: typeof status; completedOn?: string; expectedCompletionOn?: string } = { status };
      if (status === "completed" && completedText === undefined) bad("migration.completedOn", "missing");
      if (status !== "completed" && completedText !== undefined) bad("migration.completedOn", "not_applicable");
      if (completedText !== undefined) {
        m.completedOn = date(completedText, "migration.completedOn");
        if (m.completedOn > asOf) bad("migration.completedOn", "completed_after_as_of");
      }
      if (expectedText !== undefined) m.expectedCompletionOn = date(expectedText, "migration.expectedCompletionOn");
      migration = m;
    }
  } else if (rawMigration !== undefined) bad("migration", "not_applicable");

  const rawItems = input.items as Json[];
  if (!Array.isArray(rawItems) || rawItems.length === 0) bad("items", "no_items");
  const ids = new Set<string>();
  const items: Item[] = (rawItems ?? []).map((raw, i): Item => {
    const path = `items[${i}]`;
    const id = String(raw.id);
    if (ids.has(id)) bad(`${path}.id`, "duplicate_id");
    ids.add(id);
    const caption: { label?: string; ref?: string } = {};
    if (optional(raw.label) !== undefined) caption.label = String(raw.label);
    if (optional(raw.ref) !== undefined) caption.ref = String(raw.ref);
    switch (raw.type) {
      case "subscription": {
        const cycle = String(raw.cycle);
        const subPeriod = period(raw.period, `${path}.period`) ?? (bad(`${path}.period`, "missing"), { start: asOf, end: asOf });
        // Reading 20: longer than its cycle means an end more than 3 days after start + the cycle's months.
        const months = CYCLE_MONTHS[cycle];
        if (months === undefined) bad(`${path}.cycle`, "unknown_value");
        else if (subPeriod.end > subPeriod.start && subPeriod.end > plusDays(monthBoundary(subPeriod.start, months), 3)) bad(`${path}.period.end`, "cycle_mismatch");
        return {
          ...caption,
          kind: "subscription",
          id,
          commercial: optional<boolean>(raw.commercial) ?? true,
          cycle,
          period: subPeriod,
          payment: payment(raw, path),
          autoRenew: optional<boolean>(raw.autoRenew) ?? true,
        };
      }
      case "license_key":
        return { ...caption, kind: "license_key", id, payment: payment(raw, path) };
      case "telephony_credit":
        money(raw.balance, `${path}.balance`);
        return { ...caption, kind: "telephony_credit", id, numberStatus: (optional<Json>(raw.number)?.status as Status | undefined) ?? "active" };
      case "marketplace_app": {
        const appId = String(raw.appId);
        const appPeriod = period(raw.period, `${path}.period`);
        if (appPeriod === undefined && options.marketplace?.[appId]?.terms === "prorated") bad(`${path}.period`, "missing");
        const developer: { name?: string; contact?: string } = {};
        const dev = optional<Json>(raw.developer);
        if (optional<string>(dev?.name) !== undefined) developer.name = String(dev?.name);
        if (optional<string>(dev?.contact) !== undefined) developer.contact = String(dev?.contact);
        const purchasedOn = date(raw.purchasedOn, `${path}.purchasedOn`);
        // Reading 18: a purchase after asOf has not happened yet.
        if (purchasedOn > asOf) bad(`${path}.purchasedOn`, "purchased_after_as_of");
        return {
          ...caption,
          kind: "marketplace_app",
          id,
          appId,
          developer,
          purchasedOn,
          period: appPeriod,
          payment: payment(raw, path),
          input: raw,
        };
      }
      case "incurred_charge":
        money(raw.amount, `${path}.amount`);
        return { ...caption, kind: "incurred_charge", id };
      default:
        bad(`${path}.type`, "unknown_value");
        return { kind: "incurred_charge", id };
    }
  });
  // Reading 11 as the brief fixes it: a credit action is about telephony credit; a request with none is bad input.
  if (CREDIT_ACTIONS.includes(action) && !items.some((item) => item.kind === "telephony_credit")) bad("items", "no_telephony_credit");
  for (const [appId, terms] of Object.entries(options.marketplace ?? {})) {
    if (terms.terms === "full_within_days" && !(Number.isInteger(terms.days) && terms.days >= 0 && terms.days <= 3660)) {
      bad(`options.marketplace[${JSON.stringify(appId)}].days`, "wrong_type");
    }
  }
  // Reading 19: an instant anywhere needs the account's zone.
  if (instantGiven && timeZone === undefined) bad("account.timeZone", "missing");
  if (problems.length > 0) return { problems };
  const accountStatus = (optional<Status>(account.status) ?? "active") as Status;
  return { request: { asOf, action, currency, digits, accountStatus, invoices, migration, items } };
}

/** JSON null is read as absent (CONTRACT.md). */
function optional<T>(value: unknown): T | undefined {
  return value === null || value === undefined ? undefined : (value as T);
}
