import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRefund, safeEvaluateRefund } from "../../src/index.js";
import { type CalendarDate, formatCalendarDate } from "../../src/rules/index.js";
import { amountOf, day, options, subscriptionCase } from "../arbitraries.js";

const date = (n: number) => formatCalendarDate(n as CalendarDate);

describe("laws of the decision space", () => {
  it("no effect is ever dated before asOf, on a cancel or after a final migration", () => {
    fc.assert(
      fc.property(
        subscriptionCase,
        options,
        fc.integer({ min: -400, max: 800 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom("cancel", "migrate_to_on_premise"),
        ({ currency, sub, start }, opts, completionOffset, asOfLag, action) => {
          const completedOn = start + completionOffset;
          const asOf = date(completedOn + asOfLag);
          const migration = action === "cancel" ? {} : { migration: { status: "completed" as const, completedOn: date(completedOn) } };
          const decision = evaluateRefund({ asOf, action, account: { id: "a", currency }, ...migration, items: [sub] }, opts);
          expect(decision.effects).toHaveLength(1);
          for (const effect of decision.effects) expect(effect.on >= asOf).toBe(true);
        },
      ),
    );
  });

  it("an estimate whose expected day is not after asOf equals the final answer for asOf", () => {
    fc.assert(
      fc.property(subscriptionCase, options, day, fc.integer({ min: 0, max: 400 }), ({ currency, sub }, opts, asOfDay, staleness) => {
        const base = { asOf: date(asOfDay), action: "migrate_to_on_premise" as const, account: { id: "a", currency }, items: [sub] };
        const estimate = evaluateRefund({ ...base, migration: { status: "in_progress", expectedCompletionOn: date(asOfDay - staleness) } }, opts);
        const final = evaluateRefund({ ...base, migration: { status: "completed", completedOn: date(asOfDay) } }, opts);
        expect(estimate.status).toBe("estimate");
        expect(estimate.total).toEqual(final.total);
        expect(estimate.lines).toEqual(final.lines);
      }),
    );
  });

  it("a prorated line that pays nothing says no_unused_time exactly when nothing is unused", () => {
    fc.assert(
      fc.property(subscriptionCase, options, fc.integer({ min: -400, max: 800 }), ({ currency, sub, start }, opts, completionOffset) => {
        const completedOn = date(start + completionOffset);
        const request = {
          asOf: completedOn,
          action: "migrate_to_on_premise" as const,
          account: { id: "a", currency },
          migration: { status: "completed" as const, completedOn },
          items: [sub],
        };
        const line = evaluateRefund(request, opts).lines[0]!;
        if (line.outcome !== "no_refund" || line.calculation === undefined) return;
        expect(line.reason === "no_unused_time").toBe(line.calculation.unused === 0);
        if (line.reason === "rounds_to_zero") expect(line.refund.gross).toMatch(/^0(\.0+)?$/);
      }),
    );
  });

  it("a tax within one minor unit of net × rate is accepted, and one two or more units away is refused", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(["EUR", 2], ["JPY", 0], ["KWD", 3]),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(0n, 1n, 2n, -2n, 5n),
        ([currency, digits], netMinor, perMille, offset) => {
          // floor(net × rate) is within one unit below the exact product; +1 within one above.
          const floorMinor = (netMinor * BigInt(perMille)) / 1000n;
          const amountMinor = floorMinor + offset;
          fc.pre(amountMinor >= 0n);
          const rate = `0.${String(perMille).padStart(3, "0")}`;
          const item = {
            id: "sub-1",
            type: "subscription" as const,
            cycle: "year" as const,
            period: { start: "2026-01-01", end: "2027-01-01" },
            paid: { net: amountOf(netMinor, digits), taxes: [{ code: "VAT", rate, amount: amountOf(amountMinor, digits) }] },
          };
          const result = safeEvaluateRefund({ asOf: "2026-06-20", action: "refund", account: { id: "a", currency }, items: [item] });
          const accepted = offset === 0n || offset === 1n;
          expect(result.ok).toBe(accepted);
          if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(["tax_rate_mismatch"]);
        },
      ),
    );
  });
});

describe("the tax tolerance is exact decimal arithmetic", () => {
  it("agrees with decimal.js on |amount − net × rate| ≤ one minor unit, next to the product and far from it", async () => {
    const { Decimal } = await import("decimal.js");
    const Exact = Decimal.clone({ precision: 100 });
    const { withinMinorUnitOfProduct } = await import("../../src/money/decimal-string.js");
    const decimal = (maxDecimals: number) =>
      fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: maxDecimals })).map(([n, d]) => amountOf(n, d));
    fc.assert(
      fc.property(decimal(4), decimal(12), fc.integer({ min: 0, max: 4 }), fc.integer({ min: -3, max: 3 }), decimal(4), fc.boolean(), (net, rate, digits, offset, far, near) => {
        const product = new Exact(net).times(rate);
        const unit = new Exact(10).pow(-digits);
        const close = product.toDecimalPlaces(digits, Decimal.ROUND_DOWN).plus(unit.times(offset));
        fc.pre(!near || !close.isNegative());
        const amount = near ? close.toFixed(digits) : far;
        const exact = new Exact(amount).minus(product).abs().lessThanOrEqualTo(unit);
        expect(withinMinorUnitOfProduct(amount, net, rate, digits)).toBe(exact);
      }),
    );
  });
});
