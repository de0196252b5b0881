// Declared limits (docs/SECURITY.md): each enforced with its problem code, and every validation linear in the input.
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { safeEvaluateRefund, type RefundRequest } from "../../src/index.js";
import { LIMITS } from "../../src/validate/reader.js";
import { readOptions } from "../../src/validate/options.js";
import { readRequest } from "../../src/validate/request.js";
import { incurredCharge, licenseKey, request, subscription, tax } from "../../src/testing/index.js";

const codesAt = (input: unknown, options?: unknown) => {
  const result = safeEvaluateRefund(input, options);
  return result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`);
};

const taxes = (count: number) => Array.from({ length: count }, (_, i) => tax(`T${i}`, "1.00"));

describe("the declared limits", () => {
  it("taxes per item: 100 paid, 100 refunded; one more is too_many_items", () => {
    const net = "1000.00";
    expect(codesAt(request({}, licenseKey({ net, taxes: taxes(LIMITS.maxTaxes) })))).toEqual([]);
    expect(codesAt(request({}, licenseKey({ net, taxes: taxes(LIMITS.maxTaxes + 1) })))).toEqual(["items[0].paid.taxes:too_many_items"]);
    const refundedTaxes = Array.from({ length: LIMITS.maxTaxes + 1 }, (_, i) => ({ code: `T${i}`, amount: "0.50" }));
    const item = { ...licenseKey({ net, taxes: taxes(LIMITS.maxTaxes) }), refunded: { net: "1.00", taxes: refundedTaxes } };
    expect(codesAt(request({}, item))).toEqual(["items[0].refunded.taxes:too_many_items"]);
  });

  it("items and overdue invoices: 100,000 each; one more is too_many_items", () => {
    const invoices = Array.from({ length: LIMITS.maxItems + 1 }, (_, i) => ({ id: `inv-${i}`, amount: "1.00" }));
    const req = request({}, licenseKey()) as RefundRequest & { account: object };
    expect(codesAt({ ...req, account: { ...req.account, overdueInvoices: invoices } })).toEqual(["account.overdueInvoices:too_many_items"]);
    expect(codesAt({ ...req, items: Array.from({ length: LIMITS.maxItems + 1 }, () => licenseKey()) })).toEqual(["items:too_many_items"]);
  });

  it("amounts: 64 characters, 20 digits before the point; rates: 64 characters, any number of decimals", () => {
    expect(codesAt(request({}, licenseKey({ net: `1.${"0".repeat(62)}` })))).toEqual([]);
    expect(codesAt(request({}, licenseKey({ net: `1.${"0".repeat(63)}` })))).toEqual(["items[0].paid.net:too_long"]);
    expect(codesAt(request({}, licenseKey({ net: `2388.${"0".repeat(10_000_000)}` })))).toEqual(["items[0].paid.net:too_long"]);
    expect(codesAt(request({}, licenseKey({ net: `${"9".repeat(21)}.00` })))).toEqual(["items[0].paid.net:amount_too_large"]);
    const rated = (rate: string) => request({}, licenseKey({ net: "100.00", taxes: [tax("VAT", "19.00", { rate })] }));
    expect(codesAt(rated("0.19"))).toEqual([]);
    expect(codesAt(rated(`0.19${"0".repeat(60)}`))).toEqual([]);
    expect(codesAt(rated(`0.19${"0".repeat(61)}`))).toEqual(["items[0].paid.taxes[0].rate:too_long"]);
  });

  it("ids: 200 characters; free text: 2,000", () => {
    expect(codesAt(request({}, licenseKey({ id: "k".repeat(201) })))).toEqual(["items[0].id:too_long"]);
    expect(codesAt(request({}, incurredCharge({ description: "d".repeat(2_001) })))).toEqual(["items[0].description:too_long"]);
  });

  it("nesting: 32 levels, fields read past included; a cycle from JavaScript is too deep, never a stack overflow", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(codesAt({ ...request({}, licenseKey()), note: deep }, { unknownFields: "ignore" })).toEqual([`note${"[0]".repeat(LIMITS.maxDepth - 1)}:too_deep`]);
    const cycle: Record<string, unknown> = { ...request({}, licenseKey()) };
    cycle["self"] = cycle;
    expect(codesAt(cycle, { unknownFields: "ignore" })).toEqual([expect.stringMatching(/^self(\.self)*\.[a-z.[\]0-9]+:too_deep$/)]);
  });

  it("a request's size: 32 Mi characters of JSON, counted without writing it", () => {
    const filler = Array.from({ length: 40 }, () => "x".repeat(1024 * 1024));
    expect(codesAt({ ...request({}, licenseKey()), filler }, { unknownFields: "ignore" })).toEqual([":too_large"]);
  });
});

/** The best of seven timings of `run`, in ms. */
function best(run: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/**
 * How much longer reading 10× the input takes than 1× (the validation alone: options, then the request),
 * measured in one run: linear is about 10, quadratic about 100. The inputs stay small (at most a few
 * thousand entries): past that, V8's garbage collection of one large call grows faster than the work.
 */
function growth(input: (n: number) => unknown, n: number, options?: unknown): number {
  const validate = (value: unknown) => {
    const read = readOptions(options);
    return read.ok ? readRequest(value, read.value) : read;
  };
  const small = input(n);
  const large = input(n * 10);
  best(() => validate(small)); // warm-up
  expect(validate(large).ok).toBe(true);
  // The least of three measurements: a pause of the machine inflates one, super-linear growth inflates all three.
  let least = Infinity;
  for (let i = 0; i < 3; i++) least = Math.min(least, best(() => validate(large)) / best(() => validate(small)));
  return least;
}

/** The most a 10× input may cost over 1× before the growth counts as super-linear. */
const LINEAR = 40;

describe("validation is linear in the input (ratios of 10× inputs in one run, no wall-clock threshold)", { timeout: 120_000 }, () => {
  it("in the taxes of an item (the duplicate and unknown-tax checks)", () => {
    const input = (n: number) => {
      const paid = Array.from({ length: n }, (_, i) => tax(`T${i}`, "1.00"));
      const refundedTaxes = paid.map((t) => ({ code: t.code, amount: "0.10" }));
      return request({}, ...Array.from({ length: 20 }, (_, i) => ({ ...licenseKey({ id: `k${i}`, net: "1000.00", taxes: paid }), refunded: { net: "1.00", taxes: refundedTaxes } })));
    };
    expect(growth(input, 10)).toBeLessThan(LINEAR);
  });

  it("in items, overdue invoices, and fields read past", () => {
    const items = (n: number) => request({}, ...Array.from({ length: n }, (_, i) => subscription({ id: `s${i}` })));
    expect(growth(items, 200)).toBeLessThan(LINEAR);
    const invoices = (n: number) => {
      const req = request({}, licenseKey()) as RefundRequest & { account: object };
      return { ...req, account: { ...req.account, overdueInvoices: Array.from({ length: n }, (_, i) => ({ id: `inv-${i}`, amount: "1.00" })) } };
    };
    expect(growth(invoices, 200)).toBeLessThan(LINEAR);
    const unknown = (n: number) => ({ ...request({}, licenseKey()), extra: Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, i])) });
    expect(growth(unknown, 500, { unknownFields: "ignore" })).toBeLessThan(LINEAR);
  });
});
