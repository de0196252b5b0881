/**
 * One stored record checked again, as `verify` does it for each line and `serve` for each
 * `POST /v1/verify`: today's decision under the operator's options, the record's own options
 * that are others reported as a difference (never an override), and the decision's digest.
 */
import type { RefundDecision } from "../contract/decision.js";
import type { RefundOptions } from "../contract/options.js";
import type { Signing } from "../digest/index.js";
import type { Problem } from "../errors.js";
import { verifyDecision, type Difference } from "../replay/verify.js";
import { readOptions } from "../validate/options.js";

/** A stored record: the request, the decision stored for it, and the options it was decided under. */
export interface StoredRecord {
  readonly request?: unknown;
  readonly decision: RefundDecision;
  readonly options?: unknown;
}

/** What a record's check found: the same decision, every difference, or the problems for which today's library refuses it. */
export type RecordCheck = { same: true } | { same: false; differences: Difference[] } | { same: false; problems: readonly Problem[] };

/**
 * The options' digest, or `undefined` for options that cannot be read (never equal to readable ones).
 *
 * @example
 * ```ts
 * optionsDigest({}) === optionsDigest(undefined); // true
 * ```
 */
export function optionsDigest(options: unknown): string | undefined {
  const read = readOptions(options);
  return read.ok ? read.value.digest : undefined;
}

/**
 * Checks one stored record under the operator's options (`operator`: their digest, from {@link optionsDigest}).
 *
 * @example
 * ```ts
 * checkRecord({ request, decision: evaluateRefund(request) }, undefined, optionsDigest(undefined), undefined).same; // true
 * ```
 */
export function checkRecord(record: StoredRecord, options: RefundOptions | undefined, operator: string | undefined, signing: Signing | undefined): RecordCheck {
  const verified = verifyDecision(record.request, record.decision, options, undefined, signing);
  const own = record.options ?? undefined;
  const overridden = own !== undefined && optionsDigest(own) !== operator ? [{ path: "options", stored: own, now: options ?? {} }] : [];
  if (verified.same && overridden.length === 0) return { same: true };
  return verified.problems === undefined ? { same: false, differences: [...overridden, ...verified.differences] } : { same: false, problems: verified.problems };
}
