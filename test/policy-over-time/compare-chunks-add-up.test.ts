// The command line's compare cuts its input into chunks, tallies each in a worker and absorbs the partial
// reports: the result must be the report of the whole corpus, whatever the cut and the order of absorbing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePolicies, type ComparisonSide } from "../../src/index.js";
import { ComparisonTally, comparisonEvaluators } from "../../src/replay/compare.js";
import { licenseKey, request, subscription } from "../../src/testing/index.js";
import { accountRequest, goodwillPolicy } from "./fixtures.js";

const A: ComparisonSide = { options: { rounding: "down" } };
const B: ComparisonSide = { options: { rounding: "up", proration: { unit: "day" } }, policy: goodwillPolicy };

/** The report of one chunk, tallied on its own. */
function chunkReport(requests: readonly unknown[], offset: number) {
  const both = comparisonEvaluators(A, B);
  const tally = new ComparisonTally();
  requests.forEach((input, i) => {
    const [a, b] = both(input, offset + i);
    tally.add(a, b, input, false);
  });
  return tally.report();
}

describe("ComparisonTally.absorb: partial reports add up to the whole corpus's report", () => {
  it("for any cut into chunks, absorbed in any order (reversed here)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(accountRequest, { maxLength: 10 }), fc.array(fc.nat(), { maxLength: 4 }), async (requests, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (requests.length + 1)))].sort((x, y) => x - y);
        const bounds = [0, ...points, requests.length];
        const parts = bounds.slice(1).map((end, i) => chunkReport(requests.slice(bounds[i], end), bounds[i]!));
        const tally = new ComparisonTally();
        for (const part of parts.reverse()) tally.absorb(part);
        expect(tally.report()).toEqual(await comparePolicies(requests, A, B));
      }),
    );
  });

  it("adds counts and deltas of the same clause and currency from two chunks, and keeps what only one has", () => {
    const first = {
      requests: 3,
      decided: 2,
      refused: 1,
      changed: 2,
      delta: { EUR: { net: "1.50", tax: "0.10", gross: "1.60" } },
      byClause: { "products.non-refundable": { changed: 2, delta: { EUR: { net: "1.50", tax: "0.10", gross: "1.60" } } } },
    };
    const second = {
      requests: 4,
      decided: 4,
      refused: 0,
      changed: 1,
      delta: { EUR: { net: "-2.00", tax: "0.00", gross: "-2.00" }, JPY: { net: "7", tax: "0", gross: "7" } },
      byClause: {
        "products.non-refundable": { changed: 1, delta: { EUR: { net: "-2.00", tax: "0.00", gross: "-2.00" } } },
        "charges.incurred": { changed: 3, delta: { JPY: { net: "7", tax: "0", gross: "7" } } },
      },
    };
    const tally = new ComparisonTally();
    tally.absorb(first);
    tally.absorb(second);
    expect(tally.report()).toEqual({
      requests: 7,
      decided: 6,
      refused: 1,
      changed: 3,
      delta: { EUR: { net: "-0.50", tax: "0.10", gross: "-0.40" }, JPY: { net: "7", tax: "0", gross: "7" } },
      byClause: {
        "charges.incurred": { changed: 3, delta: { JPY: { net: "7", tax: "0", gross: "7" } } },
        "products.non-refundable": { changed: 3, delta: { EUR: { net: "-0.50", tax: "0.10", gross: "-0.40" } } },
      },
    });
    // Absorbing an empty report changes nothing.
    tally.absorb(new ComparisonTally().report());
    expect(tally.report().requests).toBe(7);
  });
});

describe("ComparisonTally.add: what the command line's --details writes for each request", () => {
  const both = comparisonEvaluators({}, { policy: goodwillPolicy });
  const moved = request({}, licenseKey({ net: "99.00" }));
  const unmoved = request({}, subscription());

  it("gives the change record of a moved request by default, and just true when no record is wanted", () => {
    const [a, b] = both(moved, 0);
    expect(new ComparisonTally().add(a, b, moved)).toMatchObject({ index: 0, accountId: "acct-1", lines: [{ itemId: "key-1" }] });
    expect(new ComparisonTally().add(a, b, moved, false)).toBe(true);
  });

  it("gives nothing for a request that did not move, or that either side refused", () => {
    const tally = new ComparisonTally();
    expect(tally.add(...both(unmoved, 0), unmoved)).toBeUndefined();
    const [a, b] = both(moved, 1);
    const refused = { index: 1, ok: false as const, problems: [] };
    expect(tally.add(refused, b, moved)).toBeUndefined();
    expect(tally.add(a, refused, moved)).toBeUndefined();
    expect(tally.report()).toMatchObject({ requests: 3, decided: 1, refused: 2, changed: 0 });
  });

  it("records a change without an account id when the request is not at hand (a line that was not JSON never moves)", () => {
    const [a, b] = both(moved, 0);
    const change = new ComparisonTally().add(a, b);
    expect(change).toMatchObject({ index: 0, currency: "EUR" });
    expect("accountId" in (change as object)).toBe(false);
  });
});
