// comparePolicies and the command line's compare read each request once for both sides when that cannot
// change the answer; these tests pin what a user relies on: each side decides exactly as it would alone,
// with its own MarketPlace terms (declarative or custom) and its own policy version's default options.
import { describe, expect, it } from "vitest";
import {
  bitrix24Policy,
  comparePolicies,
  definePolicy,
  definePolicyHistory,
  evaluateMany,
  type ComparisonSide,
  type MarketplaceVerdict,
  type RefundOptions,
} from "../../src/index.js";
import { comparisonEvaluators } from "../../src/replay/compare.js";
import { licenseKey, marketplaceApp, migrationRequest, request, subscription, tax } from "../../src/testing/index.js";

const APP = "acme.crm-sync"; // the testing builders' app: bought 2026-06-01 for 30.00 net; requests are as of 2026-06-20
const terms = (entry: NonNullable<RefundOptions["marketplace"]>[string]): RefundOptions => ({ marketplace: { [APP]: entry } });
const ZERO = { net: "0.00", tax: "0.00", gross: "0.00" };

describe("comparing MarketPlace terms: each side decides an app with its own terms", () => {
  it("moves an app's line when only side B registers terms that refund it", async () => {
    const report = await comparePolicies([request({}, marketplaceApp())], {}, { options: terms({ terms: "full_within_days", days: 30 }) });
    const delta = { EUR: { net: "30.00", tax: "0.00", gross: "30.00" } };
    expect(report).toEqual({ requests: 1, decided: 1, refused: 0, changed: 1, delta, byClause: { "marketplace.developer-policy": { changed: 1, delta } } });
  });

  it("counts a line whose outcome changes while its money does not (refer_to_developer -> no_refund)", async () => {
    const report = await comparePolicies([request({}, marketplaceApp())], {}, { options: terms({ terms: "non_refundable" }) });
    expect(report).toEqual({
      requests: 1,
      decided: 1,
      refused: 0,
      changed: 1,
      delta: { EUR: ZERO },
      byClause: { "marketplace.developer-policy": { changed: 1, delta: { EUR: ZERO } } },
    });
  });

  it("counts a request as refused when only one side's terms refuse it (prorated terms need the app's period)", async () => {
    const withoutPeriod = request({}, marketplaceApp());
    const prorated = { options: terms({ terms: "prorated" }) };
    for (const [a, b] of [
      [{}, prorated],
      [prorated, {}],
    ] as [ComparisonSide, ComparisonSide][]) {
      const report = await comparePolicies([withoutPeriod, request({}, licenseKey())], a, b);
      expect([report.requests, report.decided, report.refused, report.changed]).toEqual([2, 1, 1, 0]);
    }
  });

  it("calls each side's own custom terms, never the other side's", async () => {
    const calls = { a: 0, b: 0 };
    const nothing = terms({ terms: "custom", evaluate: (): MarketplaceVerdict => (calls.a++, { outcome: "no_refund" }) });
    const twelve = terms({ terms: "custom", evaluate: (): MarketplaceVerdict => (calls.b++, { outcome: "refund", net: "12.00" }) });
    const report = await comparePolicies([request({}, marketplaceApp())], { options: nothing }, { options: twelve });
    expect(report.changed).toBe(1);
    expect(report.delta).toEqual({ EUR: { net: "12.00", tax: "0.00", gross: "12.00" } });
    expect(calls).toEqual({ a: 1, b: 1 });
    // The same function on both sides moves nothing.
    expect((await comparePolicies([request({}, marketplaceApp())], { options: twelve }, { options: twelve })).changed).toBe(0);
  });

  it("applies each policy version's default options on its own side, also when both sides' terms are the same", async () => {
    const rounded = (rounding: NonNullable<RefundOptions["rounding"]>) =>
      definePolicyHistory([{ effectiveFrom: "1970-01-01", policy: definePolicy({ ...bitrix24Policy, version: "2026-01-01" }), defaultOptions: { rounding, proration: { unit: "day" } } }]);
    // 1000.00 × 199 unused days / 365 is 545.205…: "down" and "up" part by one cent.
    const migrated = migrationRequest({ completedOn: "2026-06-15" }, subscription({ id: "sub-1", net: "1000.00" }));
    const report = await comparePolicies([migrated], { policy: rounded("down") }, { policy: rounded("up") });
    expect(report).toMatchObject({ requests: 1, decided: 1, refused: 0, changed: 1, delta: { EUR: { net: "0.01", tax: "0.00", gross: "0.01" } } });
  });
});

describe("comparisonEvaluators: both sides answer each request exactly as evaluating that side alone would", () => {
  const custom = (net: string): RefundOptions => terms({ terms: "custom", evaluate: () => ({ outcome: "refund", net }) });
  const history = definePolicyHistory([
    { effectiveFrom: "1970-01-01", policy: bitrix24Policy },
    { effectiveFrom: "2026-06-01", policy: definePolicy({ ...bitrix24Policy, version: "2026-06-01" }), defaultOptions: { rounding: "up", ...terms({ terms: "full_within_days", days: 30 }) } },
  ]);
  const sides: Record<string, ComparisonSide> = {
    defaults: {},
    "no terms, half_even": { options: { rounding: "half_even" } },
    "full within 30 days": { options: terms({ terms: "full_within_days", days: 30 }) },
    "full within 30 days, by the purchase date": { options: { ...terms({ terms: "full_within_days", days: 30 }), versionDate: "purchase" } },
    prorated: { options: terms({ terms: "prorated" }) },
    "custom 5.00": { options: custom("5.00") },
    "custom 7.00": { options: custom("7.00") },
    // Custom terms beside another app's declarative terms: the options' JSON alike, the functions not.
    "custom 5.00 beside beta.forms prorated": { options: { marketplace: { ...custom("5.00").marketplace, "beta.forms": { terms: "prorated" } } } },
    "custom 7.00 beside beta.forms prorated": { options: { marketplace: { ...custom("7.00").marketplace, "beta.forms": { terms: "prorated" } } } },
    "a history that starts in 2027": { policy: definePolicyHistory([{ effectiveFrom: "2027-01-01", policy: bitrix24Policy }]) },
    "a history with default options": { policy: history },
    "a history, prorated terms": { policy: history, options: terms({ terms: "prorated" }) },
  };
  const sub = subscription({ id: "sub-1", net: "1200.00", taxes: [tax("VAT", "228.00", { rate: "0.19" })] });
  const requests: [string, unknown][] = [
    ["an app without a period", request({}, marketplaceApp(), licenseKey())],
    ["an app with a period", request({}, marketplaceApp({ start: "2026-06-01", end: "2026-07-01" }), sub)],
    ["a migration", migrationRequest({ completedOn: "2026-06-15" }, sub, marketplaceApp({ start: "2026-06-01", end: "2026-07-01" }))],
    ["an invalid request", { ...request({}, licenseKey()), asOf: "2026-02-30" }],
    ["before the history's versions part", request({ asOf: "2026-05-20" }, marketplaceApp(), sub)],
  ];
  const alone = (side: ComparisonSide, input: unknown, index: number) => ({ ...[...evaluateMany([input], side)][0]!, index });

  for (const [nameA, a] of Object.entries(sides)) {
    it(`side A ${nameA}, against every side B`, () => {
      for (const b of Object.values(sides)) {
        const both = comparisonEvaluators(a, b);
        requests.forEach(([, input], index) => {
          expect(both(input, index + 3)).toEqual([alone(a, input, index + 3), alone(b, input, index + 3)]);
        });
      }
    });
  }
});
