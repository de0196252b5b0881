import { evaluateRefund, type RefundDecision, type RefundRequest, RefundPolicyError } from "refund-policy";
import { request, subscription } from "refund-policy/testing";
import { ru } from "refund-policy/locale/ru";
import { toUblCreditNote, type UblCreditNoteParties } from "refund-policy/einvoice";
import { explain } from "refund-policy";

const req: RefundRequest = request({ action: "cancel" }, subscription());
const decision: RefundDecision = evaluateRefund(req, { rounding: "half_even" });
const gross: string = decision.total.gross;
const error: RefundPolicyError | undefined = undefined;
// @ts-expect-error amounts are decimal strings, never numbers (a typed request is checked)
const typed: RefundRequest = { ...req, items: [{ ...subscription(), paid: { net: 12.3 } }] };
// Untrusted input needs no cast: the evaluator checks it at run time.
const untrusted: unknown = typed;
const checked: RefundDecision = evaluateRefund(untrusted, untrusted);
void checked;
const russian: string = explain(decision, { locale: ru }).summary;
export { gross, error, russian };
// The rule-writing kit is its own subpath; its modules and types fit the root's definePolicy.
import { bitrix24Policy, definePolicy } from "refund-policy";
import { defineRuleModule, Money, type RuleModule } from "refund-policy/rules";
const keys: RuleModule<"license_key"> = defineRuleModule({
  itemType: "license_key",
  clauses: ["products.non-refundable"],
  evaluate: () => ({ outcome: "no_refund", clause: "products.non-refundable" }),
});
export const strict = definePolicy({ ...bitrix24Policy, id: "strict", modules: { ...bitrix24Policy.modules, license_key: keys } });
export const zero: Money = Money.zero;
export const ubl: (parties: UblCreditNoteParties) => string = (parties) => toUblCreditNote({} as never, parties);
