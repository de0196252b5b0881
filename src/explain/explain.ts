import { parseCalendarDate } from "../calendar/calendar-date.js";
import type { DecisionLine, Effect, Notice, RefundDecision } from "../contract/decision.js";
import { CATALOGS, ENGLISH } from "./catalogs.js";
import type { MessageKey, Messages } from "./messages.js";

/**
 * Options of {@link explain}.
 *
 * @example
 * ```ts
 * const options: ExplainOptions = { locale: "de", messages: { "line.no_refund": "{item}: nichts." } };
 * ```
 */
export interface ExplainOptions {
  /** A BCP 47 tag; `pt-BR`, `pt` and `pt-PT` all find the Portuguese catalog. Default `en`. */
  locale?: string;
  /** Messages that override (or add, for a new locale) the built-in ones. */
  messages?: Messages;
}

/**
 * A decision in plain sentences.
 *
 * @example
 * ```ts
 * declare const explanation: Explanation;
 * console.log(explanation.text);
 * ```
 */
export interface Explanation {
  /** The catalog used (`"de"`, or `"en"` when the locale has none). */
  locale: string;
  summary: string;
  lines: { itemId: string; text: string }[];
  notices: string[];
  effects: string[];
  /** Everything above, one sentence group a line. */
  text: string;
}

function catalogFor(locale: string): string {
  if (Object.prototype.hasOwnProperty.call(CATALOGS, locale)) return locale;
  const language = locale.split(/[-_]/)[0]!.toLowerCase();
  return Object.keys(CATALOGS).find((tag) => tag.split("-")[0] === language) ?? "en";
}

/** The first locale of the list this runtime's Intl knows, for number and date formats. */
function intlLocale(candidates: readonly string[]): string {
  for (const candidate of candidates) {
    try {
      if (Intl.NumberFormat.supportedLocalesOf(candidate).length > 0) return candidate;
    } catch {
      // not a well-formed BCP 47 tag: try the next
    }
  }
  return "en";
}

/**
 * Explains a decision in the customer's language: a sentence for the summary and
 * each line, notice and effect, with amounts formatted by `Intl.NumberFormat` in
 * the decision's currency and dates by `Intl.DateTimeFormat`. Built in: `en`, `de`,
 * `es`, `pt-BR`, `fr`, `ru`; any other locale falls back to English unless its
 * messages are passed. Pure: no clock, no global locale state.
 *
 * @example
 * ```ts
 * import { evaluateRefund, explain } from "refund-policy";
 * const decision = evaluateRefund({
 *   asOf: "2026-06-20", action: "refund", account: { currency: "EUR" },
 *   items: [{ id: "key-1", type: "license_key", paid: { net: "1490.00" } }],
 * });
 * explain(decision, { locale: "de" }).lines[0]?.text;
 * // "Lizenzschlüssel key-1: keine Erstattung. Abonnements und Lizenzschlüssel werden nicht erstattet."
 * ```
 */
export function explain(decision: RefundDecision, options: ExplainOptions = {}): Explanation {
  const requested = options.locale ?? "en";
  const catalog = catalogFor(requested);
  const messages: Messages = { ...CATALOGS[catalog], ...options.messages };
  const locale = intlLocale([requested, catalog]);
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: decision.currency });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const plurals = new Intl.PluralRules(locale);

  const say = (key: MessageKey, values: Record<string, string | number> = {}): string =>
    (messages[key] ?? ENGLISH[key]).replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
    );
  // Intl.NumberFormat formats a decimal string exactly (no binary float on the way).
  const amount = (value: string): string => money.format(value as unknown as number);
  const date = (value: string): string => dates.format((parseCalendarDate(value) ?? 0) * 86_400_000);
  const item = (type: DecisionLine["type"], id: string): string => say(`type.${type}`, { id });
  const itemById = (id: string | undefined): string => {
    const line = decision.lines.find((candidate) => candidate.itemId === id);
    return line ? item(line.type, line.itemId) : (id ?? "");
  };

  const lineText = (line: DecisionLine): string => {
    const parts = [
      say(`line.${line.outcome}`, {
        item: item(line.type, line.itemId),
        gross: amount(line.refund.gross),
        net: amount(line.refund.net),
        tax: amount(line.refund.tax),
        developer: line.developer?.name ?? line.developer?.contact ?? "",
      }),
    ];
    const calc = line.calculation;
    if (calc) {
      const unit = say(`unit.${calc.unit}.${plurals.select(calc.total) as "one"}`);
      parts.push(say("line.calculation", { unused: calc.unused, total: calc.total, unit, from: date(calc.unusedFrom), to: date(calc.to) }));
    }
    if (line.reason) parts.push(say(`reason.${line.reason}`, { contact: line.developer?.contact ?? line.developer?.name ?? "" }));
    else parts.push(say(`clause.${line.clause}`));
    // A date ending in an abbreviation ("2027 г.") must not end the sentence twice.
    return parts.join(" ").replace(/\.\.(?=\s|$)/g, ".");
  };

  const noticeText = (notice: Notice): string =>
    say(`notice.${notice.code}`, {
      item: itemById(notice.itemId),
      cause: notice.cause ? say(`cause.${notice.cause}`) : "",
      invoices: (notice.invoiceIds ?? []).join(", "),
      overdue: notice.overdue === undefined ? "" : amount(notice.overdue),
      paths: (notice.paths ?? []).join(", "),
    });
  const effectText = (effect: Effect): string => say(`effect.${effect.type}`, { item: itemById(effect.itemId), date: date(effect.on) });

  const summary = say(`summary.${decision.outcome}`, { gross: amount(decision.total.gross), status: say(`status.${decision.status}`) });
  const lines = decision.lines.map((line) => ({ itemId: line.itemId, text: lineText(line) }));
  const notices = decision.notices.map(noticeText);
  const effects = decision.effects.map(effectText);
  const text = [summary, ...lines.map((line) => `- ${line.text}`), ...notices.map((n) => `! ${n}`), ...effects.map((e) => `> ${e}`)].join("\n");
  // A caller's own catalog for a locale we do not ship is reported under its own tag.
  return { locale: catalog === "en" && options.messages ? requested : catalog, summary, lines, notices, effects, text };
}
