import { evaluateRefund, type RefundDecision, type RefundRequest, RefundPolicyError } from "refund-policy";
import { request, subscription } from "refund-policy/testing";
import { ru } from "refund-policy/locale/ru";
import { explain } from "refund-policy";

const req: RefundRequest = request({ action: "cancel" }, subscription());
const decision: RefundDecision = evaluateRefund(req, { rounding: "half_even" });
const gross: string = decision.total.gross;
const error: RefundPolicyError | undefined = undefined;
// @ts-expect-error amounts are decimal strings, never numbers
evaluateRefund({ ...req, items: [{ ...subscription(), paid: { net: 12.3 } }] });
const russian: string = explain(decision, { locale: ru }).summary;
export { gross, error, russian };
