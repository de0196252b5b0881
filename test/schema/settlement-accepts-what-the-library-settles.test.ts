import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeSettleRefund, safeEvaluateRefund, type SettlementInput, type SettlementOptions } from "../../src/index.js";
import type { CalendarDate } from "../../src/rules/index.js";
import { amountOf, completedMigration, subscriptionCase } from "../arbitraries.js";
import { validateSettlement, validateSettlementInput, validateSettlementOptions, verdict } from "./schemas.js";

// What a service in another language relies on: every input the library settles passes the input schema,
// its options the options schema, and the plan the (closed) plan schema.

const ok = { accepted: true, errors: [] };

function expectSettledAndValid(input: SettlementInput, options?: SettlementOptions): boolean {
  const result = safeSettleRefund(input, options);
  if (!result.ok) return false;
  expect(verdict(validateSettlementInput, input)).toEqual(ok);
  if (options !== undefined) expect(verdict(validateSettlementOptions, options)).toEqual(ok);
  expect(verdict(validateSettlement, result.plan)).toEqual(ok);
  return true;
}

const settlementOptions: fc.Arbitrary<SettlementOptions> = fc.record(
  {
    order: fc.constantFrom("latest_first" as const, "earliest_first" as const, "proportional" as const, null),
    remainder: fc.constantFrom("account_credit" as const, "out_of_band" as const, null),
    offset: fc.constantFrom("none" as const, "open_invoices" as const, null),
  },
  { requiredKeys: [] },
);

/** A final decision of one subscription over a ledger: its invoice and one to four payments that paid it. */
const settlementCase = fc
  .record({
    sub: subscriptionCase,
    offset: fc.integer({ min: 0, max: 400 }),
    shares: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 }),
    refundedPerMille: fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 4, maxLength: 4 }),
    refundable: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    windows: fc.array(fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }), { minLength: 4, maxLength: 4 }),
    open: fc.array(fc.record({ minor: fc.bigInt({ min: 1n, max: 10n ** 6n }), due: fc.integer({ min: -90, max: 90 }) }), { maxLength: 3 }),
    nulls: fc.boolean(),
  })
  .map(({ sub: { currency, digits, sub, start }, offset, shares, refundedPerMille, refundable, windows, open, nulls }) => {
    const completedOn = (start + offset) as CalendarDate;
    const request = completedMigration(currency, sub, completedOn);
    const decided = safeEvaluateRefund(request);
    if (!decided.ok) return undefined;
    const minor = (amount: string): bigint => BigInt(amount.replace(".", ""));
    const gross = minor(sub.paid.net) + (sub.paid.taxes ?? []).reduce((sum, tax) => sum + minor(tax.amount), 0n);
    const total = BigInt(shares.reduce((a, b) => a + b, 0));
    let given = 0n;
    const day = (n: number) => new Date((completedOn + n) * 86_400_000).toISOString().slice(0, 10);
    const payments = shares.map((share, i) => {
      const amount = i === shares.length - 1 ? gross - given : (gross * BigInt(share)) / total;
      given += amount;
      const window = windows[i];
      return {
        id: `pay-${i}`,
        invoiceId: "inv-1",
        method: (["card", "direct_debit", "bank_transfer", "wallet"] as const)[i]!,
        amount: amountOf(amount, digits),
        refunded: amountOf((amount * BigInt(refundedPerMille[i]!)) / 1000n, digits),
        capturedAt: `${sub.period.start}T0${i}:00:00Z`,
        ...(window === undefined ? (nulls ? { refundableUntil: null } : {}) : { refundableUntil: day(window) }),
        ...(refundable[i] ? {} : { refundable: false }),
      };
    });
    const input: SettlementInput = {
      decision: decided.decision,
      invoices: [{ id: "inv-1", number: "INV-1", issuedOn: sub.period.start, itemIds: ["sub-1"], gross: amountOf(gross, digits), ...(nulls ? { credited: null, currency: null } : {}) }],
      payments,
      ...(open.length > 0 ? { openInvoices: open.map(({ minor: amount, due }, i) => ({ id: `open-${i}`, amount: amountOf(amount, digits), dueOn: day(due) })) } : nulls ? { openInvoices: null } : {}),
    };
    return input;
  })
  .filter((input): input is SettlementInput => input !== undefined);

describe("the settlement schemas accept what the library settles", () => {
  it("every settled random ledger: its input, options and plan pass their schemas", () => {
    let settled = 0;
    fc.assert(
      fc.property(settlementCase, fc.option(settlementOptions, { nil: undefined }), (input, options) => {
        if (expectSettledAndValid(input, options)) settled++;
      }),
      { numRuns: 200 },
    );
    // A test that settled nothing would prove nothing.
    expect(settled).toBeGreaterThan(100);
  });
});
