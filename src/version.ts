declare const __REFUND_POLICY_VERSION__: string | undefined;

/**
 * The version of this library (package.json's, written in at build time), as
 * decisions carry it in `policy.library`.
 *
 * @example
 * ```ts
 * import { LIBRARY_VERSION } from "refund-policy/rules";
 * LIBRARY_VERSION; // "0.1.0"
 * ```
 */
export const LIBRARY_VERSION: string = typeof __REFUND_POLICY_VERSION__ === "string" ? __REFUND_POLICY_VERSION__ : "0.0.0-dev";
