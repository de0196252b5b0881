/**
 * The decision's digests: of the request as read, and of the decision itself (its RFC 8785
 * canonical JSON without that digest), a SHA-256, or with a caller's secret key an
 * HMAC-SHA256 signature. The options' digest is the decision's `policy.options`.
 * @module
 */
import type { RefundDecision } from "../contract/decision.js";
import { type Checked, isRefundPolicyError, type Problem } from "../errors.js";
import { canonicalJson, canonicalRequestJson } from "./canonical-json.js";
import { hmacSha256Hex, sha256Hex } from "./sha256.js";

/**
 * A caller's secret key for signing decisions (and checking their signatures): a string
 * (its UTF-8 bytes) or bytes, never empty. It is no option, never stored in a decision
 * and no part of any digest's input.
 *
 * @example
 * ```ts
 * const signing: Signing = { signingKey: "a secret only the billing service holds" };
 * ```
 */
export interface Signing {
  signingKey?: string | Uint8Array;
}

/**
 * The digest of a JSON value's canonical text: `sha256:<64 hex digits>`.
 *
 * @example
 * ```ts
 * digestOf({ b: 1, a: 2 }) === digestOf({ a: 2, b: 1 }); // true
 * ```
 */
export function digestOf(value: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}

/**
 * The problems of a signing key that cannot sign: one that is not a non-empty string or byte array.
 *
 * @example
 * ```ts
 * signingProblems({ signingKey: "" })[0]?.path; // "signingKey"
 * ```
 */
export function signingProblems(signing: Signing | undefined): Problem[] {
  const key: unknown = signing?.signingKey;
  if (key === undefined) return [];
  if ((typeof key === "string" || key instanceof Uint8Array) && key.length > 0) return [];
  return [{ path: "signingKey", code: "wrong_type", message: "must be a non-empty string or Uint8Array (a secret key for HMAC-SHA256)" }];
}

/**
 * The decision digest a decision should carry: over its canonical JSON without
 * `digests.decision` (`sha256:…`), or with a key its HMAC-SHA256 (`hmac-sha256:…`).
 *
 * @example
 * ```ts
 * declare const stored: RefundDecision;
 * decisionDigest(stored) === stored.digests.decision; // true while nothing in it changed
 * ```
 */
export function decisionDigest(decision: object, signing?: Signing): string {
  const { digests, ...fields } = decision as { digests?: unknown };
  const rest = typeof digests === "object" && digests !== null && !Array.isArray(digests) ? { ...(digests as Record<string, unknown>), decision: undefined } : digests;
  const text = canonicalJson(rest === undefined ? fields : { ...fields, digests: rest });
  const key = signing?.signingKey;
  return key === undefined ? `sha256:${sha256Hex(text)}` : `hmac-sha256:${hmacSha256Hex(key, text)}`;
}

/**
 * The decision with its digests: of the request as read (every field, those read past too;
 * a `null` field is absent, as everywhere in the contract) and of the decision itself. A request JSON cannot hold is refused here.
 *
 * @example
 * ```ts
 * declare const unsealed: Omit<RefundDecision, "digests">;
 * declare const rawRequest: unknown;
 * sealDecision(unsealed, rawRequest, { signingKey: "secret" }); // { ok: true, value: { ..., digests: { request, decision } } }
 * ```
 */
export function sealDecision(decision: Omit<RefundDecision, "digests">, rawRequest: unknown, signing?: Signing): Checked<RefundDecision> {
  try {
    const unsealed = { ...decision, digests: { request: `sha256:${sha256Hex(canonicalRequestJson(rawRequest))}`, decision: "" } };
    unsealed.digests.decision = decisionDigest(unsealed, signing);
    return { ok: true, value: unsealed };
  } catch (error) {
    if (isRefundPolicyError(error)) return { ok: false, problems: error.problems };
    throw error;
  }
}
