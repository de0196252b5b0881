import lib = require("refund-policy");
import testing = require("refund-policy/testing");
import localeFr = require("refund-policy/locale/fr");
import rules = require("refund-policy/rules");
import einvoice = require("refund-policy/einvoice");

const decision: lib.RefundDecision = lib.evaluateRefund(testing.request());
const outcome: lib.Outcome = decision.outcome;
const french: string = lib.explain(decision, { locale: localeFr.fr }).text;
void french;
const zero: rules.Money = rules.Money.zero;
void zero;
void einvoice.toUblCreditNote;
// @ts-expect-error "weekly" is not a billing cycle
testing.subscription({ cycle: "weekly" });
export = outcome;
