// Shared by the explain suites: every shipped language as the locale object a caller imports.
import type { ExplainLocale } from "../../src/index.js";
import { LOCALES } from "../../src/explain/catalogs.js";

/** The list the command line offers, generated from the catalog folder (src/explain/locales/). */
export const SHIPPED: readonly ExplainLocale[] = LOCALES;
/** English by default, then each shipped locale object. */
export const EVERY_LANGUAGE: readonly (ExplainLocale | undefined)[] = [undefined, ...SHIPPED];
export const nameOf = (locale: ExplainLocale | undefined): string => locale?.code ?? "en";

/** What a sentence must never show: an empty or unfilled slot, a doubled space, a value that leaked through. */
export function slotProblems(text: string): string[] {
  const found: string[] = [];
  for (const bad of ["{", "}", ", .", " .", ": .", " ,", "()", "..", "  ", "undefined", "NaN", "null"]) if (text.includes(bad)) found.push(bad);
  if (/ $|^ /m.test(text)) found.push("space at a line's edge");
  return found;
}
