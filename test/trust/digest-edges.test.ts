// What the digests are taken over, and what they refuse: the decision digest leaves out only itself, the request
// digest reads null as absent, a key that cannot sign is one problem, and JSON that cannot be written is refused at
// its path with a sentence.
import { describe, expect, it } from "vitest";
import { evaluateRefund, safeEvaluateRefund } from "../../src/index.js";
import { canonicalJson, decisionDigest, digestOf, hmacSha256Hex, sealDecision, sha256Hex, signingProblems } from "../../src/digest/index.js";
import { canonicalRequestJson } from "../../src/digest/canonical-json.js";
import type { Problem } from "../../src/errors.js";
import { problemsThrownBy } from "../helpers.js";
import { contractRequest } from "../settlement/fixtures.js";


describe("a signing key", () => {
  const problem = { path: "signingKey", code: "wrong_type", message: "must be a non-empty string or Uint8Array (a secret key for HMAC-SHA256)" };

  it("that is empty or not a string or bytes is one problem at signingKey, and evaluateRefund refuses it", () => {
    for (const signingKey of ["", new Uint8Array(0), 42, null, ["k"]]) {
      expect(signingProblems({ signingKey } as never)).toEqual([problem]);
      const result = safeEvaluateRefund(contractRequest(), undefined, { signingKey } as never);
      expect(result.ok ? [] : result.problems).toEqual([problem]);
    }
  });

  it("that is a non-empty string or byte array, or absent, is no problem", () => {
    for (const signing of [{ signingKey: "k" }, { signingKey: new Uint8Array([1]) }, {}, undefined]) expect(signingProblems(signing)).toEqual([]);
  });

  it("as bytes signs as the same text as a string", () => {
    expect(hmacSha256Hex(new TextEncoder().encode("clé"), "é")).toBe(hmacSha256Hex("clé", "é"));
  });
});

describe("the decision digest", () => {
  it("is the digest of the decision with digests.decision left out, and of nothing else", () => {
    expect(decisionDigest({ a: 1 })).toBe(digestOf({ a: 1 }));
    expect(decisionDigest({ a: 1, digests: { request: "r", decision: "d" } })).toBe(digestOf({ a: 1, digests: { request: "r" } }));
    expect(decisionDigest({ a: 1, digests: { request: "r", decision: "other" } })).toBe(decisionDigest({ a: 1, digests: { request: "r", decision: "d" } }));
    expect(decisionDigest({ a: 1, digests: { request: "changed", decision: "d" } })).not.toBe(decisionDigest({ a: 1, digests: { request: "r", decision: "d" } }));
  });

  it("takes a digests field that is no object as it is", () => {
    for (const digests of ["s", ["x"], null, 0]) expect(decisionDigest({ a: 1, digests })).toBe(digestOf({ a: 1, digests }));
  });

  it("is the digest evaluateRefund writes, over the request's canonical JSON with null fields absent", () => {
    const request = contractRequest();
    const raw = { ...request, items: [{ ...request.items[0], label: null }, request.items[1]] };
    const decision = evaluateRefund(raw as never);
    expect(decision.digests.request).toBe(`sha256:${sha256Hex(canonicalRequestJson(raw))}`);
    expect(decision.digests.request).toBe(evaluateRefund(contractRequest()).digests.request);
    expect(decision.digests.decision).toBe(decisionDigest(decision));
    expect(decision.digests.decision).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("is refused, not thrown, when the request holds what JSON cannot, and anything else thrown is passed on", () => {
    const { digests: _omit, ...unsealed } = evaluateRefund(contractRequest());
    expect(sealDecision(unsealed, { asOf: 1n })).toEqual({ ok: false, problems: [{ path: "asOf", code: "wrong_type", message: "is a bigint, which JSON has no value for" }] });
    const boom = new Error("getter");
    const hostile = Object.defineProperty({}, "asOf", { enumerable: true, get: () => { throw boom; } });
    expect(() => sealDecision(unsealed, hostile)).toThrow(boom);
  });
});

describe("canonical JSON", () => {
  it("keeps null fields, and the request's form leaves them out (but not nulls in arrays)", () => {
    expect(canonicalJson({ b: null, a: [null] })).toBe('{"a":[null],"b":null}');
    expect(canonicalRequestJson({ b: null, a: [null], c: { d: null, e: 1 } })).toBe('{"a":[null],"c":{"e":1}}');
  });

  it("names where a value JSON cannot hold sits, and what it is", () => {
    const cycle: Record<string, unknown> = {};
    cycle["self"] = { list: [cycle] };
    const cases: [unknown, Problem][] = [
      [{ a: { b: Number.NaN } }, { path: "a.b", code: "wrong_type", message: "is NaN, which JSON has no number for" }],
      [{ a: [1, { c: [0, undefined] }] }, { path: "a[1].c[1]", code: "wrong_type", message: "is undefined, which JSON has no value for" }],
      [[Infinity], { path: "[0]", code: "wrong_type", message: "is Infinity, which JSON has no number for" }],
      [() => 1, { path: "", code: "wrong_type", message: "is a function, which JSON has no value for" }],
      [{ k: Symbol("s") }, { path: "k", code: "wrong_type", message: "is a symbol, which JSON has no value for" }],
      [cycle, { path: "self.list[0]", code: "wrong_type", message: "contains itself" }],
    ];
    for (const [value, problem] of cases) {
      expect(problemsThrownBy(() => canonicalJson(value))).toEqual([problem]);
      expect(problemsThrownBy(() => canonicalRequestJson(value))).toEqual([problem]);
    }
  });

  it("writes a value met twice (not a cycle) twice", () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared, shared] })).toBe('{"a":{"x":1},"b":[{"x":1},{"x":1}]}');
  });
});
