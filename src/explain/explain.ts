import { parseCalendarDate } from "../calendar/calendar-date.js";
import type { DecisionLine, Effect, Notice, RefundDecision } from "../contract/decision.js";
import { en } from "./locales/en.js";
import type { DecisionMessageKey } from "./messages.js";
import { assertDecision } from "./guard.js";
import { fill, resolveLocale, type LocaleChoice } from "./resolve.js";

/**
 * Options of {@link explain}: a language and, optionally, messages of your own.
 * English is built in; pass another language as a locale object imported from its
 * own subpath, or as a tag with the locales it may pick from.
 *
 * @category Explain
 * @example
 * ```ts
 * import { de } from "refund-policy/locale/de";
 * import { fr } from "refund-policy/locale/fr";
 * const german: ExplainOptions = { locale: de };
 * const byTag: ExplainOptions = { locale: "fr-CA", locales: [de, fr] }; // French, Canadian formats
 * const mine: ExplainOptions = { locale: de, messages: { "line.no_refund": "{item}: nichts." } };
 * ```
 */
export interface ExplainOptions extends LocaleChoice {}

/**
 * A decision in plain sentences.
 *
 * @category Explain
 * @example
 * ```ts
 * declare const explanation: Explanation;
 * console.log(explanation.text);
 * ```
 */
export interface Explanation {
  /** The catalog used (`"de"`, or `"en"` when none of the given locales fits the tag). */
  locale: string;
  summary: string;
  lines: { itemId: string; text: string }[];
  notices: string[];
  effects: string[];
  /** Everything above as a plain-text message: the summary, then a titled list each of lines, notices and effects. */
  text: string;
}

const isZero = (amount: string): boolean => !/[1-9]/.test(amount);

/** The sentence of each kind of effect ({@link Effect} is keyed by its type, then by what turned renewal off). */
const EFFECT_KEYS: { readonly [C in Effect["clause"]]: DecisionMessageKey } = {
  "subscription.discontinue": "effect.disable_auto_renewal",
  "migration.partial-refund": "effect.disable_auto_renewal.migration",
};

/**
 * Explains a decision in the customer's language: a sentence for the summary and
 * each line, notice and effect, with amounts formatted by `Intl.NumberFormat` in
 * the decision's currency and dates by `Intl.DateTimeFormat`. English is built in;
 * every other language is a separate import (`refund-policy/locale/<tag>`, such as
 * `refund-policy/locale/de`), so a bundle carries only the languages it uses. Pure: no clock, no global locale state.
 *
 * @category Explain
 * @example
 * ```ts
 * import { evaluateRefund, explain } from "refund-policy";
 * import { de } from "refund-policy/locale/de";
 * const decision = evaluateRefund({
 *   asOf: "2026-06-20", action: "refund", account: { currency: "EUR" },
 *   items: [{ id: "key-1", type: "license_key", paid: { net: "1490.00" } }],
 * });
 * explain(decision).summary; // "No refund (final)."
 * explain(decision, { locale: de }).lines[0]?.text;
 * // "Lizenzschlüssel key-1: keine Erstattung. Abonnements und Lizenzschlüssel werden nicht erstattet."
 * ```
 */
export function explain(decision: RefundDecision, options: ExplainOptions = {}): Explanation {
  assertDecision(decision);
  const language = resolveLocale(options);
  // The decision's amounts carry exactly the currency's ISO 4217 minor-unit digits; Intl's own default
  // differs for some currencies (HUF, IDR, COP, …), so the text shows exactly the digits paid.
  const digits = decision.total.net.length - (decision.total.net.indexOf(".") + 1 || decision.total.net.length);
  const money = new Intl.NumberFormat(language.intl, { style: "currency", currency: decision.currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  const dates = new Intl.DateTimeFormat(language.intl, { dateStyle: "long", timeZone: "UTC" });
  const plurals = new Intl.PluralRules(language.intl);

  // A date ending in an abbreviation ("2027 г.") must not end the sentence twice.
  // A code no catalog knows (a decision stored by a newer library, a custom policy's) is shown as the code itself.
  const say = (key: DecisionMessageKey, values: Record<string, string | number | undefined> = {}): string =>
    fill(language.text(key, en) ?? `${values.item ? "{item}: " : ""}${key.slice(key.indexOf(".") + 1)}.`, values).replace(/\.\.(?=\s|$)/g, ".");
  // Intl.NumberFormat formats a decimal string exactly (no binary float on the way).
  const amount = (value: string): string => money.format(value as unknown as number);
  const date = (value: string): string => dates.format((parseCalendarDate(value) ?? 0) * 86_400_000);
  // An item is named by its label, what the customer sees, when the request gave one; else by its type and id.
  const item = (line: DecisionLine): string => line.label ?? say(`type.${line.type}`, { id: line.itemId });
  const itemById = (id: string | undefined): string | undefined => {
    const line = decision.lines.find((candidate) => candidate.itemId === id);
    return line ? item(line) : id;
  };

  const lineHead = (line: DecisionLine): string => {
    const values = { item: item(line), gross: amount(line.refund.gross), net: amount(line.refund.net), tax: amount(line.refund.tax) };
    if (line.outcome === "refund" || line.outcome === "partial_refund") {
      return say(isZero(line.refund.tax) ? `line.${line.outcome}` : `line.${line.outcome}.taxed`, values);
    }
    const developer = line.developer?.name;
    if (line.outcome === "refer_to_developer" && developer) return say("line.refer_to_developer.named", { ...values, developer });
    return say(`line.${line.outcome}`, values);
  };

  const lineText = (line: DecisionLine): string => {
    const parts = [lineHead(line)];
    const calc = line.calculation;
    if (calc) {
      // The unit's word as counted by the total ({unit}) and by the unused part ({unusedUnit}): a catalog orders them freely.
      const unit = say(`unit.${calc.unit}.${plurals.select(calc.total)}`);
      const unusedUnit = say(`unit.${calc.unit}.${plurals.select(calc.unused)}`);
      const values = { unused: calc.unused, total: calc.total, unit, unusedUnit, from: date(calc.unusedFrom), to: date(calc.to) };
      parts.push(say(calc.unused === 0 ? "line.calculation.none" : "line.calculation", values));
    }
    const contact = line.developer?.contact;
    if (line.reason === "terms_not_registered" && !contact) parts.push(say("reason.terms_not_registered.no_contact"));
    else if (line.reason === "no_unused_time" && calc?.unused === 0) {
      // The calculation has just said that nothing is unused.
    } else if (line.reason) parts.push(say(`reason.${line.reason}`, { contact }));
    else parts.push(say(`clause.${line.clause}`));
    return parts.join(" ");
  };

  // Each notice by its code, with its own fields; a stored decision may lack one (then a sentence without it).
  const noticeText = (notice: Notice): string => {
    const values = { item: itemById("itemId" in notice ? notice.itemId : undefined) };
    switch (notice.code) {
      case "telephony.forfeit-on-termination":
        return notice.cause ? say(`notice.${notice.code}`, { ...values, cause: say(`cause.${notice.cause}`) }) : say("notice.telephony.forfeit-on-termination.no_cause", values);
      case "billing.access-may-be-barred": {
        const invoices = (notice.invoiceIds ?? []).join(", ");
        if (invoices === "" || notice.overdue === undefined) return say("notice.billing.access-may-be-barred.no_invoices", values);
        return say("notice.billing.access-may-be-barred", { ...values, invoices, overdue: amount(notice.overdue) });
      }
      case "request.fields-ignored":
        return say(`notice.${notice.code}`, { ...values, paths: (notice.paths ?? []).join(", ") });
      default:
        return say(`notice.${notice.code}`, values);
    }
  };
  // Each kind of effect has its sentence; after a final migration the cloud service does not run on, so
  // that effect says from when renewal is off. A clause no decision of this library writes gets the plain one.
  const effectText = (effect: Effect): string =>
    say(Object.prototype.hasOwnProperty.call(EFFECT_KEYS, effect.clause) ? EFFECT_KEYS[effect.clause] : `effect.${effect.type}`, { item: itemById(effect.itemId), date: date(effect.on) });

  const { total } = decision;
  const taxed = decision.outcome === "refund" || decision.outcome === "partial_refund" ? (isZero(total.tax) ? "" : ".taxed") : "";
  const summaryKey = `summary.${decision.outcome}${taxed}` as DecisionMessageKey;
  const summary = say(summaryKey, { gross: amount(total.gross), tax: amount(total.tax), status: say(`status.${decision.status}`) });
  const lines = decision.lines.map((line) => ({ itemId: line.itemId, text: lineText(line) }));
  const notices = decision.notices.map(noticeText);
  const effects = decision.effects.map(effectText);
  const section = (title: DecisionMessageKey, sentences: readonly string[]): string[] =>
    sentences.length === 0 ? [] : ["", say(title), ...sentences.map((sentence) => `- ${sentence}`)];
  const text = [
    summary,
    ...section("text.lines", lines.map((line) => line.text)),
    ...section("text.notices", notices),
    ...section("text.effects", effects),
  ].join("\n");
  return { locale: language.code, summary, lines, notices, effects, text };
}
