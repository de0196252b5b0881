import { evaluateRefund, explain, type Explanation } from "refund-policy";
import { migrationRequest, subscription } from "refund-policy/testing";

const explanation: Explanation = explain(evaluateRefund(migrationRequest({ expectedOn: "2026-06-30" }, subscription())), { locale: "de" });
// @ts-expect-error the locale option is a string
explain(evaluateRefund(migrationRequest({}, subscription())), { locale: 7 });
export const text: string = explanation.text;
