/**
 * Replay: would today's library still give the decision we stored?
 * @module
 */
import type { RefundDecision } from "../contract/decision.js";
import type { RefundOptions } from "../contract/options.js";
import type { Problem } from "../errors.js";
import { bitrix24History } from "../policy/bitrix24.js";
import { asHistory, type PolicyHistory } from "../policy/history.js";
import type { RefundPolicy } from "../policy/policy.js";
import { decideUnknown } from "../engine/evaluate.js";
import { decisionDigest, type Signing } from "../digest/decision.js";

/**
 * One field that differs between a stored decision and today's: its path in the
 * decision (`lines[0].refund.net`), the stored value and today's (`undefined`
 * where the field is absent on that side).
 *
 * @example
 * ```ts
 * const difference: Difference = { path: "total.gross", stored: "1420.87", now: "1420.86" };
 * ```
 */
export interface Difference {
  path: string;
  stored: unknown;
  now: unknown;
}

/**
 * What {@link verifyDecision} found: `same` when today's decision equals the stored
 * one field for field (the library version aside); else every difference, or the
 * problems for which today's library refuses the request.
 *
 * @example
 * ```ts
 * declare const result: Verification;
 * if (!result.same) for (const d of result.differences) console.log(d.path, d.stored, "->", d.now);
 * ```
 */
export interface Verification {
  /** Today's decision equals the stored one, and the stored one carries the digest (or signature) its fields call for. */
  same: boolean;
  differences: Difference[];
  /** Present when today's library refuses the request. */
  problems?: readonly Problem[];
}

/**
 * Decides a stored request again and lists every field of the stored decision that
 * differs today, and checks the stored decision's own digest. `policy.library` is not
 * compared (a new library version that decides the same is the point of a replay);
 * `policy.options` is, so replaying with other options than the stored decision's shows
 * at once, and so are `digests.request` (the request is the one decided) and
 * `digests.decision`, recomputed over the stored record as it stands: a field changed
 * since it was made is found even where today's decision changed the same way. With the
 * `signingKey` the record was signed with, only a key holder can make a record that
 * checks; a signed record checked without the key, or an unsigned one with it, differs
 * at `digests.decision`.
 *
 * @example
 * ```ts
 * import { evaluateRefund, verifyDecision, type RefundRequest } from "refund-policy";
 * const request: RefundRequest = {
 *   asOf: "2026-06-20", action: "refund", account: { currency: "EUR" },
 *   items: [{ id: "key-1", type: "license_key", paid: { net: "1490.00" } }],
 * };
 * const stored = evaluateRefund(request);
 * verifyDecision(request, stored).same; // true
 * verifyDecision(request, { ...stored, outcome: "refund" }).differences.map((d) => d.path); // ["outcome", "digests.decision"]
 * const signed = evaluateRefund(request, {}, { signingKey: "secret" });
 * verifyDecision(request, signed, {}, undefined, { signingKey: "secret" }).same; // true
 * ```
 */
export function verifyDecision(
  request: unknown,
  stored: RefundDecision,
  options?: RefundOptions,
  policy: RefundPolicy | PolicyHistory = bitrix24History,
  signing?: Signing,
): Verification {
  const now = decideUnknown(asHistory(policy), request, options, signing);
  if (!now.ok) return { same: false, differences: [], problems: now.problems };
  const differences: Difference[] = [];
  diff(stored, now.decision, "", differences);
  const carried: unknown = isObject(stored) && isObject(stored["digests"]) ? stored["digests"]["decision"] : undefined;
  const expected = isObject(stored) ? storedDigest(stored, signing) : undefined;
  if (carried !== expected || expected === undefined) differences.push({ path: "digests.decision", stored: carried, now: expected });
  return { same: differences.length === 0, differences };
}

/** The digest the stored record should carry as it stands; `undefined` when it holds what JSON cannot. */
function storedDigest(stored: object, signing: Signing | undefined): string | undefined {
  try {
    return decisionDigest(stored, signing);
  } catch {
    return undefined;
  }
}

/** Not compared field by field: the library's version, and the decision digest (it covers the version; checked on the record itself). */
const IGNORED = new Set(["policy.library", "digests.decision"]);

function diff(stored: unknown, now: unknown, path: string, out: Difference[]): void {
  if (IGNORED.has(path) || stored === now) return;
  if (Array.isArray(stored) && Array.isArray(now)) {
    const length = Math.max(stored.length, now.length);
    for (let i = 0; i < length; i++) diff(stored[i], now[i], `${path}[${i}]`, out);
    return;
  }
  if (isObject(stored) && isObject(now)) {
    const keys = new Set([...Object.keys(stored), ...Object.keys(now)]);
    for (const key of keys) diff(stored[key], now[key], path === "" ? key : `${path}.${key}`, out);
    return;
  }
  out.push({ path, stored, now });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
