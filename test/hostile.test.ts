import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRefund, isRefundPolicyError, type RefundDecision, type RefundRequest } from "../src/index.js";
import { checkDecision, licenseKey, marketplaceApp, migrationRequest, request, subscription, tax, telephonyCredit } from "../src/testing/index.js";
import { problemsOf } from "./helpers.js";

/** A decision that keeps the contract, or the library's own error: never anything else. */
function decisionOrOwnError(input: unknown, options?: unknown): "decision" | "error" {
  let decision: RefundDecision;
  try {
    decision = evaluateRefund(input as RefundRequest, options as never);
  } catch (error) {
    if (!isRefundPolicyError(error)) throw error;
    expect(error.problems.length).toBeGreaterThan(0);
    for (const problem of error.problems) {
      expect(typeof problem.path).toBe("string");
      expect(problem.code).toMatch(/^[a-z_]+$/);
      expect(problem.message.length).toBeGreaterThan(0);
      expect(problem.message.length).toBeLessThan(400);
    }
    return "error";
  }
  expect(checkDecision(decision)).toEqual([]);
  // Amounts are decimal strings (checked above); the only numbers are day and month counts.
  const numbers: unknown[] = [];
  JSON.stringify(decision, (_key, value: unknown) => (typeof value === "number" && numbers.push(value), value));
  expect(numbers.every((n) => Number.isSafeInteger(n) && (n as number) >= 0)).toBe(true);
  return "decision";
}

const POISON = ["__proto__", "constructor", "prototype"];
const junk = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e400, "1e400", "NaN", "-0", "0x10", "+275760-09-13", "2026-13-01", "0000-01-01", ""),
  fc.constantFrom("9".repeat(40), `${"9".repeat(40)}.00`, "0.000000000000000000001", "12.30\n", "١٢٣"),
  fc.dictionary(fc.constantFrom(...POISON, "x", "net"), fc.jsonValue(), { maxKeys: 3 }),
);

const valid = fc.constantFrom<RefundRequest>(
  migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72")] }), licenseKey(), telephonyCredit(), marketplaceApp()),
  migrationRequest({ expectedOn: "2026-06-30", currency: "JPY" }, subscription({ net: "12000", cycle: "month", start: "2026-06-01", end: "2026-07-01" })),
  request({ action: "cancel", account: { currency: "KWD", status: "suspended", overdueInvoices: [{ id: "i", amount: "1.000" }] } }, subscription({ net: "10.000" }), telephonyCredit({ balance: "1.000" })),
  request({ action: "transfer_credit" }, telephonyCredit()),
);

/** Every path of a JSON value, as key lists. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string, unknown>)[key], [...prefix, key]))];
}

function breakAt(base: unknown, path: (string | number)[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  if (path.length === 0) return replacement;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else Object.defineProperty(node, last, { value: replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}

const counts = { decision: 0, error: 0 };

describe("hostile input", () => {
  it("gives a decision or the library's own error for arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), fc.option(fc.jsonValue()), (input, options) => {
        counts[decisionOrOwnError(input, options ?? undefined)]++;
      }),
      { numRuns: 1_000 },
    );
  });

  it("gives a decision or the library's own error for a valid request with one or two fields broken", () => {
    fc.assert(
      fc.property(valid, fc.array(fc.tuple(fc.nat(), junk, fc.boolean()), { minLength: 1, maxLength: 2 }), (base, breaks) => {
        let input: unknown = base;
        for (const [pick, replacement, remove] of breaks) {
          const all = paths(input);
          input = breakAt(input, all[pick % all.length]!, replacement, remove);
        }
        counts[decisionOrOwnError(input)]++;
      }),
      { numRuns: 2_000 },
    );
    expect(counts.error).toBeGreaterThan(0);
  });

  it("never pollutes a prototype, whatever __proto__, constructor or prototype keys say", () => {
    for (const key of POISON) {
      const nested = `{"${key}": {"polluted": "yes", "isAdmin": true}}`;
      const text = `{"asOf":"2026-06-20","action":"refund","${key}":{"polluted":"yes"},
        "account":{"currency":"EUR","${key}":{"polluted":"yes"}},
        "items":[{"id":"k","type":"license_key","paid":{"net":"1.00","${key}":{"polluted":"yes"}},"${key}":${nested}}]}`;
      const input = JSON.parse(text);
      const problems = problemsOf(input).map((p) => [p.path, p.code]);
      expect(problems).toEqual([
        [key, "unknown_field"],
        [`account.${key}`, "unknown_field"],
        [`items[0].${key}`, "unknown_field"],
        [`items[0].paid.${key}`, "unknown_field"],
      ]);
      const options = JSON.parse(`{"marketplace":{"${key}":{"terms":"non_refundable"}}}`);
      const decision = evaluateRefund(request({}, marketplaceApp({ appId: key })), options);
      expect(decision.lines[0]?.outcome).toBe("no_refund");
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });

  it.each([
    ["9".repeat(40), "amount_too_large"],
    ["1e400", "invalid_amount"],
    [NaN, "wrong_type"],
    [Infinity, "wrong_type"],
    [-0, "wrong_type"],
    ["-0", "invalid_amount"],
  ])("refuses the amount %s with %s", (net, code) => {
    const input = request({}, { ...subscription(), paid: { net: net as string } });
    expect(() => evaluateRefund(input)).toThrowError(expect.objectContaining({ problems: [expect.objectContaining({ path: "items[0].paid.net", code })] }));
  });

  it.each(["2026-13-01", "0000-01-01", "+275760-09-13", "2026-02-29", "-002026-06-01", "2026-06-01T00:00:00+24:00"])("refuses the date %s", (asOf) => {
    expect(() => evaluateRefund({ ...request(), asOf })).toThrowError(expect.objectContaining({ problems: [expect.objectContaining({ path: "asOf", code: "invalid_date" })] }));
  });

  it("refuses a million-character string quickly, without echoing it", () => {
    const huge = "x".repeat(1_000_000);
    const started = performance.now();
    for (const input of [request({}, subscription({ id: huge })), { ...request(), asOf: huge }, request({ currency: huge }), request({}, subscription({ net: huge }))]) {
      try {
        evaluateRefund(input);
        throw new Error("accepted");
      } catch (error) {
        expect(isRefundPolicyError(error)).toBe(true);
        expect((error as Error).message.length).toBeLessThan(500);
      }
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("decides a 100,000-item request, and refuses one item more with a clear limit", () => {
    const items = Array.from({ length: 100_000 }, (_, i) => licenseKey({ id: `k${i}`, net: "1.00" }));
    const decision = evaluateRefund(request({}, ...items));
    expect(decision.lines).toHaveLength(100_000);
    expect(decision.outcome).toBe("no_refund");
    items.push(licenseKey({ id: "one-too-many" }));
    expect(() => evaluateRefund(request({}, ...items))).toThrowError(
      expect.objectContaining({ problems: [{ path: "items", code: "too_many_items", message: "has 100001 entries; at most 100000 are accepted", expected: "<=100000", received: "100001" }] }),
    );
  }, 30_000);

  it("does not descend into deeply nested junk", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    let deepArray: unknown = [];
    for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
    expect(decisionOrOwnError({ ...request(), extra: deep })).toBe("error");
    expect(decisionOrOwnError({ ...request(), items: deepArray })).toBe("error");
    expect(decisionOrOwnError({ ...request(), account: deep })).toBe("error");
  });

  it("decides frozen input without trying to change it", () => {
    const input = migrationRequest({ completedOn: "2026-06-15" }, subscription({ taxes: [tax("VAT", "10.00")] }), telephonyCredit());
    const freeze = (value: unknown): unknown => {
      if (typeof value === "object" && value !== null) {
        Object.values(value).forEach(freeze);
        Object.freeze(value);
      }
      return value;
    };
    expect(decisionOrOwnError(freeze(input))).toBe("decision");
  });

  it("reports how many hostile inputs were decided and refused", () => {
    // Visible in the test output: the hostile suites did exercise both paths.
    console.log(`hostile inputs: ${counts.decision} decided, ${counts.error} refused with RefundPolicyError`);
    expect(counts.decision + counts.error).toBeGreaterThanOrEqual(3_000);
  });
});
