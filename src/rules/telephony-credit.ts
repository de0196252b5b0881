import type { Account, TelephonyCredit } from "../normalized.js";
import type { ForfeitCause, Notice } from "../contract/decision.js";
import { byAction, CREDIT_USE_REFUSED, defineRuleModule, type LineResult } from "./module.js";

const noCashValue = (): LineResult => ({ outcome: "no_refund", clause: "telephony.no-cash-value" });

const byTheAction = byAction<"telephony_credit">({
  refund: noCashValue,
  cancel: noCashValue,
  // Reading 9: the credit may become unusable once the cloud account closes;
  // reading 7: a cancelled migration closes nothing, so it carries no such notice.
  migrate_to_on_premise: (item, { request }) =>
    request.migration?.status === "cancelled"
      ? noCashValue()
      : {
          outcome: "no_refund",
          clause: "telephony.no-cash-value",
          notices: [{ code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination", itemId: item.id }],
        },
  ...CREDIT_USE_REFUSED,
});

/**
 * Prepaid telephony credit: no cash value (`telephony.no-cash-value`), cannot be
 * moved, settle invoices or pay for anything (`telephony.non-transferable`), and may
 * be lost when the account or the number is suspended or terminated
 * (`telephony.forfeit-on-termination`).
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { telephonyCreditRules } from "refund-policy/rules";
 * telephonyCreditRules.clauses.includes("telephony.no-cash-value"); // true
 * ```
 */
export const telephonyCreditRules = defineRuleModule({
  itemType: "telephony_credit",
  clauses: ["telephony.no-cash-value", "telephony.non-transferable", "telephony.forfeit-on-termination"],
  evaluate(item, context) {
    const line = byTheAction(item, context);
    // Reading 11: every telephony line of a suspended or terminated account or number warns.
    const cause = forfeitCause(item, context.request.account);
    if (cause === undefined) return line;
    const forfeit: Notice = { code: "telephony.forfeit-on-termination", clause: "telephony.forfeit-on-termination", itemId: item.id, cause };
    return { ...line, notices: [forfeit, ...(line.notices ?? [])] };
  },
});

function forfeitCause(item: TelephonyCredit, account: Account): ForfeitCause | undefined {
  if (account.status !== "active") return account.status === "terminated" ? "account_terminated" : "account_suspended";
  if (item.numberStatus !== "active") return item.numberStatus === "terminated" ? "number_terminated" : "number_suspended";
  return undefined;
}
