import lib = require("refund-policy");
import testing = require("refund-policy/testing");

const decision: lib.RefundDecision = lib.evaluateRefund(testing.request());
const outcome: lib.Outcome = decision.outcome;
// @ts-expect-error "weekly" is not a billing cycle
testing.subscription({ cycle: "weekly" });
export = outcome;
