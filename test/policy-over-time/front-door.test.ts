// The front door: a history's version is picked from a light read of the dates that choose it, then the
// request is read once, with that version's options.
import { describe, expect, it } from "vitest";
import { bitrix24Policy, createEvaluator, definePolicy, definePolicyHistory, evaluateRefund, safeEvaluateRefund } from "../../src/index.js";
import { licenseKey, marketplaceApp, request, subscription } from "../../src/testing/index.js";

const later = definePolicy({ ...bitrix24Policy, version: "2025-01-01" });
const codes = (result: ReturnType<typeof safeEvaluateRefund>) => (result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`));

describe("versionDate \"purchase\" reads each item's purchase date the way the request's reader does", () => {
  it("takes the earliest purchase date, whichever item carries it, and the first of two equal ones", () => {
    const app = marketplaceApp({ purchasedOn: "2026-03-01" });
    const sub = subscription({ start: "2026-01-01", end: "2027-01-01" });
    expect(evaluateRefund(request({}, app, sub), { versionDate: "purchase" }).policy.chosenBy).toEqual({ field: "items[1].period.start", date: "2026-01-01" });
    expect(evaluateRefund(request({}, sub, app), { versionDate: "purchase" }).policy.chosenBy).toEqual({ field: "items[0].period.start", date: "2026-01-01" });
    const sameDay = marketplaceApp({ id: "app-2", purchasedOn: "2026-01-01" });
    expect(evaluateRefund(request({}, sameDay, sub), { versionDate: "purchase" }).policy.chosenBy.field).toBe("items[0].purchasedOn");
  });

  it("reads an instant in the account's time zone", () => {
    const sub = subscription({ start: "2025-01-01T03:00:00Z", end: "2026-01-01" });
    const decision = evaluateRefund(request({ account: { currency: "EUR", timeZone: "America/Los_Angeles" } }, sub), { versionDate: "purchase" });
    expect(decision.policy.chosenBy).toEqual({ field: "items[0].period.start", date: "2024-12-31" });
  });

  it("refuses an item it cannot read for its own problems, with no TypeError, whatever its type says", () => {
    for (const type of ["constructor", "__proto__", 5]) {
      const result = safeEvaluateRefund({ ...request({}, licenseKey()), items: [{ id: "x", type }, "not an item"] }, { versionDate: "purchase" });
      expect(codes(result)).toEqual(["items[0].type:unknown_value", "items[1]:wrong_type"]);
    }
  });
});

describe("a request before a history's first version", () => {
  const evaluate = createEvaluator(definePolicyHistory([{ effectiveFrom: "2025-01-01", policy: later }]));
  const safe = (input: unknown) => {
    try {
      return evaluate(input);
    } catch (error) {
      return (error as { problems: { path: string; code: string }[] }).problems.map((p) => `${p.path}:${p.code}`);
    }
  };

  it("is refused with before_policy when nothing else is wrong", () => {
    expect(safe(request({ asOf: "2024-12-31" }, licenseKey()))).toEqual(["asOf:before_policy"]);
  });

  it("is refused for its own problems first: a date that does not exist, an unknown currency", () => {
    expect(safe(request({ asOf: "2024-02-30" }, licenseKey()))).toEqual(["asOf:invalid_date"]);
    expect(safe(request({ asOf: "2024-12-31", currency: "XXY" }, licenseKey()))).toEqual(["account.currency:unknown_currency"]);
    expect(safe("not a request")).toEqual([":wrong_type"]);
  });
});

describe("the request is read once, with the chosen version's options", () => {
  const prorating = definePolicyHistory([
    { effectiveFrom: "1970-01-01", policy: bitrix24Policy },
    { effectiveFrom: "2025-01-01", policy: later, defaultOptions: { marketplace: { "acme.crm-sync": { terms: "prorated" } } } },
  ]);
  const evaluate = createEvaluator(prorating);
  const app = marketplaceApp({ appId: "acme.crm-sync", purchasedOn: "2024-06-01" });

  it("asks for what the version's terms need (a prorated app's period), and only under that version", () => {
    expect(() => evaluate(request({ asOf: "2026-06-20" }, app))).toThrowError(expect.objectContaining({ problems: [expect.objectContaining({ path: "items[0].period", code: "missing" })] }));
    expect(evaluate(request({ asOf: "2024-06-20" }, app)).lines[0]?.outcome).toBe("refer_to_developer");
  });

  it("decides under the version's terms when the request has what they need", () => {
    const withPeriod = marketplaceApp({ appId: "acme.crm-sync", purchasedOn: "2026-01-01", start: "2026-01-01", end: "2027-01-01" });
    const decision = evaluate(request({ asOf: "2026-06-20" }, withPeriod));
    expect(decision.policy.effectiveFrom).toBe("2025-01-01");
    expect(decision.lines[0]?.calculation?.unit).toBeDefined();
  });
});
