// The digest's parts: RFC 8785 canonical JSON, SHA-256 and HMAC-SHA256, each against its standard's own examples.
import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, hmacSha256Hex, sha256Hex } from "../../src/digest/index.js";
import { isRefundPolicyError } from "../../src/errors.js";

describe("canonical JSON (RFC 8785)", () => {
  it("writes the RFC's own example (3.2.2) byte for byte", () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalJson(input)).toBe('{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it("sorts keys by their UTF-16 code units, as the RFC's sorting example (3.2.3) does", () => {
    const input = JSON.parse('{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis"}');
    // Read from the text itself: a parsed object would put the integer-like key "1" first again.
    expect([...canonicalJson(input).matchAll(/:"([^"]+)"/g)].map((match) => match[1])).toEqual([
      "Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis", "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh",
    ]);
  });

  it("writes numbers as ECMAScript does (RFC 8785 appendix B)", () => {
    expect([0, -0, 1e21, 1e-7, 5e-324, 1.7976931348623157e308, 9007199254740992, 295147905179352830000, 0.000001].map((n) => canonicalJson(n))).toEqual([
      "0", "0", "1e+21", "1e-7", "5e-324", "1.7976931348623157e+308", "9007199254740992", "295147905179352830000", "0.000001",
    ]);
  });

  it("is one text for one value: key order never matters, and reading it back changes nothing (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        const reversed = JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === "object" && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v));
        expect(canonicalJson(reversed)).toBe(text);
      }),
    );
  });

  it("refuses what JSON cannot hold with the library's error, never a TypeError", () => {
    const cycle: Record<string, unknown> = {};
    cycle["self"] = cycle;
    for (const value of [{ a: Number.NaN }, { a: [1, undefined] }, { a: () => 1 }, { a: 1n }, cycle, Symbol("x"), Infinity]) {
      let thrown: unknown;
      try {
        canonicalJson(value);
      } catch (error) {
        thrown = error;
      }
      expect(isRefundPolicyError(thrown)).toBe(true);
    }
  });
});

describe("SHA-256 and HMAC-SHA256", () => {
  it("give FIPS 180-4's and RFC 4231's answers", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hmacSha256Hex("Jefe", "what do ya want for nothing?")).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    expect(hmacSha256Hex(new Uint8Array(20).fill(0x0b), "Hi There")).toBe("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  });

  it("agree with Node's own crypto on any text and key (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ minLength: 1 }), (text, key) => {
        expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
        expect(hmacSha256Hex(key, text)).toBe(createHmac("sha256", Buffer.from(key, "utf8")).update(text, "utf8").digest("hex"));
      }),
    );
  });
});
