import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bitrix24Policy, comparePolicies, definePolicyHistory, type ChangedDecision, type PolicyComparison, type RefundOptions } from "../../src/index.js";
import { Money } from "../../src/rules/index.js";
import { licenseKey, request, subscription, tax } from "../../src/testing/index.js";
import { accountRequest, goodwillPolicy } from "./fixtures.js";
import { ROUNDING_MODES } from "../../src/contract/options.js";

const options: fc.Arbitrary<RefundOptions> = fc.record({
  rounding: fc.constantFrom(...ROUNDING_MODES),
  proration: fc.record({ unit: fc.constantFrom("auto", "day", "month"), completionDay: fc.constantFrom("used", "unused") }),
});

/** Sums a per-currency delta map over clauses, exactly. */
function sumByClause(report: PolicyComparison): Record<string, string[]> {
  const sums = new Map<string, Money[]>();
  for (const entry of Object.values(report.byClause)) {
    for (const [currency, delta] of Object.entries(entry.delta)) {
      const [net, tax, gross] = sums.get(currency) ?? [Money.zero, Money.zero, Money.zero];
      sums.set(currency, [net!.plus(Money.parse(delta.net)), tax!.plus(Money.parse(delta.tax)), gross!.plus(Money.parse(delta.gross))]);
    }
  }
  return Object.fromEntries([...sums].map(([currency, [net, tax, gross]]) => [currency, [net!, tax!, gross!].map((m) => Money.parse(m.format(4)).format(4))]));
}

describe("comparing two sides over a corpus", () => {
  it("finds nothing changed when both sides are the same (a metamorphic law)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(accountRequest, { maxLength: 12 }), options, async (requests, side) => {
        const report = await comparePolicies(requests, { options: side }, { options: side });
        expect(report.changed).toBe(0);
        expect(report.delta).toEqual({});
        expect(report.byClause).toEqual({});
        expect(report.decided + report.refused).toBe(requests.length);
      }),
      { numRuns: 50 },
    );
  });

  it("changes only amounts when only the rounding mode changes: outcomes and counts stay", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(accountRequest, { maxLength: 12 }), options, fc.constantFrom(...ROUNDING_MODES), async (requests, side, rounding) => {
        const changes: ChangedDecision[] = [];
        const same = await comparePolicies(requests, { options: side }, { options: side });
        const report = await comparePolicies(requests, { options: side }, { options: { ...side, rounding } }, (change) => changes.push(change));
        expect([report.requests, report.decided, report.refused]).toEqual([same.requests, same.decided, same.refused]);
        for (const change of changes) {
          expect(change.b.outcome).toBe(change.a.outcome);
          for (const line of change.lines) expect(line.b.outcome).toBe(line.a.outcome);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("adds the per-clause deltas up to the total delta, exactly", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(accountRequest, { maxLength: 12 }), options, options, fc.boolean(), async (requests, a, b, newPolicy) => {
        const report = await comparePolicies(requests, { options: a }, { options: b, ...(newPolicy ? { policy: goodwillPolicy } : {}) });
        const total = Object.fromEntries(Object.entries(report.delta).map(([currency, d]) => [currency, [d.net, d.tax, d.gross].map((x) => Money.parse(x).format(4))]));
        const byClause = sumByClause(report);
        for (const currency of new Set([...Object.keys(total), ...Object.keys(byClause)])) {
          expect(byClause[currency] ?? ["0.0000", "0.0000", "0.0000"]).toEqual(total[currency] ?? ["0.0000", "0.0000", "0.0000"]);
        }
        const changedLines = Object.values(report.byClause).reduce((n, entry) => n + entry.changed, 0);
        expect(changedLines >= report.changed).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("reports the impact of a new policy version: counts, the delta B minus A per currency and per clause, and each changed request", async () => {
    const requests = [
      request({ currency: "EUR" }, licenseKey({ id: "key-1", net: "99.00" }), subscription()),
      request({ currency: "USD", account: { id: "acct-usd", currency: "USD" } }, licenseKey({ id: "key-2", net: "10.50" })),
      request({ currency: "EUR" }, subscription()),
      { asOf: "2026-02-30" },
    ];
    const changes: ChangedDecision[] = [];
    const history = definePolicyHistory([{ effectiveFrom: "2026-01-01", policy: goodwillPolicy }]);
    const report = await comparePolicies(requests, { policy: bitrix24Policy }, { policy: history }, (change) => changes.push(change));
    expect(report).toEqual({
      requests: 4,
      decided: 3,
      refused: 1,
      changed: 2,
      delta: { EUR: { net: "99.00", tax: "0.00", gross: "99.00" }, USD: { net: "10.50", tax: "0.00", gross: "10.50" } },
      byClause: {
        "products.non-refundable": {
          changed: 2,
          delta: { EUR: { net: "99.00", tax: "0.00", gross: "99.00" }, USD: { net: "10.50", tax: "0.00", gross: "10.50" } },
        },
      },
    });
    expect(changes.map((c) => [c.index, c.accountId, c.a.outcome, c.b.outcome, c.lines.map((l) => l.itemId)])).toEqual([
      [0, "acct-1", "no_refund", "partial_refund", ["key-1"]],
      [1, "acct-usd", "no_refund", "refund", ["key-2"]],
    ]);
  });

  it("keys a line whose clause changed by both clauses, and sums negative deltas", async () => {
    const sub = subscription({ id: "sub-1", net: "1200.00", taxes: [tax("VAT", "228.00", { rate: "0.19" })] });
    const migrated = { ...request({ action: "migrate_to_on_premise" }, sub), migration: { status: "completed" as const, completedOn: "2026-06-20" } };
    const report = await comparePolicies([migrated], { options: { proration: { unit: "day" } } }, { options: { proration: { unit: "month" } } });
    expect(report.changed).toBe(1);
    expect(Object.keys(report.byClause)).toEqual(["migration.partial-refund"]);
    expect(report.delta.EUR!.gross.startsWith("-")).toBe(true);
  });

  it("reads an async source, and refuses bad options before the first request", async () => {
    async function* source() {
      yield request({}, licenseKey());
    }
    expect((await comparePolicies(source(), {}, {})).requests).toBe(1);
    await expect(comparePolicies([], {}, { options: { rounding: "sideways" as "up" } })).rejects.toThrow("options.rounding");
  });
});
