import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { request, subscription } from "../../src/testing/index.js";

/** SHA-256 by Node's own crypto (an oracle independent of the library's hash package). */
function sha256(text: string): string {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}

describe("the options digest a decision carries for replay", () => {
  it("is the SHA-256 of the options' canonical JSON (RFC 8785): readings, version date, terms by app id", () => {
    const plain = evaluateRefund(request({}, subscription()));
    expect(plain.policy.options).toBe(sha256('{"marketplace":{},"proration":{"completionDay":"used","unit":"auto"},"rounding":"half_up","versionDate":"asOf"}'));
    const options = { rounding: "down", proration: { unit: "day", completionDay: "unused" }, marketplace: { "z.app": { terms: "prorated" }, "a.app": { terms: "full_within_days", days: 14 } } } as const;
    const tuned = evaluateRefund(request({}, subscription()), options);
    expect(tuned.policy.options).toBe(
      sha256('{"marketplace":{"a.app":{"days":14,"terms":"full_within_days"},"z.app":{"terms":"prorated"}},"proration":{"completionDay":"unused","unit":"day"},"rounding":"down","versionDate":"asOf"}'),
    );
    const dated = evaluateRefund(request({}, subscription()), { versionDate: { date: "2026-01-01" } });
    expect(dated.policy.options).toBe(sha256('{"marketplace":{},"proration":{"completionDay":"used","unit":"auto"},"rounding":"half_up","versionDate":{"date":"2026-01-01"}}'));
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
