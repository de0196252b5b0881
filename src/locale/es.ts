/**
 * `refund-policy/locale/es`: the `es` locale for `explain` and `explainProblems`,
 * a separate import so a bundle carries only the languages it uses.
 *
 * @example
 * ```ts
 * import { explain } from "refund-policy";
 * import { es } from "refund-policy/locale/es";
 * declare const decision: Parameters<typeof explain>[0];
 * explain(decision, { locale: es }).text;
 * ```
 * @module refund-policy/locale/es
 */
export { es } from "../explain/locales/es.js";
