/**
 * Digests: RFC 8785 canonical JSON, SHA-256 and HMAC-SHA256, shared by the decision's digests and
 * anything else that must name a JSON value by its content.
 * @module
 */
export { canonicalJson } from "./canonical-json.js";
export { hmacSha256Hex, sha256Hex } from "./sha256.js";
export { decisionDigest, digestOf, sealDecision, signingProblems, type Signing } from "./decision.js";
