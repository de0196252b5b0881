// The entry points' promises (docs/errors.md): createEvaluator refuses a policy or policy history that cannot
// work when it is made (code "invalid_policy"), its evaluator and evaluateRefund throw one RefundPolicyError
// (code "invalid_request") listing every problem of the request and its options, and safeEvaluateRefund gives
// the same problems as data.
import { describe, expect, it } from "vitest";
import {
  bitrix24Policy,
  createEvaluator,
  definePolicy,
  evaluateRefund,
  RefundPolicyError,
  safeEvaluateRefund,
  type PolicyHistory,
  type RefundPolicy,
} from "../../src/index.js";
import { licenseKey, migrationRequest, request, subscription } from "../../src/testing/index.js";

/** The error a call throws (it must throw a RefundPolicyError). */
function thrown(call: () => unknown): RefundPolicyError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(RefundPolicyError);
    return error as RefundPolicyError;
  }
  throw new Error("nothing was thrown");
}

const { subscription: _subscriptionModule, ...withoutSubscription } = bitrix24Policy.modules;
const broken = { ...bitrix24Policy, version: "2027-01-01", modules: withoutSubscription } as unknown as RefundPolicy;
const later = definePolicy({ ...bitrix24Policy, version: "2027-01-01" });
/** A history written as a plain object (JavaScript, or assembled from data), never checked by definePolicyHistory. */
const plainHistory = (policy: RefundPolicy): PolicyHistory =>
  ({ kind: "history", versions: [{ effectiveFrom: "1970-01-01", policy: bitrix24Policy }, { effectiveFrom: "2027-01-01", policy }] }) as unknown as PolicyHistory;

describe("createEvaluator checks the policy once, when the evaluator is made", () => {
  it("refuses a plain policy history with a version that cannot work, as invalid_policy naming what is missing", () => {
    const error = thrown(() => createEvaluator(plainHistory(broken)));
    expect(error.code).toBe("invalid_policy");
    expect(error.message).toMatch(/^Invalid refund policy: /);
    expect(error.problems.map((p) => [p.path, p.code])).toEqual([["modules.subscription", "missing"]]);
  });

  it("accepts a plain policy history whose versions all work, and decides each date by the version in force", () => {
    const evaluate = createEvaluator(plainHistory(later));
    expect(evaluate(request({ asOf: "2026-06-20" }, licenseKey())).policy).toMatchObject({ version: bitrix24Policy.version, effectiveFrom: "1970-01-01" });
    expect(evaluate(request({ asOf: "2027-03-01" }, licenseKey())).policy).toMatchObject({ version: "2027-01-01", effectiveFrom: "2027-01-01" });
  });

  it("refuses a single policy that cannot work, as invalid_policy", () => {
    const error = thrown(() => createEvaluator(broken));
    expect(error.code).toBe("invalid_policy");
    expect(error.problems.map((p) => p.path)).toEqual(["modules.subscription"]);
  });
});

describe("an evaluator and evaluateRefund throw one invalid_request error listing every problem", () => {
  const bad = { ...request({}, licenseKey({ net: "1.001" })), asOf: "2026-02-30" };
  const entries: [string, (input: unknown, options?: unknown) => unknown][] = [
    ["evaluateRefund", evaluateRefund],
    ["createEvaluator(bitrix24Policy)", createEvaluator(bitrix24Policy)],
  ];

  it.each(entries)("%s: a bad request", (_name, evaluate) => {
    const error = thrown(() => evaluate(bad));
    expect(error.code).toBe("invalid_request");
    expect(error.message).toMatch(/^Invalid refund request: /);
    expect(error.problems.map((p) => `${p.path} ${p.code}`)).toEqual(["asOf invalid_date", "items[0].paid.net too_many_decimals"]);
  });

  it.each(entries)("%s: bad options with a good request give the options' problems only", (_name, evaluate) => {
    const error = thrown(() => evaluate(request({}, licenseKey()), { rounding: "nearest", proration: { unit: "week" } }));
    expect(error.code).toBe("invalid_request");
    expect(error.problems.map((p) => `${p.path} ${p.code}`)).toEqual(["options.rounding unknown_value", "options.proration.unit unknown_value"]);
  });

  it.each(entries)("%s: bad options and a bad request give the request's problems, then the options'", (_name, evaluate) => {
    const error = thrown(() => evaluate(bad, { rounding: "nearest" }));
    expect(error.problems.map((p) => `${p.path} ${p.code}`)).toEqual(["asOf invalid_date", "items[0].paid.net too_many_decimals", "options.rounding unknown_value"]);
  });

  it.each(entries)("%s: the options given decide (a rounding mode changes the cent)", (_name, evaluate) => {
    const migrated = migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "1000.00" }));
    const down = evaluate(migrated, { rounding: "down", proration: { unit: "day" } }) as ReturnType<typeof evaluateRefund>;
    const up = evaluate(migrated, { rounding: "up", proration: { unit: "day" } }) as ReturnType<typeof evaluateRefund>;
    expect([down.total.net, up.total.net]).toEqual(["545.20", "545.21"]);
  });
});

describe("safeEvaluateRefund answers as data what evaluateRefund would throw", () => {
  it("gives the options' problems of a good request, and reads the request under the default options meanwhile", () => {
    expect(safeEvaluateRefund(request({}, licenseKey()), { rounding: "nearest" })).toEqual({
      ok: false,
      problems: [{ path: "options.rounding", code: "unknown_value", message: expect.any(String), expected: expect.any(String), received: '"nearest"' }],
    });
    // A field read past only under unknownFields "ignore": with options that are refused, the request is read strictly.
    const withTypo = { ...request({}, licenseKey()), autoRenewal: true };
    const result = safeEvaluateRefund(withTypo, { unknownFields: "ignore", rounding: "nearest" });
    expect(!result.ok && result.problems.map((p) => `${p.path} ${p.code}`)).toEqual(["autoRenewal unknown_field", "options.rounding unknown_value"]);
  });
});
