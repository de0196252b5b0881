import type { Problem, ProblemCode } from "../errors.js";
import { enProblems } from "./locales/en-problems.js";
import type { FieldName, ProblemMessageKey } from "./messages.js";
import { fill, resolveLocale, type LocaleChoice } from "./resolve.js";

/**
 * One problem of a refused request in the customer's language, with its `path` and
 * `code` kept so a form can show the message beside its field.
 *
 * @category Explain
 * @example
 * ```ts
 * const shown: ProblemExplanation = {
 *   path: "items[0].paid.net", code: "too_many_decimals",
 *   field: "Item 1 › Paid › Amount before tax", message: "This has more decimals than the currency allows.",
 *   text: "Item 1 › Paid › Amount before tax: This has more decimals than the currency allows.",
 * };
 * ```
 */
export interface ProblemExplanation {
  /** The problem's path, unchanged (`items[0].paid.net`). */
  path: string;
  /** The problem's stable code, unchanged. */
  code: ProblemCode;
  /** The path in words (`Item 1 › Paid › Amount before tax`). */
  field: string;
  /** The problem in a sentence that stands beside its field. */
  message: string;
  /** Field and message together, for a list of problems. */
  text: string;
}

// The fields known by name are the ones the English catalog labels (every `field.<name>` key but the two templates).
const isField = (name: string): boolean => Object.prototype.hasOwnProperty.call(enProblems, `field.${name}`) && name !== "item" && name !== "path";

/**
 * Explains the problems of a refused request (the `problems` of a
 * {@link RefundPolicyError} or of {@link safeEvaluateRefund}) in the customer's
 * language: the same locales and options as {@link explain}. Each problem keeps its
 * `path` and `code`; its field is named in words (`items[0].paid.net` → "Item 1 ›
 * Paid › Amount before tax") and its message is a sentence per code.
 *
 * @category Explain
 * @example
 * ```ts
 * import { explainProblems, safeEvaluateRefund } from "refund-policy";
 * import { de } from "refund-policy/locale/de";
 * const result = safeEvaluateRefund({ asOf: "2026-02-30" });
 * if (!result.ok) {
 *   for (const problem of explainProblems(result.problems, { locale: de })) console.log(problem.path, problem.text);
 * }
 * ```
 */
export function explainProblems(problems: readonly Problem[], options: LocaleChoice = {}): ProblemExplanation[] {
  const language = resolveLocale(options);
  const say = (key: ProblemMessageKey, values: Record<string, string> = {}, otherwise = ""): string => fill(language.text(key, enProblems) ?? otherwise, values);
  const label = (name: string): string => (isField(name) ? say(`field.${name as FieldName}`) : name);

  const fieldOf = (path: string): string => {
    if (path === "") return say("field.request");
    const words: string[] = [];
    // `items[2]` names the third item; `terms["app-1"]` an entry by its key.
    for (const [, name, index, key] of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
      if (index !== undefined && words.length > 0) {
        words.push(say("field.item", { field: words.pop()!, number: String(Number(index) + 1) }));
      } else if (index === undefined) {
        words.push(key ?? label(name!));
      }
    }
    return words.length === 0 ? path : words.reduce((parent, field) => say("field.path", { parent, field }));
  };

  return problems.map((problem) => {
    const field = fieldOf(problem.path);
    // A code no catalog has (the command line's own, a newer library's) keeps the problem's own sentence.
    const message = say(`problem.${problem.code}`, {}, problem.message);
    return { path: problem.path, code: problem.code, field, message, text: say("problem.text", { field, message }) };
  });
}
