/**
 * SHA-256 and HMAC-SHA256 over UTF-8 text, from `@noble/hashes` (audited, no dependencies,
 * synchronous in browsers and Node alike): the library computes no hash of its own.
 * @module
 */
import { hmac } from "@noble/hashes/hmac";
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";

/**
 * The SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits.
 *
 * @example
 * ```ts
 * sha256Hex("abc"); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(text)); // @noble/hashes takes a string as its UTF-8 bytes
}

/**
 * The HMAC-SHA256 (RFC 2104) of a text's UTF-8 bytes under a secret key (a string is taken
 * as its UTF-8 bytes), as 64 lowercase hex digits.
 *
 * @example
 * ```ts
 * hmacSha256Hex("key", "The quick brown fox jumps over the lazy dog");
 * // "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
 * ```
 */
export function hmacSha256Hex(key: string | Uint8Array, text: string): string {
  return bytesToHex(hmac(sha256, key, text)); // a string key or text is taken as its UTF-8 bytes
}
