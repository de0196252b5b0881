import { safeEvaluateRefund, type Problem } from "../../src/index.js";

/** The problems of a request that must be refused (fails the test if it is decided). */
export function problemsOf(request: unknown, options?: unknown): readonly Problem[] {
  const result = safeEvaluateRefund(request, options);
  if (result.ok) throw new Error("expected the request to be refused");
  return result.problems;
}

/** The code of the problem at `path`, if any. */
export function codeAt(request: unknown, path: string, options?: unknown): string | undefined {
  return problemsOf(request, options).find((problem) => problem.path === path)?.code;
}

/** A deep copy of JSON data with the value at `path` replaced (`undefined`: deleted). */
export function withValue<T>(data: T, path: readonly (string | number)[], value: unknown): T {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as T;
}

/** Every string in JSON data rewritten by `rewrite` when `at` (its key) says so. */
export function mapStrings<T>(data: T, rewrite: (text: string, key: string) => string, key = ""): T {
  if (typeof data === "string") return rewrite(data, key) as T;
  if (Array.isArray(data)) return data.map((entry) => mapStrings(entry, rewrite, key)) as T;
  if (data !== null && typeof data === "object") {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, mapStrings(v, rewrite, k)])) as T;
  }
  return data;
}
