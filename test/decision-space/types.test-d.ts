import { describe, expectTypeOf, it } from "vitest";
import type { LineReason, MarketplaceAppView, ProblemCode } from "../../src/index.js";

describe("the types issue 11 adds", () => {
  it("tells custom terms the decision's status", () => {
    expectTypeOf<MarketplaceAppView["status"]>().toEqualTypeOf<"estimate" | "final">();
  });

  it("names the new reason and problem codes", () => {
    expectTypeOf<"rounds_to_zero">().toExtend<LineReason>();
    expectTypeOf<"tax_rate_mismatch" | "no_telephony_credit">().toExtend<ProblemCode>();
  });
});
