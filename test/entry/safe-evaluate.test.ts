import { describe, expect, it } from "vitest";
import { evaluateRefund, RefundPolicyError, safeEvaluateRefund } from "../../src/index.js";
import { licenseKey, migrationRequest, request, subscription } from "../../src/testing/index.js";

describe("safeEvaluateRefund: untrusted input in, the decision or every problem out, nothing thrown", () => {
  it("gives the same decision as evaluateRefund for a good request", () => {
    const good = migrationRequest({ completedOn: "2026-06-15" }, subscription());
    expect(safeEvaluateRefund(good)).toEqual({ ok: true, value: evaluateRefund(good), decision: evaluateRefund(good) });
    expect(safeEvaluateRefund(good, { rounding: "down" })).toEqual({ ok: true, value: evaluateRefund(good, { rounding: "down" }), decision: evaluateRefund(good, { rounding: "down" }) });
  });

  it("gives the same problems evaluateRefund would throw, as data", () => {
    const bad = JSON.parse('{"asOf":"2026-02-30","action":"refund","account":{"currency":"EUR"},"items":[{"id":"k","type":"license_key","paid":{"net":"1.001"}}]}');
    const result = safeEvaluateRefund(bad);
    expect(result.ok).toBe(false);
    let thrown: unknown;
    try {
      evaluateRefund(bad);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RefundPolicyError);
    expect(result).toEqual({ ok: false, problems: (thrown as RefundPolicyError).problems });
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(["asOf", "items[0].paid.net"]);
  });

  it.each([undefined, null, 42, "a request", [], () => ({})])("answers a request that is not an object (%s) with one problem, never a TypeError", (input) => {
    expect(safeEvaluateRefund(input)).toEqual({ ok: false, problems: [{ path: "", code: "wrong_type", message: "the request must be a JSON object" }] });
  });

  it("lists the options' problems together with the request's", () => {
    const result = safeEvaluateRefund({ ...request({}, licenseKey()), asOf: "soon" }, { rounding: "nearest" });
    expect(!result.ok && result.problems.map((p) => `${p.path} ${p.code}`)).toEqual(["asOf invalid_date", "options.rounding unknown_value"]);
  });

  it("refuses options that are not an object, and never changes the request it reads", () => {
    const good = request({}, licenseKey());
    const before = structuredClone(good);
    expect(safeEvaluateRefund(good, "half_up")).toEqual({ ok: false, problems: [{ path: "options", code: "wrong_type", message: "the options must be a JSON object" }] });
    expect(good).toEqual(before);
  });
});
