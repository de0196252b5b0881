import { describe, expect, it } from "vitest";
import { evaluateRefund, type RefundDecision } from "../src/index.js";
import { assertDecision, checkDecision, incurredCharge, licenseKey, marketplaceApp, migrationRequest, refunded, request, subscription, tax, telephonyCredit } from "../src/testing/index.js";

describe("refund-policy/testing builders", () => {
  it("build a valid request in one line, with sensible defaults", () => {
    const req = request();
    expect(req).toEqual({
      asOf: "2026-06-20",
      action: "refund",
      account: { id: "acct-1", currency: "EUR" },
      items: [{ id: "sub-1", type: "subscription", plan: "professional", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "1200.00" } }],
    });
    expect(() => evaluateRefund(request({}, subscription(), licenseKey(), telephonyCredit(), marketplaceApp(), incurredCharge()))).not.toThrow();
  });

  it("build the contract's example in one line", () => {
    const decision = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72", { rate: "0.19" })] })));
    expect(decision.total).toEqual({ net: "1194.00", tax: "226.86", gross: "1420.86" });
  });

  it("shape estimates, cancellations, currencies and earlier refunds", () => {
    expect(migrationRequest({ expectedOn: "2026-06-30" }).migration).toEqual({ status: "in_progress", expectedCompletionOn: "2026-06-30" });
    expect(migrationRequest({}).migration).toEqual({ status: "in_progress" });
    expect(migrationRequest({ cancelled: true }).migration).toEqual({ status: "cancelled" });
    expect(request({ currency: "JPY" }).account.currency).toBe("JPY");
    expect(subscription({ refunded: refunded("1.00", { VAT: "0.19" }) }).refunded).toEqual({ net: "1.00", taxes: [{ code: "VAT", amount: "0.19" }] });
    expect(marketplaceApp({ start: "2026-06-01", end: "2026-07-01" }).period).toEqual({ start: "2026-06-01", end: "2026-07-01" });
  });
});

describe("checkDecision", () => {
  const good = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription({ taxes: [tax("VAT", "228.00")] }), licenseKey()));
  const broken = (change: (d: RefundDecision) => void) => {
    const copy = structuredClone(good);
    change(copy);
    return checkDecision(copy);
  };

  it("accepts a decision of the engine", () => {
    expect(checkDecision(good)).toEqual([]);
    expect(assertDecision(good)).toBe(good);
  });

  it.each([
    ["a total that does not add up", (d: RefundDecision) => (d.total.net = "600.01"), "total.net is not the sum of the lines"],
    ["a gross that is not net + tax", (d: RefundDecision) => (d.lines[0]!.refund.gross = "1.00"), "lines[0]: net + tax is not gross"],
    ["taxes that do not add up", (d: RefundDecision) => (d.lines[0]!.refund.taxes[0]!.amount = "1.00"), "lines[0]: the taxes do not add up to refund.tax"],
    ["an amount with the wrong digits", (d: RefundDecision) => (d.total.tax = "114.0"), 'total.tax: "114.0" is not an amount with exactly 2 decimals'],
    ["an unknown clause", (d: RefundDecision) => (d.lines[1]!.clause = "made.up" as never), 'lines[1]: unknown clause "made.up"'],
    ["an outcome the lines do not give", (d: RefundDecision) => (d.outcome = "refund"), 'outcome is "refund" but the lines make it "partial_refund"'],
    ["a line outcome that contradicts its money", (d: RefundDecision) => (d.lines[1]!.outcome = "refund"), 'lines[1]: outcome "refund" does not match a gross of 0.00'],
    ["counts that do not add up", (d: RefundDecision) => (d.lines[0]!.calculation!.used = 7), "lines[0]: used + unused is not total"],
  ])("finds %s", (_name, change, message) => {
    expect(broken(change)).toContain(message);
    const copy = structuredClone(good);
    change(copy);
    expect(() => assertDecision(copy)).toThrow(message);
  });

  it("refuses a decision in an unknown currency", () => {
    expect(broken((d) => (d.currency = "XXX"))).toEqual(['currency "XXX" is not an ISO 4217 currency']);
  });
});

describe("testing helpers, edge cases", () => {
  it("build defaults a user can rely on", () => {
    expect(licenseKey()).toEqual({ id: "key-1", type: "license_key", product: "on-premise-business", paid: { net: "1490.00" } });
    expect(incurredCharge()).toEqual({ id: "use-1", type: "incurred_charge", description: "SMS", amount: "3.20" });
    expect(marketplaceApp({ start: "2026-06-01" }).period).toBeUndefined();
    expect(request({ currency: "USD", account: { id: "a", currency: "EUR" } }).account).toEqual({ id: "a", currency: "USD" });
    expect(request({ account: { id: "a", currency: "JPY" } }).account).toEqual({ id: "a", currency: "JPY" });
    expect(subscription().paid).toEqual({ net: "1200.00" });
    expect(migrationRequest({ expectedOn: "2026-07-01", asOf: "2026-06-01", currency: "USD" })).toMatchObject({ asOf: "2026-06-01", account: { currency: "USD" } });
  });

  it("check every part of a decision", () => {
    const good = evaluateRefund(request({ action: "cancel" }, subscription()));
    const broken = (change: (d: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return checkDecision(copy);
    };
    expect(broken((d) => (d.total.gross = "1.00"))).toEqual(["total.gross is not net + tax"]);
    expect(broken((d) => (d.total.tax = "1.00"))).toEqual(["total.tax is not the sum of the lines"]);
    expect(broken((d) => (d.effects[0]!.clause = "x" as never))).toEqual(['notices/effects[0]: unknown clause "x"']);
    expect(broken((d) => (d.lines[0]!.outcome = "maybe" as never))).toContain('lines[0]: unknown outcome "maybe"');
    expect(broken((d) => (d.lines[0]!.refund.net = "x"))).toContain('lines[0].refund.net: "x" is not an amount with exactly 2 decimals');
    expect(broken((d) => (d.lines[0]!.refund.taxes = [{ code: "T", amount: "0.0" }]))).toContain('lines[0].refund.taxes[0]: "0.0" is not an amount with exactly 2 decimals');
    expect(broken((d) => (d.lines[0]!.calculation = { unit: "day", used: -1, unused: 2, total: 1, unusedFrom: "x", to: "y" }))).toEqual(["lines[0]: used + unused is not total"]);
    expect(broken((d) => (d.lines[0]!.calculation = { unit: "day", used: 2, unused: -1, total: 1, unusedFrom: "x", to: "y" }))).toEqual(["lines[0]: used + unused is not total"]);
    expect(broken((d) => (d.outcome = "not_allowed"))).toEqual(['outcome is "not_allowed" but the lines make it "no_refund"']);
    const mixed = evaluateRefund(request({}, marketplaceApp(), licenseKey()));
    expect(mixed.outcome).toBe("refer_to_developer");
    expect(checkDecision(mixed)).toEqual([]);
    const paid = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription(), subscription({ id: "s2", start: "2026-07-01", end: "2027-07-01" })));
    expect(paid.outcome).toBe("partial_refund");
    expect(checkDecision({ ...paid, outcome: "refund" })).toEqual(['outcome is "refund" but the lines make it "partial_refund"']);
    expect(checkDecision({ ...paid, lines: [paid.lines[1]!], total: { net: "1200.00", tax: "0.00", gross: "1200.00" }, outcome: "refund" })).toEqual([]);
  });
});
