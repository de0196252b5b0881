// A policy history is refused, with every problem at its own path, for versions that are not versions, dates that
// are not dates or repeat, policies that cannot work, and a default versionDate; a good one is kept in date order,
// whatever order its versions were written in.
import { describe, expect, it } from "vitest";
import { bitrix24Policy, definePolicyHistory } from "../../src/index.js";
import { asHistory, isHistory } from "../../src/policy/history.js";
import { problemsThrownBy } from "../helpers.js";


describe("definePolicyHistory refuses", () => {
  it("a version that is no object, naming its place and shape", () => {
    expect(problemsThrownBy(() => definePolicyHistory([null, "v"] as never))).toEqual([
      { path: "versions[0]", code: "wrong_type", message: "must be { effectiveFrom, policy, defaultOptions? }" },
      { path: "versions[1]", code: "wrong_type", message: "must be { effectiveFrom, policy, defaultOptions? }" },
    ]);
  });

  it("a date that is not one, and a date given twice, at the later version", () => {
    const problems = problemsThrownBy(() =>
      definePolicyHistory([
        { effectiveFrom: "2026-01-01", policy: bitrix24Policy },
        { effectiveFrom: "2026-02-30", policy: bitrix24Policy },
        { effectiveFrom: 20260101 as never, policy: bitrix24Policy },
        { effectiveFrom: "2026-01-01", policy: bitrix24Policy },
      ]),
    );
    expect(problems).toEqual([
      { path: "versions[1].effectiveFrom", code: "invalid_date", message: 'must be a real calendar date YYYY-MM-DD, not "2026-02-30"' },
      { path: "versions[2].effectiveFrom", code: "invalid_date", message: "must be a real calendar date YYYY-MM-DD, not 20260101" },
      { path: "versions[3].effectiveFrom", code: "duplicate_id", message: "two versions take effect on 2026-01-01" },
    ]);
  });

  it("a policy that cannot work, at the version's policy path", () => {
    const problems = problemsThrownBy(() => definePolicyHistory([{ effectiveFrom: "2026-01-01", policy: null as never }]));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.path).toMatch(/^versions\[0\]\.policy/);
    const modules = problemsThrownBy(() => definePolicyHistory([{ effectiveFrom: "2026-01-01", policy: { ...bitrix24Policy, modules: {} } as never }]));
    for (const problem of modules) expect(problem.path).toMatch(/^versions\[0\]\.policy\./);
  });

  it("a default versionDate: the version date picks the version", () => {
    expect(problemsThrownBy(() => definePolicyHistory([{ effectiveFrom: "2026-01-01", policy: bitrix24Policy, defaultOptions: { versionDate: "purchase" } as never }]))).toContainEqual({
      path: "versions[0].defaultOptions.versionDate",
      code: "not_applicable",
      message: "versionDate picks the version, so no version can default it",
    });
  });
});

describe("a policy history", () => {
  it("keeps its versions in date order, whatever order they came in, and leaves the given list alone", () => {
    const given = [
      { effectiveFrom: "2027-01-01", policy: bitrix24Policy },
      { effectiveFrom: "1970-01-01", policy: bitrix24Policy },
      { effectiveFrom: "2026-06-01", policy: bitrix24Policy },
    ];
    const history = definePolicyHistory(given);
    expect(history.versions.map((v) => v.effectiveFrom)).toEqual(["1970-01-01", "2026-06-01", "2027-01-01"]);
    expect(given.map((v) => v.effectiveFrom)).toEqual(["2027-01-01", "1970-01-01", "2026-06-01"]);
  });

  it("is told from a single policy; a single policy decides every date from the first day", () => {
    expect(isHistory(definePolicyHistory([{ effectiveFrom: "1970-01-01", policy: bitrix24Policy }]))).toBe(true);
    for (const other of [bitrix24Policy, null, "history", { kind: "history" }, { kind: "history", versions: {} }, { versions: [] }]) expect(isHistory(other as never)).toBe(false);
    expect(asHistory(bitrix24Policy)).toEqual({ kind: "history", versions: [{ effectiveFrom: "0001-01-01", policy: bitrix24Policy }] });
  });
});
