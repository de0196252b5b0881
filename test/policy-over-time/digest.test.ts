import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { request, subscription } from "../../src/testing/index.js";

/** FNV-1a 64, written the obvious way with BigInt: the digest a decision carries must be exactly this. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `fnv1a64:${hash.toString(16).padStart(16, "0")}`;
}

describe("the options digest a decision carries for replay", () => {
  it("is FNV-1a 64 of the options' canonical JSON: readings, version date, terms sorted by app id", () => {
    const plain = evaluateRefund(request({}, subscription()));
    expect(plain.policy.options).toBe(fnv1a64(JSON.stringify(["half_up", "auto", "used", "asOf", []])));
    const options = { rounding: "down", proration: { unit: "day", completionDay: "unused" }, marketplace: { "z.app": { terms: "prorated" }, "a.app": { terms: "full_within_days", days: 14 } } } as const;
    const tuned = evaluateRefund(request({}, subscription()), options);
    expect(tuned.policy.options).toBe(fnv1a64(JSON.stringify(["down", "day", "unused", "asOf", [["a.app", "full_within_days", 14], ["z.app", "prorated", null]]])));
  });

  it("tells apart any two sets of registered terms that differ, and not the order they were written in", () => {
    const terms = fc.dictionary(fc.stringMatching(/^[a-c]{1,3}$/), fc.record({ terms: fc.constant("full_within_days" as const), days: fc.integer({ min: 0, max: 3 }) }), { maxKeys: 4, noNullPrototype: true });
    fc.assert(
      fc.property(terms, terms, (a, b) => {
        const digest = (marketplace: typeof a) => evaluateRefund(request({}, subscription()), { marketplace }).policy.options;
        const reversed = Object.fromEntries(Object.entries(a).reverse());
        expect(digest(reversed)).toBe(digest(a));
        const canonical = (m: typeof a) => JSON.stringify(Object.entries(m).sort(([x], [y]) => (x < y ? -1 : 1)));
        const same = canonical(a) === canonical(b);
        expect(digest(a) === digest(b)).toBe(same);
      }),
    );
  });
});
