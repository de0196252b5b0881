// How a request's size is counted against its limit (32 MiB characters of compact JSON), exactly at the limit and
// one past it: a string counts its characters and two quotes, a key also its colon and comma, a number 24 (the
// longest a JSON number is written), true/false/null 5, an array its brackets and commas. Inherited fields are not
// the request's. Past the limit the walk stops: nothing behind it is reported.
import { describe, expect, it } from "vitest";
import { wholeRequestProblems } from "../../src/validate/limits.js";
import { LIMITS } from "../../src/validate/reader.js";

const L = LIMITS.maxRequestSize;
const tooLarge = [{ path: "", code: "too_large", message: `is larger than ${L.toLocaleString("en")} characters of JSON` }];
/** A list nested `levels` deep. */
const nested = (levels: number): unknown => (levels === 0 ? 0 : [nested(levels - 1)]);

describe("the size of a request", () => {
  it("counts a string's characters and its quotes, and a key's with its colon and comma", () => {
    // {"k":"xxx"}: 2 braces + ("k" + 4) + (n + 2) = n + 9
    expect(wholeRequestProblems({ k: "x".repeat(L - 9) })).toEqual([]);
    expect(wholeRequestProblems({ k: "x".repeat(L - 8) })).toEqual(tooLarge);
  });

  it("counts 24 for a number, 5 for true, false or null, and an array's brackets and commas", () => {
    // {"k":"x…","n":1}: 2 + (1 + 4) + (n + 2) + (1 + 4) + 24 = n + 38
    expect(wholeRequestProblems({ k: "x".repeat(L - 38), n: 1 })).toEqual([]);
    expect(wholeRequestProblems({ k: "x".repeat(L - 37), n: 1 })).toEqual(tooLarge);
    // {"k":"x…","n":null}: n + 19
    expect(wholeRequestProblems({ k: "x".repeat(L - 19), n: null })).toEqual([]);
    expect(wholeRequestProblems({ k: "x".repeat(L - 18), n: true })).toEqual(tooLarge);
    // ["x…",1,false]: 2 + 3 (brackets, and one per entry) + (n + 2) + 24 + 5 = n + 36
    expect(wholeRequestProblems(["x".repeat(L - 36), 1, false])).toEqual([]);
    expect(wholeRequestProblems(["x".repeat(L - 35), 1, false])).toEqual(tooLarge);
  });

  it("counts only the request's own fields, not those it inherits", () => {
    const inherited = Object.create({ big: "x".repeat(L) }) as Record<string, unknown>;
    inherited["asOf"] = "2026-06-20";
    expect(wholeRequestProblems(inherited)).toEqual([]);
  });

  it("stops at the limit: a value too deep behind it is not reported, nor one in a later array entry", () => {
    expect(wholeRequestProblems({ a: "x".repeat(L), b: nested(100) })).toEqual(tooLarge);
    expect(wholeRequestProblems(["x".repeat(L), nested(100)])).toEqual(tooLarge);
  });
});

describe("the depth of a request", () => {
  it("refuses more than the limit's levels at the path of the first value too deep", () => {
    expect(wholeRequestProblems({ a: nested(LIMITS.maxDepth - 1) })).toEqual([]);
    expect(wholeRequestProblems({ a: nested(LIMITS.maxDepth) })).toEqual([
      { path: `a${"[0]".repeat(LIMITS.maxDepth - 1)}`, code: "too_deep", message: `nests more than ${LIMITS.maxDepth} levels deep` },
    ]);
  });

  it("reports only the first place too deep, and no size past it", () => {
    const problems = wholeRequestProblems({ a: nested(LIMITS.maxDepth + 5), b: nested(LIMITS.maxDepth + 5), c: "x".repeat(L) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "too_deep", path: expect.stringMatching(/^a\[/) });
  });
});
