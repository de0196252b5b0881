// A plan pays only what the decision that earned it says: a decision changed after it was made, or a signed
// one settled without its key, is refused; the plan names the decision by the digest it carries (issue 23).
import { describe, expect, it } from "vitest";
import { evaluateRefund, RefundPolicyError, safeSettleRefund, settleRefund, type RefundDecision } from "../../src/index.js";
import { contractInput, contractRequest } from "./fixtures.js";

const sealed = (signingKey?: string): RefundDecision =>
  signingKey === undefined ? evaluateRefund(contractRequest()) : evaluateRefund(contractRequest(), undefined, { signingKey });
const problemsOf = (result: ReturnType<typeof safeSettleRefund>) => (result.ok ? [] : result.problems.map((p) => [p.path, p.code]));

describe("a settlement checks the decision's own digest", () => {
  it("names the plan's decision by the digest the decision carries", () => {
    const decision = sealed();
    expect(settleRefund(contractInput(decision)).decision.digest).toBe(decision.digests.decision);
  });

  it("refuses a decision whose amounts were changed after it was made (decision_mismatch at its digest)", () => {
    const decision = sealed();
    const line = decision.lines[0]!;
    const forged = { ...decision, lines: [{ ...line, clause: "products.non-refundable" as const }, ...decision.lines.slice(1)] };
    expect(problemsOf(safeSettleRefund(contractInput(forged)))).toEqual([["decision.digests.decision", "decision_mismatch"]]);
  });

  it("refuses a decision whose digest was replaced by another one", () => {
    const decision = sealed();
    const forged = { ...decision, digests: { ...decision.digests, decision: `sha256:${"0".repeat(64)}` } };
    expect(problemsOf(safeSettleRefund(contractInput(forged)))).toEqual([["decision.digests.decision", "decision_mismatch"]]);
  });

  it("settles a signed decision only with the key that signed it", () => {
    const decision = sealed("a secret only billing holds");
    expect(decision.digests.decision.startsWith("hmac-sha256:")).toBe(true);
    expect(problemsOf(safeSettleRefund(contractInput(decision)))).toEqual([["signingKey", "missing"]]);
    expect(problemsOf(safeSettleRefund(contractInput(decision), undefined, { signingKey: "another key" }))).toEqual([["decision.digests.decision", "decision_mismatch"]]);
    const plan = settleRefund(contractInput(decision), undefined, { signingKey: "a secret only billing holds" });
    expect(plan.decision.digest).toBe(decision.digests.decision);
  });

  it("refuses an empty signing key with the library's error, as evaluateRefund does", () => {
    expect(() => settleRefund(contractInput(sealed()), undefined, { signingKey: "" })).toThrow(RefundPolicyError);
  });
});
