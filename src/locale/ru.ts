/**
 * `refund-policy/locale/ru`: the `ru` locale for `explain` and `explainProblems`,
 * a separate import so a bundle carries only the languages it uses.
 *
 * @example
 * ```ts
 * import { explain } from "refund-policy";
 * import { ru } from "refund-policy/locale/ru";
 * declare const decision: Parameters<typeof explain>[0];
 * explain(decision, { locale: ru }).text;
 * ```
 * @module refund-policy/locale/ru
 */
export { ru } from "../explain/locales/ru.js";
