import { describe, expect, it } from "vitest";
import { evaluateMany, evaluateRefund, evaluateStream, RefundPolicyError } from "../src/index.js";
import { migrationRequest, request, subscription } from "../src/testing/index.js";

describe("batch evaluation", () => {
  const good = migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00" }));

  it("evaluates an iterable lazily, yielding problems for a bad request and going on", () => {
    const results = [...evaluateMany([good, { asOf: "nope" }, request()])];
    expect(results.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
    expect(results[0]).toEqual({ index: 0, ok: true, decision: evaluateRefund(good) });
    expect(results[1]?.ok === false && results[1].problems.map((p) => p.path)).toContain("asOf");
  });

  it("pulls one request at a time from an endless source", () => {
    function* endless() {
      for (let i = 0; ; i++) yield good;
    }
    let count = 0;
    for (const result of evaluateMany(endless())) {
      expect(result.ok).toBe(true);
      if (++count === 1000) break;
    }
    expect(count).toBe(1000);
  });

  it("evaluates an async iterable with the options and policy given", async () => {
    async function* source() {
      yield good;
      yield good;
    }
    const results = [];
    for await (const result of evaluateStream(source(), { options: { proration: { unit: "day" } } })) results.push(result);
    expect(results.map((r) => [r.index, r.ok && r.decision.total.net])).toEqual([
      [0, "1301.95"],
      [1, "1301.95"],
    ]);
  });

  it("refuses bad options before the first request", () => {
    expect(() => evaluateMany([good], { options: { rounding: "nope" as never } }).next()).toThrow(RefundPolicyError);
  });

  it("lets an error that is not the library's escape", () => {
    const options = { marketplace: { x: { terms: "custom" as const, evaluate: () => { throw new RangeError("developer bug"); } } } };
    const app = { id: "a", type: "marketplace_app" as const, appId: "x", purchasedOn: "2026-06-01", paid: { net: "1.00" } };
    expect(() => [...evaluateMany([request({}, app)], { options })]).toThrow("developer bug");
  });
});
