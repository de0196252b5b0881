/**
 * The impact of a policy change before it ships: the same requests decided under two
 * sides (options and/or a policy or history), and what moved, summed exactly.
 * @module
 */
import type { DecisionLine, Outcome, RefundDecision } from "../contract/decision.js";
import type { RefundOptions } from "../contract/options.js";
import { batchEvaluator, type BatchResult } from "../engine/batch.js";
import { chooseVersion, decideChosen, readVersionedOptions, type VersionedOptions } from "../engine/versions.js";
import type { Checked } from "../errors.js";
import { bitrix24History } from "../policy/bitrix24.js";
import { asHistory } from "../policy/history.js";
import { readRequest } from "../validate/request.js";
import { currencyDigits } from "../money/currencies.js";
import { formatMinor } from "../money/decimal-string.js";
import type { PolicyHistory } from "../policy/history.js";
import type { RefundPolicy } from "../policy/policy.js";

/**
 * One side of a comparison: the options and the policy (or policy history) that
 * decide; each defaults as {@link evaluateRefund} does.
 *
 * @example
 * ```ts
 * const today: ComparisonSide = {};
 * const proposal: ComparisonSide = { options: { rounding: "half_even" } };
 * ```
 */
export interface ComparisonSide {
  options?: RefundOptions;
  policy?: RefundPolicy | PolicyHistory;
}

/**
 * A signed change of refunded money, B minus A, as decimal strings with the
 * currency's minor unit.
 *
 * @example
 * ```ts
 * const delta: AmountDelta = { net: "-12.50", tax: "-2.38", gross: "-14.88" };
 * ```
 */
export interface AmountDelta {
  net: string;
  tax: string;
  gross: string;
}

/**
 * What {@link comparePolicies} found. A request is *refused* when either side
 * refuses it, and *changed* when the decision's outcome or any line's outcome or
 * refund amount differs. `delta` is B minus A summed per currency (from the totals);
 * `byClause` splits the changed lines by the clause that decided them (`"a -> b"`
 * when the clause itself changed), and its deltas add up to `delta`.
 *
 * @example
 * ```ts
 * const report: PolicyComparison = {
 *   requests: 3, decided: 2, refused: 1, changed: 1,
 *   delta: { EUR: { net: "0.01", tax: "0.00", gross: "0.01" } },
 *   byClause: { "migration.partial-refund": { changed: 1, delta: { EUR: { net: "0.01", tax: "0.00", gross: "0.01" } } } },
 * };
 * ```
 */
export interface PolicyComparison {
  requests: number;
  decided: number;
  refused: number;
  changed: number;
  delta: Record<string, AmountDelta>;
  byClause: Record<string, { changed: number; delta: Record<string, AmountDelta> }>;
}

/**
 * One line's figures on one side.
 *
 * @example
 * ```ts
 * const side: LineFigures = { outcome: "partial_refund", clause: "migration.partial-refund", net: "1194.00", tax: "226.86", gross: "1420.86" };
 * ```
 */
export interface LineFigures {
  outcome: Outcome;
  clause: string;
  net: string;
  tax: string;
  gross: string;
}

/**
 * A request whose decision moved: its position in the input, the account id if it
 * has one, both decisions' outcome and totals, and the lines that moved.
 *
 * @example
 * ```ts
 * declare const change: ChangedDecision;
 * for (const line of change.lines) console.log(change.index, line.itemId, line.a.gross, "->", line.b.gross);
 * ```
 */
export interface ChangedDecision {
  index: number;
  accountId?: string;
  currency: string;
  a: { outcome: Outcome; total: RefundDecision["total"] };
  b: { outcome: Outcome; total: RefundDecision["total"] };
  lines: { itemId: string; a: LineFigures; b: LineFigures }[];
}

/** Sums in integer minor units: every amount in a decision has exactly its currency's digits, so these sums are exact. */
type Sums = Map<string, { net: bigint; tax: bigint; gross: bigint }>;

/**
 * The running tally of a comparison: add decided pairs one at a time, or absorb a
 * partial report (a worker's chunk); {@link ComparisonTally.report} writes it out.
 * Sums are exact, so the order of absorbing never changes the result.
 *
 * @example
 * ```ts
 * declare const partial: PolicyComparison;
 * const tally = new ComparisonTally();
 * tally.absorb(partial);
 * tally.report().changed;
 * ```
 */
export class ComparisonTally {
  #requests = 0;
  #refused = 0;
  #changed = 0;
  readonly #delta: Sums = new Map();
  readonly #byClause = new Map<string, { changed: number; delta: Sums }>();

  /**
   * Tallies one request's two results. With `record`, gives the change record when its
   * decision moved (else `true` when it moved); `undefined` when nothing moved.
   */
  add(a: BatchResult, b: BatchResult, request?: unknown, record = true): ChangedDecision | true | undefined {
    this.#requests++;
    if (!a.ok || !b.ok) {
      this.#refused++;
      return undefined;
    }
    const da = a.decision;
    const db = b.decision;
    let lines: ChangedDecision["lines"] | undefined;
    let moved = da.outcome !== db.outcome;
    for (let i = 0; i < da.lines.length; i++) {
      const lineA = da.lines[i]!;
      const lineB = db.lines[i] as DecisionLine;
      if (lineA.outcome === lineB.outcome && sameAmounts(lineA.refund, lineB.refund)) continue;
      moved = true;
      if (record) (lines ??= []).push({ itemId: lineA.itemId, a: figures(lineA), b: figures(lineB) });
      const clause = lineA.clause === lineB.clause ? lineA.clause : `${lineA.clause} -> ${lineB.clause}`;
      let entry = this.#byClause.get(clause);
      if (entry === undefined) this.#byClause.set(clause, (entry = { changed: 0, delta: new Map() }));
      entry.changed++;
      addDelta(entry.delta, da.currency, lineA.refund, lineB.refund);
    }
    if (!moved) return undefined;
    this.#changed++;
    addDelta(this.#delta, da.currency, da.total, db.total);
    if (!record) return true;
    const change: ChangedDecision = { index: a.index, currency: da.currency, a: { outcome: da.outcome, total: da.total }, b: { outcome: db.outcome, total: db.total }, lines: lines ?? [] };
    const accountId = (request as { account?: { id?: unknown } } | undefined)?.account?.id;
    if (typeof accountId === "string") change.accountId = accountId;
    return change;
  }

  /** Adds a partial report (another chunk of the same comparison). */
  absorb(part: PolicyComparison): void {
    this.#requests += part.requests;
    this.#refused += part.refused;
    this.#changed += part.changed;
    absorbSums(this.#delta, part.delta);
    for (const [clause, entry] of Object.entries(part.byClause)) {
      let mine = this.#byClause.get(clause);
      if (mine === undefined) this.#byClause.set(clause, (mine = { changed: 0, delta: new Map() }));
      mine.changed += entry.changed;
      absorbSums(mine.delta, entry.delta);
    }
  }

  /** The report so far: currencies and clauses in alphabetical order. */
  report(): PolicyComparison {
    const byClause: PolicyComparison["byClause"] = {};
    for (const clause of [...this.#byClause.keys()].sort()) {
      const entry = this.#byClause.get(clause)!;
      byClause[clause] = { changed: entry.changed, delta: written(entry.delta) };
    }
    const requests = this.#requests;
    return { requests, decided: requests - this.#refused, refused: this.#refused, changed: this.#changed, delta: written(this.#delta), byClause };
  }
}

function sameAmounts(a: { net: string; tax: string; gross: string }, b: { net: string; tax: string; gross: string }): boolean {
  return a.net === b.net && a.tax === b.tax && a.gross === b.gross;
}

function figures(line: DecisionLine): LineFigures {
  return { outcome: line.outcome, clause: line.clause, net: line.refund.net, tax: line.refund.tax, gross: line.refund.gross };
}

/** `"-12.50"` in minor units (-1250): the wire amounts carry exactly the currency's digits. */
function minor(amount: string): bigint {
  return BigInt(amount.replace(".", ""));
}

function addDelta(sums: Sums, currency: string, a: AmountDelta | undefined, b: AmountDelta): void {
  const sum = sums.get(currency);
  const net = minor(b.net) - (a === undefined ? 0n : minor(a.net));
  const tax = minor(b.tax) - (a === undefined ? 0n : minor(a.tax));
  const gross = minor(b.gross) - (a === undefined ? 0n : minor(a.gross));
  if (sum === undefined) sums.set(currency, { net, tax, gross });
  else sums.set(currency, { net: sum.net + net, tax: sum.tax + tax, gross: sum.gross + gross });
}

function absorbSums(sums: Sums, part: Record<string, AmountDelta>): void {
  for (const [currency, delta] of Object.entries(part)) addDelta(sums, currency, undefined, delta);
}

function written(sums: Sums): Record<string, AmountDelta> {
  const out: Record<string, AmountDelta> = {};
  for (const currency of [...sums.keys()].sort()) {
    const sum = sums.get(currency)!;
    const digits = currencyDigits(currency) ?? 2;
    out[currency] = { net: formatMinor(sum.net, digits), tax: formatMinor(sum.tax, digits), gross: formatMinor(sum.gross, digits) };
  }
  return out;
}

/**
 * Both sides' evaluators, with the options read once: `(request, index) => [a, b]`.
 * Bad options on either side throw a {@link RefundPolicyError} at once.
 *
 * @example
 * ```ts
 * declare const request: unknown;
 * const both = comparisonEvaluators({}, { options: { rounding: "down" } });
 * const [a, b] = both(request, 0);
 * ```
 */
export function comparisonEvaluators(a: ComparisonSide, b: ComparisonSide): (request: unknown, index: number) => [BatchResult, BatchResult] {
  const evaluateA = batchEvaluator(a);
  const evaluateB = batchEvaluator(b);
  if (!sameReading(a.options, b.options)) return (request, index) => [evaluateA(request, index), evaluateB(request, index)];
  // The request is read once for both sides when both read it with the same options: reading depends on the
  // options only through the developers' terms and unknown fields, and a version's defaults may change those.
  const [historyA, historyB] = [asHistory(a.policy ?? bitrix24History), asHistory(b.policy ?? bitrix24History)];
  const [optionsA, optionsB] = [readVersionedOptions(historyA, a.options), readVersionedOptions(historyB, b.options)] as [Checked<VersionedOptions> & { ok: true }, Checked<VersionedOptions> & { ok: true }];
  return (request, index) => {
    const [chosenA, chosenB] = [chooseVersion(historyA, request, optionsA.value), chooseVersion(historyB, request, optionsB.value)];
    if (!chosenA.ok || !chosenB.ok || chosenA.value.version.defaultOptions !== undefined || chosenB.value.version.defaultOptions !== undefined) {
      return [evaluateA(request, index), evaluateB(request, index)];
    }
    const read = readRequest(request, chosenA.value.options);
    if (!read.ok) {
      const refused: BatchResult = { index, ok: false, problems: read.problems };
      return [refused, refused];
    }
    return [result(index, decideChosen(chosenA.value, read.value)), result(index, decideChosen(chosenB.value, read.value))];
  };
}

function result(index: number, decided: Checked<RefundDecision>): BatchResult {
  return decided.ok ? { index, ok: true, decision: decided.value } : { index, ok: false, problems: decided.problems };
}

/**
 * Both sides read a request alike when they read unknown fields alike and their developers'
 * terms are the same declarative JSON (the only options reading depends on).
 */
function sameReading(a: RefundOptions | undefined, b: RefundOptions | undefined): boolean {
  if ((a?.unknownFields ?? "refuse") !== (b?.unknownFields ?? "refuse")) return false;
  const terms = [a?.marketplace ?? {}, b?.marketplace ?? {}];
  if (terms.some((registry) => Object.values(registry).some((entry) => entry.terms === "custom"))) return false;
  return JSON.stringify(terms[0]) === JSON.stringify(terms[1]);
}

/**
 * Decides every request under side A and side B and reports what a change would
 * move: counts, the exact money delta per currency (B minus A) and per clause.
 * Streams (memory stays flat however many requests flow); `onChange` receives each
 * changed request's record, in input order. Bad options throw before the first request.
 *
 * @example
 * ```ts
 * import { comparePolicies } from "refund-policy";
 * declare const requests: AsyncIterable<unknown>;
 * const report = await comparePolicies(requests, {}, { options: { rounding: "half_even" } });
 * report.delta.EUR?.gross; // e.g. "-0.02"
 * ```
 */
export async function comparePolicies(
  requests: Iterable<unknown> | AsyncIterable<unknown>,
  a: ComparisonSide,
  b: ComparisonSide,
  onChange?: (change: ChangedDecision) => void,
): Promise<PolicyComparison> {
  const both = comparisonEvaluators(a, b);
  const tally = new ComparisonTally();
  let index = 0;
  for await (const request of requests) {
    const [resultA, resultB] = both(request, index++);
    const change = tally.add(resultA, resultB, request, onChange !== undefined);
    if (typeof change === "object") onChange?.(change);
  }
  return tally.report();
}
