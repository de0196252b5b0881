/**
 * `refund-policy/locale/fr`: the `fr` locale for `explain` and `explainProblems`,
 * a separate import so a bundle carries only the languages it uses.
 *
 * @example
 * ```ts
 * import { explain } from "refund-policy";
 * import { fr } from "refund-policy/locale/fr";
 * declare const decision: Parameters<typeof explain>[0];
 * explain(decision, { locale: fr }).text;
 * ```
 * @module refund-policy/locale/fr
 */
export { fr } from "../explain/locales/fr.js";
