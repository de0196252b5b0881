import type { ExplainLocale, MessageKey, Messages } from "./messages.js";

/**
 * How {@link explain} and {@link explainProblems} find their language: a locale
 * object, or a tag and the locales it may pick from, and messages of your own.
 *
 * @category Explain
 * @example
 * ```ts
 * import type { LocaleChoice } from "refund-policy";
 * import { ru } from "refund-policy/locale/ru";
 * const russian: LocaleChoice = { locale: ru };
 * const byTag: LocaleChoice = { locale: "ru-RU", locales: [ru] };
 * ```
 */
export interface LocaleChoice {
  /** A BCP 47 tag, or a locale object such as `de` from `refund-policy/locale/de`. Default English. */
  locale?: string | ExplainLocale;
  /** The locales a tag may pick from (English is always there); a tag finds its own or its language's. */
  locales?: readonly ExplainLocale[];
  /** Messages that override (or add, for a locale not shipped) the catalog's. */
  messages?: Messages;
}

/**
 * A language chosen: the catalog's code, the tag Intl formats in, and one message lookup.
 *
 * @example
 * ```ts
 * const german: Resolved = resolveLocale({ locale: de });
 * german.text("line.no_refund", en); // "{item}: keine Erstattung."
 * ```
 */
export interface Resolved {
  code: string;
  intl: string;
  /**
   * The chosen catalog's message for a key, else English's; `undefined` only for a key no catalog has
   * (a code from a newer library or a custom policy: callers word it themselves, never throw).
   */
  text<K extends MessageKey>(key: K, english: Readonly<Record<K, string>>): string | undefined;
}

function pick(tag: string, locales: readonly ExplainLocale[]): ExplainLocale | undefined {
  const lower = tag.toLowerCase();
  const exact = locales.find((candidate) => candidate.code.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split(/[-_]/)[0];
  return locales.find((candidate) => candidate.code.toLowerCase().split("-")[0] === language);
}

/** The first tag of the list this runtime's Intl knows, for number and date formats. */
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
 * Chooses the catalog and formats for a {@link LocaleChoice}; a key the catalog lacks
 * falls back to English.
 *
 * @example
 * ```ts
 * resolveLocale({ locale: "pt-PT", locales: [ptBR] }).code; // "pt-BR"
 * resolveLocale({ locale: "ja" }).code; // "en", with Japanese number formats
 * ```
 */
export function resolveLocale(choice: LocaleChoice): Resolved {
  const requested = choice.locale ?? "en";
  const tag = typeof requested === "string" ? requested : requested.code;
  const chosen = typeof requested === "string" ? pick(requested, choice.locales ?? []) : requested;
  const messages: Messages = { ...chosen?.messages, ...choice.messages };
  // A caller's own catalog for a locale we do not ship is reported under its own tag.
  const code = chosen?.code ?? (choice.messages ? tag : "en");
  return {
    code,
    intl: intlLocale(chosen ? [tag, chosen.code] : [tag]),
    text: (key, english) => messages[key] ?? english[key],
  };
}

/**
 * Fills `{name}` placeholders. A message that starts with `{item}` for a notice or
 * effect with no item keeps the rest of its sentence, capitalized.
 *
 * @example
 * ```ts
 * fill("{item}: automatic renewal is already off.", {}); // "Automatic renewal is already off."
 * ```
 */
export function fill(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  let text = template;
  if (text.startsWith("{item}") && !values.item) {
    text = text.replace(/^\{item\}\s*:\s*/, "");
    text = text.charAt(0).toUpperCase() + text.slice(1);
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}
