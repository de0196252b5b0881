import type { RefundDecision } from "../contract/decision.js";
import type { RefundOptions } from "../contract/options.js";
import { type Problem, RefundPolicyError } from "../errors.js";
import { bitrix24History } from "../policy/bitrix24.js";
import { asHistory, type PolicyHistory } from "../policy/history.js";
import type { RefundPolicy } from "../policy/policy.js";
import { decideRequest, readVersionedOptions } from "./versions.js";

/**
 * One result of a batch: a decision, or the problems of that one request.
 * `index` is the request's position in the input (0-based).
 *
 * @category Batch
 * @example
 * ```ts
 * declare const result: BatchResult;
 * if (result.ok) console.log(result.decision.total.gross);
 * else console.error(result.index, result.problems);
 * ```
 */
export type BatchResult =
  | { index: number; ok: true; decision: RefundDecision }
  | { index: number; ok: false; problems: readonly Problem[] };

/**
 * Options of {@link evaluateMany} and {@link evaluateStream}: the JSON options of
 * every request, and the policy or policy history (the built-in Bitrix24 history by default).
 *
 * @category Batch
 * @example
 * ```ts
 * const batch: BatchOptions = { options: { rounding: "half_even" } };
 * ```
 */
export interface BatchOptions {
  options?: RefundOptions;
  policy?: RefundPolicy | PolicyHistory;
}

/** Reads the options once; gives a per-request evaluator that returns problems instead of throwing. */
export function batchEvaluator({ options, policy = bitrix24History }: BatchOptions): (request: unknown, index: number) => BatchResult {
  const history = asHistory(policy);
  const read = readVersionedOptions(history, options);
  if (!read.ok) throw new RefundPolicyError(read.problems);
  const versioned = read.value;
  return (request, index) => {
    const decided = decideRequest(history, request, versioned);
    return decided.ok ? { index, ok: true, decision: decided.value } : { index, ok: false, problems: decided.problems };
  };
}

/**
 * Evaluates requests one at a time, lazily: memory stays flat however many flow
 * through. A bad request yields its problems and the batch goes on; bad options
 * throw at once, before the first request.
 *
 * @category Batch
 * @example
 * ```ts
 * import { evaluateMany } from "refund-policy";
 * declare const requests: Iterable<unknown>;
 * for (const result of evaluateMany(requests)) {
 *   if (result.ok) console.log(result.decision.total.gross);
 * }
 * ```
 */
export function* evaluateMany(requests: Iterable<unknown>, batch: BatchOptions = {}): Generator<BatchResult, void, undefined> {
  const evaluate = batchEvaluator(batch);
  let index = 0;
  for (const request of requests) yield evaluate(request, index++);
}

/**
 * {@link evaluateMany} for an async source (a file or network stream of parsed
 * requests), with the same constant memory and per-request errors.
 *
 * @category Batch
 * @example
 * ```ts
 * import { evaluateStream } from "refund-policy";
 * declare const source: AsyncIterable<unknown>;
 * for await (const result of evaluateStream(source)) {
 *   if (!result.ok) console.error(result.index, result.problems);
 * }
 * ```
 */
export async function* evaluateStream(
  requests: AsyncIterable<unknown> | Iterable<unknown>,
  batch: BatchOptions = {},
): AsyncGenerator<BatchResult, void, undefined> {
  const evaluate = batchEvaluator(batch);
  let index = 0;
  for await (const request of requests) yield evaluate(request, index++);
}
