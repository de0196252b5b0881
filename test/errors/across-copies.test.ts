import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// The built ESM and CJS files, loaded side by side in one process: two copies of every class.
type Library = typeof import("../../src/index.js");
const esm = (await import("../../dist/index.js")) as unknown as Library;
const cjs = createRequire(import.meta.url)("../../dist/index.cjs") as Library;

function thrownBy(library: Library): unknown {
  try {
    library.evaluateRefund({} as never);
  } catch (error) {
    return error;
  }
  throw new Error("a bad request was accepted");
}

describe("RefundPolicyError across the ESM and CJS copies of the library", () => {
  it("loads two distinct classes, so the test below means something", () => {
    expect(esm.RefundPolicyError).not.toBe(cjs.RefundPolicyError);
  });

  it("is an instance of either copy's class, whichever copy threw it", () => {
    for (const error of [thrownBy(esm), thrownBy(cjs)]) {
      expect(error instanceof esm.RefundPolicyError).toBe(true);
      expect(error instanceof cjs.RefundPolicyError).toBe(true);
      expect(esm.isRefundPolicyError(error)).toBe(true);
      expect(cjs.isRefundPolicyError(error)).toBe(true);
    }
  });

  it("is not claimed by either copy for an ordinary error or a look-alike without the brand", () => {
    const lookAlike = Object.assign(Object.create(Error.prototype) as Error, { name: "RefundPolicyError", problems: [] });
    for (const value of [new Error("x"), new TypeError("x"), lookAlike, { problems: [] }, null, undefined, "RefundPolicyError"]) {
      expect(value instanceof esm.RefundPolicyError).toBe(false);
      expect(value instanceof cjs.RefundPolicyError).toBe(false);
    }
  });

  it("keeps the ordinary instanceof for a subclass a caller derives", () => {
    class AppError extends esm.RefundPolicyError {}
    expect(new AppError([]) instanceof AppError).toBe(true);
    expect(new AppError([]) instanceof esm.RefundPolicyError).toBe(true);
    expect(thrownBy(esm) instanceof AppError).toBe(false);
  });
});
