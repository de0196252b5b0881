import { evaluateRefund, explain, explainProblems, type Explanation, type ExplainLocale } from "refund-policy";
import { de } from "refund-policy/locale/de";
import { migrationRequest, subscription } from "refund-policy/testing";

const explanation: Explanation = explain(evaluateRefund(migrationRequest({ expectedOn: "2026-06-30" }, subscription())), { locale: de });
const german: ExplainLocale = de;
export const problems: string[] = explainProblems([{ path: "asOf", code: "missing", message: "is required" }], { locale: german }).map((p) => p.text);
// @ts-expect-error the locale option is a string
explain(evaluateRefund(migrationRequest({}, subscription())), { locale: 7 });
export const text: string = explanation.text;
