/**
 * `refund-policy/locale/pt-BR`: the `ptBR` locale for `explain` and `explainProblems`,
 * a separate import so a bundle carries only the languages it uses.
 *
 * @example
 * ```ts
 * import { explain } from "refund-policy";
 * import { ptBR } from "refund-policy/locale/pt-BR";
 * declare const decision: Parameters<typeof explain>[0];
 * explain(decision, { locale: ptBR }).text;
 * ```
 * @module refund-policy/locale/pt-BR
 */
export { ptBR } from "../explain/locales/pt-BR.js";
