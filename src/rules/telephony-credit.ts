import type { Account, TelephonyCredit } from "../model.js";
import type { Notice } from "../types.js";
import { defineRuleModule, unreachable } from "./module.js";
import { CREDIT_REFUSED } from "./subscription.js";

/**
 * Prepaid telephony credit: no cash value (`telephony.no-cash-value`), cannot be
 * moved, settle invoices or pay for anything (`telephony.non-transferable`), and may
 * be lost when the account or the number is suspended or terminated
 * (`telephony.forfeit-on-termination`).
 *
 * @example
 * ```ts
 * import { telephonyCreditRules } from "refund-policy";
 * telephonyCreditRules.clauses.includes("telephony.no-cash-value"); // true
 * ```
 */
export const telephonyCreditRules = defineRuleModule({
  itemType: "telephony_credit",
  clauses: ["telephony.no-cash-value", "telephony.non-transferable", "telephony.forfeit-on-termination"],
  evaluate(item, { request: { action, account } }) {
    const notices: Notice[] = [];
    const cause = forfeitCause(item, account);
    if (cause !== undefined) notices.push({ code: "telephony.forfeit-on-termination", clause: "telephony.forfeit-on-termination", itemId: item.id, cause });
    switch (action) {
      case "refund":
      case "cancel":
        return { outcome: "no_refund", clause: "telephony.no-cash-value", notices };
      case "migrate_to_on_premise":
        // CLAUSES.md reading 9: the credit may become unusable once the cloud account closes.
        notices.push({ code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination", itemId: item.id });
        return { outcome: "no_refund", clause: "telephony.no-cash-value", notices };
      case "transfer_credit":
      case "apply_credit_to_invoice":
      case "pay_with_credit":
        return { ...CREDIT_REFUSED, notices };
      default:
        return unreachable(action);
    }
  },
});

function forfeitCause(item: TelephonyCredit, account: Account): Notice["cause"] {
  if (account.status !== "active") return account.status === "terminated" ? "account_terminated" : "account_suspended";
  if (item.numberStatus !== "active") return item.numberStatus === "terminated" ? "number_terminated" : "number_suspended";
  return undefined;
}
