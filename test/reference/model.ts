/**
 * The reference model of the refund decision (issue 11): plain, slow and obviously right, written from
 * CONTRACT.md and CLAUSES.md readings 1–21 with its own arithmetic (BigInt minor units) and calendar
 * (date-fns, Intl). It imports nothing from src/: it is what the library is checked against.
 *
 * @example
 * ```ts
 * const verdict = referenceDecision(request, options);
 * if (!verdict.refused) verdict.decision.total.gross;
 * ```
 */
import { BadVerdict, decide } from "./decide.js";
import type { ModelOptions, Verdict } from "./types.js";
import { readRequest } from "./validate.js";

export type { AppView, Decision, ModelOptions, Verdict } from "./types.js";
export { countUnused } from "./decide.js";

/** The decision the readings give for a request, or the bad input the reference knows in it. */
export function referenceDecision(request: unknown, options: ModelOptions = {}): Verdict {
  const read = readRequest(request, options);
  if ("problems" in read) return { refused: true, problems: read.problems };
  try {
    return { refused: false, decision: decide(read.request, options) };
  } catch (error) {
    if (error instanceof BadVerdict) {
      return { refused: true, problems: [{ path: `options.marketplace[${JSON.stringify(error.appId)}]`, code: "invalid_terms_result" }] };
    }
    throw error;
  }
}
