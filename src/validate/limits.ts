/**
 * Limits on the request as a whole (docs/SECURITY.md): how deep it nests and how large its JSON
 * text is, checked in one pass before any field is read, so that a hostile request costs time in
 * proportion to its size and is refused before the readers walk it.
 * @module
 */
import type { Problem } from "../errors.js";
import { LIMITS } from "./reader.js";

/**
 * The problems of a request too deep or too large, in one walk that stops as soon as either
 * limit is passed (a cycle, from a JavaScript caller, is too deep). Size is counted as the
 * request's compact JSON text would be, in UTF-16 code units, without building it.
 *
 * @example
 * ```ts
 * wholeRequestProblems({ asOf: "2026-06-20" }); // []
 * ```
 */
export function wholeRequestProblems(input: unknown): Problem[] {
  const walk = { size: 0, tooDeep: undefined as string | undefined };
  measure(input, "", 0, walk);
  const problems: Problem[] = [];
  if (walk.tooDeep !== undefined) {
    problems.push({ path: walk.tooDeep, code: "too_deep", message: `nests more than ${LIMITS.maxDepth} levels deep` });
  } else if (walk.size > LIMITS.maxRequestSize) {
    problems.push({ path: "", code: "too_large", message: `is larger than ${LIMITS.maxRequestSize.toLocaleString("en")} characters of JSON` });
  }
  return problems;
}

function measure(value: unknown, path: string, depth: number, walk: { size: number; tooDeep: string | undefined }): void {
  if (walk.tooDeep !== undefined || walk.size > LIMITS.maxRequestSize) return;
  if (typeof value === "string") {
    walk.size += value.length + 2;
    return;
  }
  if (typeof value !== "object" || value === null) {
    walk.size += typeof value === "number" ? 24 : 5;
    return;
  }
  if (depth >= LIMITS.maxDepth) {
    walk.tooDeep = path;
    return;
  }
  if (Array.isArray(value)) {
    walk.size += 2 + value.length;
    for (let i = 0; i < value.length && walk.tooDeep === undefined && walk.size <= LIMITS.maxRequestSize; i++) measure(value[i], `${path}[${i}]`, depth + 1, walk);
    return;
  }
  const fields = value as Record<string, unknown>;
  walk.size += 2;
  for (const key in fields) {
    if (!Object.prototype.hasOwnProperty.call(fields, key)) continue;
    walk.size += key.length + 4;
    measure(fields[key], path === "" ? key : `${path}.${key}`, depth + 1, walk);
    if (walk.tooDeep !== undefined || walk.size > LIMITS.maxRequestSize) return;
  }
}
