import type { ExplainLocale } from "./messages.js";
import { de } from "./locales/de.js";
import { es } from "./locales/es.js";
import { fr } from "./locales/fr.js";
import { ptBR } from "./locales/pt-BR.js";
import { ru } from "./locales/ru.js";

/**
 * Every shipped locale besides the built-in English, for a caller that picks the
 * language by tag at run time (the command line). The library itself never imports
 * this list, so a bundle carries only the languages it imports.
 *
 * @example
 * ```ts
 * explain(decision, { locale: "pt-PT", locales: LOCALES }).locale; // "pt-BR"
 * ```
 */
export const LOCALES: readonly ExplainLocale[] = [de, es, ptBR, fr, ru];
