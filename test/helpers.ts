// Helpers shared by the suites: the problems of a refused request, and fixtures several suites start from.
// The fast-check arbitraries live next door, in ./arbitraries.ts.
import { expect } from "vitest";
import { evaluateRefund, RefundPolicyError, type Problem, type RefundOptions } from "../src/index.js";
import { checkDecision, migrationRequest, subscription } from "../src/testing/index.js";

/** The problems of the one RefundPolicyError `run` must throw (any other error, or none, fails the test). */
export function problemsThrownBy(run: () => unknown, refused = "expected a refusal"): Problem[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RefundPolicyError);
    return [...(error as RefundPolicyError).problems];
  }
  throw new Error(refused);
}

/** The problems of a request that must be refused. */
export function problemsOf(input: unknown, options?: unknown): Problem[] {
  return problemsThrownBy(() => evaluateRefund(input as never, options as never), "expected the request to be refused");
}

/** The code of the problem a refused request has at `path`, if any. */
export const codeAt = (input: unknown, path: string, options?: unknown) => problemsOf(input, options).find((p) => p.path === path)?.code;

/** The refund of a line that refunds nothing. */
export const ZERO = { net: "0.00", tax: "0.00", gross: "0.00", taxes: [] };

/** The first line of a completed migration on `completedOn`. */
export function migrate(completedOn: string, sub: ReturnType<typeof subscription>, options?: RefundOptions, currency?: string) {
  const decision = evaluateRefund(migrationRequest({ completedOn, asOf: "2029-12-31", ...(currency ? { currency } : {}) }, sub), options);
  expect(checkDecision(decision)).toEqual([]);
  return decision.lines[0]!;
}

/**
 * A decision without its digests: what two requests spelled differently (`"2388.0000"`, an instant)
 * but read alike must agree on. Their digests differ, since a request's digest is of the request as sent.
 */
export function withoutDigests<T extends { digests?: unknown }>(decision: T): Omit<T, "digests"> {
  const { digests: _digests, ...rest } = decision;
  return rest;
}
