/**
 * `refund-policy/locale/de`: the `de` locale for `explain` and `explainProblems`,
 * a separate import so a bundle carries only the languages it uses.
 *
 * @example
 * ```ts
 * import { explain } from "refund-policy";
 * import { de } from "refund-policy/locale/de";
 * declare const decision: Parameters<typeof explain>[0];
 * explain(decision, { locale: de }).text;
 * ```
 * @module refund-policy/locale/de
 */
export { de } from "../explain/locales/de.js";
