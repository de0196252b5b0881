// The options are read first: every field checked, exact messages, problems reported with the request's.
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { marketplaceApp, migrationRequest, request, subscription } from "../../src/testing/index.js";
import { codeAt, problemsOf } from "../helpers.js";

describe("options, exact messages and edges", () => {
  it("refuses non-object options and terms", () => {
    expect(problemsOf(request(), "fast")).toEqual([{ path: "options", code: "wrong_type", message: "the options must be a JSON object" }]);
    expect(problemsOf(request(), { marketplace: { x: 5 } })).toEqual([
      { path: 'options.marketplace["x"]', code: "wrong_type", message: 'an app\'s terms must be an object such as { "terms": "non_refundable" }' },
    ]);
    expect(problemsOf(request(), { marketplace: { x: {} } })).toEqual([{ path: 'options.marketplace["x"].terms', code: "missing", message: "is required" }]);
    expect(problemsOf(request(), { marketplace: { x: { terms: "custom" } } })).toEqual([
      { path: 'options.marketplace["x"].evaluate', code: "wrong_type", message: "custom terms need an evaluate function (TypeScript API only)" },
    ]);
    expect(problemsOf(request(), { proration: { step: 1 } })).toEqual([{ path: "options.proration.step", code: "unknown_field", message: "is not a field of options.proration" }]);
    expect(problemsOf(request(), { proration: 5 })[0]).toMatchObject({ path: "options.proration", code: "wrong_type" });
    expect(problemsOf(request(), { marketplace: 5 })[0]).toMatchObject({ path: "options.marketplace", code: "wrong_type" });
    expect(problemsOf(request(), { marketplace: { x: { terms: "prorated", days: 3 } } })[0]).toMatchObject({ path: 'options.marketplace["x"].days', code: "unknown_field" });
  });

  it.each([
    [0, true],
    [3660, true],
    [-1, false],
    [3661, false],
    ["14", false],
  ])("takes full_within_days with days = %j: %s", (days, ok) => {
    const run = () => evaluateRefund(request({}, marketplaceApp()), { marketplace: { "acme.crm-sync": { terms: "full_within_days", days: days as number } } });
    if (ok) expect(run).not.toThrow();
    else expect(problemsOf(request({}, marketplaceApp()), { marketplace: { "acme.crm-sync": { terms: "full_within_days", days } } })).toEqual([
      { path: 'options.marketplace["acme.crm-sync"].days', code: "wrong_type", message: "must be a whole number of days from 0 to 3660" },
    ]);
  });

  it("applies every option it is given, and the defaults otherwise", () => {
    const june = subscription({ cycle: "month", start: "2026-06-01", end: "2026-06-04", net: "10.00" });
    const at = (options?: object) => evaluateRefund(migrationRequest({ completedOn: "2026-06-01" }, june), options as never).total.net;
    expect(at()).toBe("6.67");
    expect(at({ rounding: "down" })).toBe("6.66");
    expect(at({ proration: { completionDay: "unused" } })).toBe("10.00");
    expect(at({ proration: { unit: "month" } })).toBe("0.00");
    expect(at({ proration: {} })).toBe("6.67");
  });
});

describe("bad options", () => {
  it("refuses bad options with paths under options", () => {
    const problems = problemsOf(request(), {
      rounding: "bankers",
      proration: { unit: "week", completionDay: "maybe" },
      marketplace: { "a.b": { terms: "full_within_days" }, "c.d": { terms: "free" }, "e.f": "none", "g.h": { terms: "custom" } },
      extra: 1,
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["options.extra", "unknown_field"],
      ["options.rounding", "unknown_value"],
      ["options.proration.unit", "unknown_value"],
      ["options.proration.completionDay", "unknown_value"],
      ['options.marketplace["a.b"].days', "missing"],
      ['options.marketplace["c.d"].terms', "unknown_value"],
      ['options.marketplace["e.f"]', "wrong_type"],
      ['options.marketplace["g.h"].evaluate', "wrong_type"],
    ]);
    expect(codeAt(request(), "options", [])).toBe("wrong_type");
    expect(codeAt(request(), 'options.marketplace["x"].days', { marketplace: { x: { terms: "full_within_days", days: 1.5 } } })).toBe("wrong_type");
  });

  it("reports problems of the request and of the options together", () => {
    const problems = problemsOf({ ...request(), asOf: "nope" }, { rounding: "nope" });
    expect(problems.map((p) => p.path)).toEqual(["asOf", "options.rounding"]);
  });
});
