/**
 * Reads docs/decision-table.md: its rows, and the request (and options) each row stands for.
 */
import { readFileSync } from "node:fs";

export interface Row {
  readonly id: string;
  readonly action: string;
  readonly migration: string | undefined;
  readonly item: string;
  readonly given: ReadonlyMap<string, readonly string[]>;
  readonly outcome: string;
  readonly clause: string;
  readonly reason: string | undefined;
  readonly refund: string | undefined;
  readonly calculation: string | undefined;
  readonly notices: readonly string[];
  readonly effects: readonly string[];
  readonly why: string;
  /** The row as written, for failure messages. */
  readonly text: string;
}

const NONE = "—";
const COLUMNS = ["id", "action", "migration", "item", "given", "outcome", "clause", "reason", "refund", "calculation", "notices", "effects", "why"];

const orNone = (cell: string) => (cell === NONE || cell === "" ? undefined : cell);
const list = (cell: string) => (orNone(cell) === undefined ? [] : splitTopLevel(cell));

/** Splits "a, b[x, y], c(1, 2)" on the commas outside brackets. */
function splitTopLevel(cell: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of cell) {
    if (char === "[" || char === "(") depth++;
    if (char === "]" || char === ")") depth--;
    if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += char;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/** Every row of the table, in order. */
export function readRows(path: string): Row[] {
  const markdown = readFileSync(path, "utf8");
  const headers = markdown.split("\n").filter((line) => line.startsWith("| id |"));
  for (const header of headers) {
    const names = header.split("|").slice(1, -1).map((cell) => cell.trim());
    if (names.join(",") !== COLUMNS.join(",")) throw new Error(`decision table: unexpected columns ${names.join(", ")}`);
  }
  return markdown
    .split("\n")
    .filter((line) => /^\| [A-Z]{2}\d{2} \|/.test(line))
    .map((text) => {
      const cells = text.split("|").slice(1, -1).map((cell) => cell.trim());
      if (cells.length !== COLUMNS.length) throw new Error(`decision table: ${cells.length} cells in\n${text}`);
      const [id, action, migration, item, given, outcome, clause, reason, refund, calculation, notices, effects, why] = cells as [
        string, string, string, string, string, string, string, string, string, string, string, string, string,
      ];
      const tokens = new Map<string, string[]>();
      for (const token of given.split(";").map((t) => t.trim()).filter((t) => t !== "")) {
        const at = token.indexOf("=");
        const key = at < 0 ? token : token.slice(0, at);
        tokens.set(key, [...(tokens.get(key) ?? []), at < 0 ? "" : token.slice(at + 1)]);
      }
      return {
        id,
        action,
        migration: orNone(migration),
        item,
        given: tokens,
        outcome,
        clause,
        reason: orNone(reason),
        refund: orNone(refund),
        calculation: orNone(calculation),
        notices: list(notices),
        effects: list(effects),
        why,
        text,
      };
    });
}

/** The custom evaluator answers the table names (`custom:V`). */
export type CustomAnswer = "full" | "half" | "no_refund" | "refer" | "final_only";

export interface CustomCall {
  readonly status: unknown;
  readonly referenceDay: unknown;
}

const CURRENCY_DIGITS: Record<string, number> = { EUR: 2, JPY: 0, eur: 2 };

function minorOf(text: string, digits: number): bigint {
  const [whole = "0", fraction = ""] = text.split(".");
  return BigInt(whole + fraction.padEnd(digits, "0").slice(0, digits));
}

function amountOf(minor: bigint, digits: number): string {
  if (digits === 0) return minor.toString();
  const text = minor.toString().padStart(digits + 1, "0");
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** The request and options a row stands for; custom evaluator calls are recorded in `calls`. */
export function buildRow(row: Row, calls: CustomCall[]): { request: Record<string, unknown>; options: Record<string, unknown> } {
  const one = (key: string) => row.given.get(key)?.[0];
  const all = (key: string) => row.given.get(key) ?? [];
  const currency = one("currency") ?? "EUR";
  const digits = CURRENCY_DIGITS[currency] ?? 2;
  const period = (fallback: string) => {
    const [start, end] = (one("period") ?? fallback).split("..");
    return { start, end };
  };
  const payment = (net: string): Record<string, unknown> => {
    const paid: Record<string, unknown> = { net: one("net") ?? net };
    const taxes = all("tax").map((spec) => {
      const [code, rate, amount, flag] = spec.split(":");
      const tax: Record<string, unknown> = { code, amount };
      if (rate !== "-") tax.rate = rate;
      if (flag === "nonrefundable") tax.refundable = false;
      return tax;
    });
    if (taxes.length > 0) paid.taxes = taxes;
    const out: Record<string, unknown> = { paid };
    const refundedTaxes = all("refundedTax").map((spec) => {
      const [code, amount] = spec.split(":");
      return { code, amount };
    });
    if (one("refunded") !== undefined || refundedTaxes.length > 0) {
      // `refundedTaxes=none`: an explicit empty list, the caller's statement that no tax was refunded.
      const listed = refundedTaxes.length > 0 || one("refundedTaxes") === "none";
      out.refunded = { net: one("refunded") ?? amountOf(0n, digits), ...(listed ? { taxes: refundedTaxes } : {}) };
    }
    return out;
  };
  const items: Record<string, unknown>[] = [];
  switch (row.item) {
    case "subscription": {
      const sub: Record<string, unknown> = { id: "x", type: "subscription", plan: "professional", cycle: one("cycle") ?? "year", period: period("2026-01-01..2027-01-01"), ...payment("1200.00") };
      if (one("commercial") !== undefined) sub.commercial = one("commercial") === "true";
      if (one("autoRenew") !== undefined) sub.autoRenew = one("autoRenew") === "true";
      items.push(sub);
      break;
    }
    case "license_key":
      items.push({ id: "x", type: "license_key", product: "business", ...payment("1490.00") });
      break;
    case "telephony_credit": {
      const credit: Record<string, unknown> = { id: "x", type: "telephony_credit", balance: "25.00", purpose: "calls" };
      if (one("number") !== undefined) credit.number = { status: one("number") };
      items.push(credit);
      break;
    }
    case "marketplace_app": {
      const app: Record<string, unknown> = {
        id: "x",
        type: "marketplace_app",
        appId: "acme.app",
        developer: { name: "Acme", contact: "support@acme.example" },
        purchasedOn: one("purchasedOn") ?? "2026-06-10",
        ...payment("30.00"),
      };
      if (one("appPeriod") !== "none") app.period = period("2026-06-01..2026-07-01");
      items.push(app);
      break;
    }
    case "incurred_charge":
      items.push({ id: "x", type: "incurred_charge", description: "SMS, May", amount: "3.20", incurredOn: "2026-05-31" });
      break;
    default:
      throw new Error(`decision table: unknown item type in\n${row.text}`);
  }
  const credit = ["transfer_credit", "apply_credit_to_invoice", "pay_with_credit"].includes(row.action);
  if (credit && row.item !== "telephony_credit" && !row.given.has("noTelephony")) {
    items.push({ id: "tel-0", type: "telephony_credit", balance: "25.00", purpose: "calls" });
  }
  const account: Record<string, unknown> = { id: "acct-1", currency };
  if (one("timeZone") !== undefined) account.timeZone = one("timeZone");
  if (one("accountStatus") !== undefined) account.status = one("accountStatus");
  const invoices = all("invoice").map((spec) => {
    const [id, amount, due] = spec.split(":");
    return due === "-" ? { id, amount } : { id, amount, dueOn: due };
  });
  if (invoices.length > 0) account.overdueInvoices = invoices;
  const request: Record<string, unknown> = { asOf: one("asOf") ?? "2026-06-20", action: row.action, account, items };
  if (row.migration !== undefined) {
    const migration: Record<string, unknown> = { status: row.migration };
    if (row.migration === "completed") migration.completedOn = one("completedOn") ?? "2026-06-15";
    if (one("expected") !== undefined) migration.expectedCompletionOn = one("expected");
    request.migration = migration;
  }

  const options: Record<string, unknown> = {};
  if (one("rounding") !== undefined) options.rounding = one("rounding");
  const proration: Record<string, unknown> = {};
  if (one("unit") !== undefined) proration.unit = one("unit");
  if (one("completionDay") !== undefined) proration.completionDay = one("completionDay");
  if (Object.keys(proration).length > 0) options.proration = proration;
  const terms = one("terms");
  if (terms !== undefined && terms !== "none") {
    const [kind, arg] = terms.split(":");
    if (kind === "full_within_days") options.marketplace = { "acme.app": { terms: kind, days: Number(arg) } };
    else if (kind === "custom") {
      const answer = arg as CustomAnswer;
      const evaluate = (view: { status?: unknown; referenceDay?: unknown; paidNet: string }) => {
        calls.push({ status: view.status, referenceDay: view.referenceDay });
        const paid = minorOf(view.paidNet, digits);
        if (answer === "no_refund" || (answer === "final_only" && view.status === "estimate")) return { outcome: "no_refund" };
        if (answer === "refer") return { outcome: "refer_to_developer" };
        return { outcome: "refund", net: amountOf(answer === "half" ? paid / 2n : paid, digits) };
      };
      options.marketplace = { "acme.app": { terms: "custom", evaluate } };
    } else options.marketplace = { "acme.app": { terms: kind } };
  }
  return { request, options };
}
