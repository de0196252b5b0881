import lib = require("refund-policy");
import testing = require("refund-policy/testing");
import localeFr = require("refund-policy/locale/fr");
import einvoice = require("refund-policy/einvoice");
import rules = require("refund-policy/rules");

const decision: lib.RefundDecision = lib.evaluateRefund(testing.request());
const outcome: lib.Outcome = decision.outcome;
const french: string = lib.explain(decision, { locale: localeFr.fr }).text;
void french;
void einvoice.toUblCreditNote;
const zero: rules.Money = rules.Money.zero;
void zero;
// @ts-expect-error "weekly" is not a billing cycle
testing.subscription({ cycle: "weekly" });
export = outcome;
