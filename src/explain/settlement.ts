/**
 * A settlement plan in plain sentences: where each amount goes and which credit notes document it,
 * in the customer's language, with the same locales and money formats as {@link explain}.
 * @module
 */
import { parseCalendarDate } from "../calendar/calendar-date.js";
import type { PaymentMethod, SettlementPaymentInput, SettlementPlan, SettlementStep } from "../contract/settlement.js";
import { RefundPolicyError, type Problem } from "../errors.js";
import { currencyDigits } from "../money/currencies.js";
import { enSettlement } from "./settlement-en.js";
import type { SettlementMessageKey } from "./messages.js";
import { fill, resolveLocale, type LocaleChoice } from "./resolve.js";

/**
 * Options of {@link explainSettlement}: a language (as for {@link explain}) and, optionally, the
 * ledger's payments, so a refund names its payment's method ("the card payment ch_2").
 *
 * @category Explain
 * @example
 * ```ts
 * import { de } from "refund-policy/locale/de";
 * declare const input: SettlementInput;
 * const options: ExplainSettlementOptions = { locale: de, payments: input.payments };
 * ```
 */
export interface ExplainSettlementOptions extends LocaleChoice {
  /** The payments the plan refunds (the settlement input's `payments`); without them a refund says "the payment ch_2". */
  payments?: readonly Pick<SettlementPaymentInput, "id" | "method">[];
}

/**
 * A settlement plan in plain sentences.
 *
 * @category Explain
 * @example
 * ```ts
 * declare const explanation: SettlementExplanation;
 * console.log(explanation.text);
 * ```
 */
export interface SettlementExplanation {
  /** The catalog used (`"de"`, or `"en"` when none of the given locales fits the tag). */
  locale: string;
  summary: string;
  /** One sentence per step, in the plan's order, with the step's idempotency key. */
  steps: { key: string; text: string }[];
  /** One sentence per credit note. */
  creditNotes: { id: string; text: string }[];
  /** Everything above as a plain-text message: the summary, then a titled list each of steps and credit notes. */
  text: string;
}

const METHODS: ReadonlySet<string> = new Set<PaymentMethod>(["card", "direct_debit", "bank_transfer", "wallet", "account_credit", "other"]);
const STEP_TYPES: ReadonlySet<string> = new Set<SettlementStep["type"]>(["refund_payment", "offset_invoice", "account_credit", "out_of_band"]);
const AMOUNT = /^\d+(\.\d+)?$/;
const isZero = (amount: string): boolean => !/[1-9]/.test(amount);

/**
 * Explains a settlement plan (from `settleRefund`) in the customer's language: a summary,
 * a sentence per step ("€841.72 back to the card payment ch_2 (invoice INV-2026-0001).")
 * and per credit note, amounts in the plan's currency with exactly its minor-unit digits.
 * English is built in; the other languages are the same locale objects as for
 * {@link explain}. Pure: no clock, no global locale state. A value that is not a plan is
 * refused with one {@link RefundPolicyError} listing every problem.
 *
 * @category Explain
 * @example
 * ```ts
 * import { evaluateRefund, explainSettlement, settleRefund } from "refund-policy";
 * import { fr } from "refund-policy/locale/fr";
 * declare const input: Parameters<typeof settleRefund>[0];
 * const plan = settleRefund(input);
 * explainSettlement(plan, { payments: input.payments }).text;
 * explainSettlement(plan, { locale: fr, payments: input.payments }).summary;
 * ```
 */
export function explainSettlement(plan: SettlementPlan, options: ExplainSettlementOptions = {}): SettlementExplanation {
  const problems = planProblems(plan);
  if (problems.length > 0) throw new RefundPolicyError(problems);
  const language = resolveLocale(options);
  const digits = currencyDigits(plan.currency)!;
  const money = new Intl.NumberFormat(language.intl, { style: "currency", currency: plan.currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  const dates = new Intl.DateTimeFormat(language.intl, { dateStyle: "long", timeZone: "UTC" });
  const say = (key: SettlementMessageKey, values: Record<string, string> = {}): string =>
    fill(language.text(key, enSettlement) ?? key, values).replace(/\.\.(?=\s|$)/g, ".");
  // Intl.NumberFormat formats a decimal string exactly (no binary float on the way).
  const amount = (value: string): string => money.format(value as unknown as number);
  const date = (value: string): string => {
    const day = parseCalendarDate(value.slice(0, 10));
    return day === undefined ? value : dates.format(day * 86_400_000);
  };

  // An invoice is named by its number where a credit note gives one (an open invoice only has its id).
  const numbers = new Map(plan.creditNotes.map((note) => [note.invoiceId, note.invoiceNumber]));
  const invoice = (id: string): string => numbers.get(id) ?? id;
  const methods = new Map((options.payments ?? []).map((payment) => [payment.id, payment.method]));
  const payment = (id: string): string => {
    const method = methods.get(id);
    return say("settlement.payment", { method: say(`settlement.method.${method !== undefined && METHODS.has(method) ? method : "other"}`), id });
  };

  const stepText = (step: SettlementStep): string => {
    const values = { amount: amount(step.amount), invoice: invoice(step.invoiceId) };
    return step.type === "refund_payment" ? say("settlement.refund_payment", { ...values, payment: payment(step.paymentId) }) : say(`settlement.${step.type}`, values);
  };

  const asOf = date(plan.decision.asOf);
  const summary = plan.steps.length === 0 ? say("settlement.summary.none", { asOf }) : say("settlement.summary", { total: amount(plan.total), asOf });
  const steps = plan.steps.map((step) => ({ key: step.key, text: stepText(step) }));
  const creditNotes = plan.creditNotes.map((note) => {
    const values = { id: note.id, invoice: note.invoiceNumber, issued: date(note.invoiceIssuedOn), gross: amount(note.total.gross), tax: amount(note.total.tax) };
    return { id: note.id, text: say(isZero(note.total.tax) ? "settlement.credit_note" : "settlement.credit_note.taxed", values) };
  });
  const section = (title: SettlementMessageKey, sentences: readonly string[]): string[] =>
    sentences.length === 0 ? [] : ["", say(title), ...sentences.map((sentence) => `- ${sentence}`)];
  const text = [
    summary,
    ...section("settlement.text.steps", steps.map((step) => step.text)),
    ...section("settlement.text.credit_notes", creditNotes.map((note) => note.text)),
  ].join("\n");
  return { locale: language.code, summary, steps, creditNotes, text };
}

type Shape = "string" | "amount" | "date" | "array" | "object";

/** Every way `value` is not a plan `explainSettlement` can read (what it reads, nothing more). */
function planProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  const field = (parent: unknown, path: string, key: string, shape: Shape): boolean => {
    const at = path === "" ? key : `${path}.${key}`;
    const found = (parent as Record<string, unknown>)[key];
    if (found === undefined || found === null) {
      problems.push({ path: at, code: "missing", message: `is required in a settlement plan` });
      return false;
    }
    const ok =
      shape === "array" ? Array.isArray(found)
      : shape === "object" ? typeof found === "object" && !Array.isArray(found)
      : typeof found === "string";
    if (!ok) {
      problems.push({ path: at, code: "wrong_type", message: `must be ${shape === "array" ? "an array" : shape === "object" ? "an object" : "a string"}` });
      return false;
    }
    if (shape === "amount" && !AMOUNT.test(found as string)) {
      problems.push({ path: at, code: "invalid_amount", message: `must be a decimal string such as "12.30"` });
      return false;
    }
    if (shape === "date" && parseCalendarDate((found as string).slice(0, 10)) === undefined) {
      problems.push({ path: at, code: "invalid_date", message: "must be a date (YYYY-MM-DD)" });
      return false;
    }
    return true;
  };

  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return [{ path: "", code: "wrong_type", message: "must be a settlement plan (the object settleRefund returns)" }];
  }
  const plan = value as Record<string, unknown>;
  field(plan, "", "planId", "string");
  if (field(plan, "", "currency", "string") && currencyDigits(plan["currency"] as string) === undefined) {
    problems.push({ path: "currency", code: "unknown_currency", message: `"${plan["currency"] as string}" is not a supported ISO 4217 currency` });
  }
  field(plan, "", "total", "amount");
  if (field(plan, "", "decision", "object")) field(plan["decision"], "decision", "asOf", "date");
  if (field(plan, "", "steps", "array")) {
    (plan["steps"] as unknown[]).forEach((step, i) => {
      const path = `steps[${i}]`;
      if (typeof step !== "object" || step === null || Array.isArray(step)) {
        problems.push({ path, code: "wrong_type", message: "must be an object" });
        return;
      }
      const type = (step as Record<string, unknown>)["type"];
      if (field(step, path, "type", "string") && !STEP_TYPES.has(type as string)) {
        problems.push({ path: `${path}.type`, code: "unknown_value", message: `must be one of ${[...STEP_TYPES].join(", ")}` });
      }
      field(step, path, "amount", "amount");
      field(step, path, "key", "string");
      field(step, path, "invoiceId", "string");
      if (type === "refund_payment") field(step, path, "paymentId", "string");
    });
  }
  if (field(plan, "", "creditNotes", "array")) {
    (plan["creditNotes"] as unknown[]).forEach((note, i) => {
      const path = `creditNotes[${i}]`;
      if (typeof note !== "object" || note === null || Array.isArray(note)) {
        problems.push({ path, code: "wrong_type", message: "must be an object" });
        return;
      }
      field(note, path, "id", "string");
      field(note, path, "invoiceId", "string");
      field(note, path, "invoiceNumber", "string");
      field(note, path, "invoiceIssuedOn", "date");
      if (field(note, path, "total", "object")) {
        field((note as Record<string, unknown>)["total"], `${path}.total`, "tax", "amount");
        field((note as Record<string, unknown>)["total"], `${path}.total`, "gross", "amount");
      }
    });
  }
  return problems;
}
