import { describe, expect, it } from "vitest";
import {
  isRefundPolicyError,
  bitrix24History,
  bitrix24Policy,
  createEvaluator,
  definePolicyHistory,
  evaluateRefund,
  safeEvaluateRefund,
} from "../../src/index.js";
import { LIBRARY_VERSION } from "../../src/rules/index.js";
import { licenseKey, marketplaceApp, request, subscription } from "../../src/testing/index.js";
import { goodwillPolicy } from "./fixtures.js";

const history = definePolicyHistory([
  { effectiveFrom: "2026-07-01", policy: goodwillPolicy },
  { effectiveFrom: "2026-01-01", policy: bitrix24Policy },
]);
const evaluate = createEvaluator(history);
const key = licenseKey({ net: "99.00" });

describe("a policy history picks the version in force", () => {
  it("decides with the older version the day before a change and the newer one from its effective date", () => {
    const before = evaluate(request({ asOf: "2026-06-30" }, key));
    const from = evaluate(request({ asOf: "2026-07-01" }, key));
    expect([before.outcome, before.policy.version, before.policy.effectiveFrom]).toEqual(["no_refund", "2026-11-26", "2026-01-01"]);
    expect([from.outcome, from.policy.version, from.policy.effectiveFrom]).toEqual(["refund", "2026-07-01", "2026-07-01"]);
    expect(from.policy.chosenBy).toEqual({ field: "asOf", date: "2026-07-01" });
  });

  it("refuses a request dated before the first version, naming the field and the first effective date", () => {
    expect(() => evaluate(request({ asOf: "2025-12-31" }, key))).toThrow(
      expect.objectContaining({ problems: [{ path: "asOf", code: "before_policy", message: "2025-12-31 is before the policy's first version, in force from 2026-01-01" }] }),
    );
  });

  it("picks by the earliest purchase when asked, and says which item's date picked it", () => {
    const bought = request({ asOf: "2026-08-01" }, key, marketplaceApp({ id: "app-1", purchasedOn: "2026-06-15" }), subscription({ id: "sub-9", start: "2026-06-20", end: "2026-07-20", cycle: "month" }));
    const decision = evaluate(bought, { versionDate: "purchase" });
    expect(decision.policy.chosenBy).toEqual({ field: "items[1].purchasedOn", date: "2026-06-15" });
    expect(decision.policy.version).toBe("2026-11-26");
    expect(decision.lines[0]!.outcome).toBe("no_refund");
  });

  it("falls back to asOf for the purchase date when no item carries one", () => {
    expect(evaluate(request({ asOf: "2026-08-01" }, key), { versionDate: "purchase" }).policy.chosenBy).toEqual({ field: "asOf", date: "2026-08-01" });
  });

  it("picks by a given date, and refuses a malformed one with every other problem", () => {
    expect(evaluate(request({ asOf: "2026-08-01" }, key), { versionDate: { date: "2026-03-01" } }).policy).toMatchObject({
      version: "2026-11-26",
      chosenBy: { field: "options.versionDate.date", date: "2026-03-01" },
    });
    const result = safeEvaluateRefund(request({ asOf: "2026-02-30" }, key), { versionDate: { date: "2026-13-01", on: 1 } });
    expect(result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      "asOf invalid_date",
      "options.versionDate.on unknown_field",
      "options.versionDate.date invalid_date",
    ]);
    const word = safeEvaluateRefund(request({}, key), { versionDate: "today" });
    expect(word.ok ? [] : word.problems.map((p) => `${p.path} ${p.code}`)).toEqual(["options.versionDate unknown_value"]);
  });

  it("reads a version's default options under the caller's, reading by reading", () => {
    const rounded = definePolicyHistory([{ effectiveFrom: "2026-01-01", policy: bitrix24Policy, defaultOptions: { rounding: "down", proration: { unit: "day" } } }]);
    const sub = subscription({ cycle: "year", start: "2026-01-01", end: "2027-01-01", net: "1000.00" });
    const migration = { ...request({ action: "migrate_to_on_premise", asOf: "2026-06-20" }, sub), migration: { status: "completed" as const, completedOn: "2026-06-20" } };
    const byDefault = createEvaluator(rounded)(migration);
    const explicit = evaluateRefund(migration, { rounding: "down", proration: { unit: "day" } });
    expect(byDefault.total).toEqual(explicit.total);
    expect(byDefault.policy.options).toBe(explicit.policy.options);
    const overridden = createEvaluator(rounded)(migration, { rounding: "up" });
    expect(overridden.policy.options).toBe(evaluateRefund(migration, { rounding: "up", proration: { unit: "day" } }).policy.options);
  });

  it("refuses to build a history without versions, with a repeated date, a malformed date or a defaulted versionDate", () => {
    expect(() => definePolicyHistory([])).toThrow("a policy history needs at least one version");
    expect(() => definePolicyHistory([{ effectiveFrom: "2026-01-01", policy: bitrix24Policy }, { effectiveFrom: "2026-01-01", policy: goodwillPolicy }])).toThrow(
      "two versions take effect on 2026-01-01",
    );
    expect(() => definePolicyHistory([{ effectiveFrom: "2026-1-01", policy: bitrix24Policy }])).toThrow('must be a real calendar date YYYY-MM-DD, not "2026-1-01"');
    expect(() => definePolicyHistory([{ effectiveFrom: "2026-01-01", policy: bitrix24Policy, defaultOptions: { versionDate: "purchase" } }])).toThrow(
      "versionDate picks the version",
    );
  });

  it("refuses, with the library's own error listing every problem, impossible dates, a policy that cannot work and bad default options", () => {
    const problems = (versions: unknown) => {
      try {
        definePolicyHistory(versions as never);
      } catch (error) {
        if (!isRefundPolicyError(error)) throw error;
        expect(error.code).toBe("invalid_policy");
        return error.problems.map((problem) => `${problem.path}: ${problem.code}`);
      }
      return [];
    };
    expect(problems([{ effectiveFrom: "2026-02-30", policy: bitrix24Policy }, { effectiveFrom: "0000-01-01", policy: bitrix24Policy }])).toEqual([
      "versions[0].effectiveFrom: invalid_date",
      "versions[1].effectiveFrom: invalid_date",
    ]);
    expect(problems([{ effectiveFrom: "2026-01-01", policy: { ...bitrix24Policy, modules: {} }, defaultOptions: { rounding: "nope" } }])).toEqual([
      "versions[0].policy.modules.subscription: missing",
      "versions[0].policy.modules.license_key: missing",
      "versions[0].policy.modules.telephony_credit: missing",
      "versions[0].policy.modules.marketplace_app: missing",
      "versions[0].policy.modules.incurred_charge: missing",
      "versions[0].defaultOptions.rounding: unknown_value",
    ]);
    expect(problems(null)).toEqual(["versions: missing"]);
    expect(problems([null])).toEqual(["versions[0]: wrong_type"]);
  });
});

describe("the built-in policy as a history", () => {
  it("is one version in force from 1970-01-01, and every decision says so with the library version and an options digest", () => {
    expect(bitrix24History.versions.map((v) => [v.effectiveFrom, v.policy.version])).toEqual([["1970-01-01", "2026-11-26"]]);
    const decision = evaluateRefund(request({}, key));
    expect(decision.policy).toEqual({
      id: "bitrix24",
      version: "2026-11-26",
      effectiveFrom: "1970-01-01",
      chosenBy: { field: "asOf", date: "2026-06-20" },
      library: LIBRARY_VERSION,
      options: expect.stringMatching(/^fnv1a64:[0-9a-f]{16}$/),
    });
    expect(LIBRARY_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("refuses a request dated before 1970", () => {
    const result = safeEvaluateRefund(request({ asOf: "1969-12-31" }, key));
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(["before_policy"]);
  });

  it("gives equal options one digest and different options another", () => {
    const digest = (options?: object) => evaluateRefund(request({}, key), options).policy.options;
    expect(digest()).toBe(digest({}));
    expect(digest()).toBe(digest({ rounding: "half_up", proration: { unit: "auto", completionDay: "used" }, versionDate: "asOf" }));
    expect(digest({ marketplace: { a: { terms: "prorated" }, b: { terms: "non_refundable" } } })).toBe(
      digest({ marketplace: { b: { terms: "non_refundable" }, a: { terms: "prorated" } } }),
    );
    const others = [{ rounding: "down" }, { proration: { unit: "day" } }, { proration: { completionDay: "unused" } }, { versionDate: "purchase" }, { marketplace: { a: { terms: "full_within_days", days: 14 } } }];
    expect(new Set([digest(), ...others.map(digest)]).size).toBe(others.length + 1);
  });
});
