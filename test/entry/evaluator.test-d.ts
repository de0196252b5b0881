import { describe, expectTypeOf, it } from "vitest";
import {
  type Signing,
  createEvaluator,
  bitrix24Policy,
  evaluateRefund,
  safeEvaluateRefund,
  type Evaluator,
  type Problem,
  type RefundDecision,
  type RefundOptions,
  type RefundRequest,
  type SafeDecision,
} from "../../src/index.js";

/** The parameters of each call signature of a two-signature function type, in order. */
type Signatures<F> = F extends { (...args: infer First): infer R1; (...args: infer Second): infer R2 } ? [First, Second, R1, R2] : never;

describe("one entry for typed and untrusted input", () => {
  it("the typed call signature comes first, the one editors complete fields from", () => {
    expectTypeOf<Signatures<Evaluator>[0][0]>().toEqualTypeOf<RefundRequest>();
    expectTypeOf<Signatures<Evaluator>[0][1]>().toEqualTypeOf<RefundOptions | undefined>();
    expectTypeOf<Signatures<Evaluator>[1][0]>().toEqualTypeOf<unknown>();
    expectTypeOf<Signatures<Evaluator>[1][1]>().toEqualTypeOf<unknown>();
    expectTypeOf<Signatures<Evaluator>[2]>().toEqualTypeOf<RefundDecision>();
    expectTypeOf<Signatures<Evaluator>[3]>().toEqualTypeOf<RefundDecision>();
    expectTypeOf(evaluateRefund).toEqualTypeOf<Evaluator>();
    expectTypeOf(createEvaluator(bitrix24Policy)).toEqualTypeOf<Evaluator>();
  });

  it("the first signature's request is the contract's, so a typo in a typed request is a compile error", () => {
    type TypedRequest = Signatures<Evaluator>[0][0];
    // @ts-expect-error `refund` is not a field of an item: `refunded` is
    const typo: TypedRequest = { asOf: "2026-06-20", action: "refund", account: { currency: "EUR" }, items: [{ id: "k", type: "license_key", paid: { net: "1.00" }, refund: { net: "1.00" } }] };
    void typo;
  });

  it("accepts unknown input without a cast", () => {
    const body: unknown = JSON.parse("{}");
    const options: unknown = JSON.parse("null");
    expectTypeOf(evaluateRefund(body)).toEqualTypeOf<RefundDecision>();
    expectTypeOf(evaluateRefund(body, options)).toEqualTypeOf<RefundDecision>();
    expectTypeOf(createEvaluator(bitrix24Policy)(body, options)).toEqualTypeOf<RefundDecision>();
  });

  it("safeEvaluateRefund takes unknown input and answers with a union to narrow on ok", () => {
    expectTypeOf(safeEvaluateRefund).parameters.toEqualTypeOf<[request: unknown, options?: unknown, signing?: Signing | undefined]>();
    const result = safeEvaluateRefund(JSON.parse("{}") as unknown);
    expectTypeOf(result).toEqualTypeOf<SafeDecision>();
    if (result.ok) expectTypeOf(result.decision).toEqualTypeOf<RefundDecision>();
    else expectTypeOf(result.problems).toEqualTypeOf<readonly Problem[]>();
  });
});
