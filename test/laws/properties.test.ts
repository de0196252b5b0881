import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRefund, type RefundRequest } from "../../src/index.js";
import { Money, type CalendarDate } from "../../src/rules/index.js";
import { checkDecision, incurredCharge, licenseKey, marketplaceApp, request, telephonyCredit } from "../../src/testing/index.js";
import { completedMigration, options, subscriptionCase } from "../arbitraries.js";

const m = (value: string) => Money.parse(value);

/** A completion day somewhere around the period: before, inside or after it. */
const caseWithDay = subscriptionCase.chain((c) =>
  fc.integer({ min: c.start - 40, max: c.end + 40 }).map((completedOn) => ({ ...c, completedOn: completedOn as CalendarDate })),
);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe("laws of the migration refund", () => {
  it("never refunds a negative amount nor more than paid minus already refunded, net and per tax", () => {
    fc.assert(
      fc.property(caseWithDay, options, ({ currency, sub, completedOn }, opts) => {
        const line = evaluateRefund(completedMigration(currency, sub, completedOn), opts).lines[0]!;
        expect(m(sub.refunded!.net).plus(m(line.refund.net)).greaterThan(m(sub.paid.net))).toBe(false);
        for (const [i, paidTax] of (sub.paid.taxes ?? []).entries()) {
          const refundedTax = line.refund.taxes.find((t) => t.code === paidTax.code)!;
          const earlier = sub.refunded!.taxes![i]!.amount;
          expect(m(earlier).plus(m(refundedTax.amount)).greaterThan(m(paidTax.amount))).toBe(false);
          if (paidTax.refundable === false) expect(refundedTax.amount).toMatch(/^0(\.0+)?$/);
        }
        expect(line.refund.gross.startsWith("-")).toBe(false);
      }),

    );
  });

  it("counts used + unused = total, with the first unused day inside the period", () => {
    fc.assert(
      fc.property(caseWithDay, options, ({ currency, sub, completedOn }, opts) => {
        const calc = evaluateRefund(completedMigration(currency, sub, completedOn), opts).lines[0]!.calculation!;
        expect(calc.used + calc.unused).toBe(calc.total);
        expect(calc.used).toBeGreaterThanOrEqual(0);
        expect(calc.unused).toBeGreaterThanOrEqual(0);
        expect(calc.unusedFrom >= sub.period.start && calc.unusedFrom <= sub.period.end).toBe(true);
      }),

    );
  });

  it("never refunds more for a later completion", () => {
    fc.assert(
      fc.property(caseWithDay, fc.integer({ min: 1, max: 400 }), options, ({ currency, sub, completedOn }, later, opts) => {
        const early = evaluateRefund(completedMigration(currency, sub, completedOn), opts);
        const late = evaluateRefund(completedMigration(currency, sub, (completedOn + later) as CalendarDate), opts);
        expect(m(late.total.gross).greaterThan(m(early.total.gross))).toBe(false);
        expect(m(late.total.net).greaterThan(m(early.total.net))).toBe(false);
      }),

    );
  });

  it("gives an estimate for day D equal to the final answer for day D", () => {
    fc.assert(
      fc.property(caseWithDay, options, ({ currency, sub, completedOn }, opts) => {
        const final = completedMigration(currency, sub, completedOn);
        const estimate: RefundRequest = { ...final, migration: { status: "in_progress", expectedCompletionOn: final.migration!.completedOn! } };
        const fromAsOf: RefundRequest = { ...final, migration: { status: "requested" } };
        const a = evaluateRefund(final, opts);
        const b = evaluateRefund(estimate, opts);
        const c = evaluateRefund(fromAsOf, opts);
        expect([b.status, c.status, a.status]).toEqual(["estimate", "estimate", "final"]);
        expect(b.lines).toEqual(a.lines);
        expect(c.lines).toEqual(a.lines);
        expect(b.total).toEqual(a.total);
      }),

    );
  });

  it("adds every line and total up to the cent, with the currency's digits", () => {
    fc.assert(
      fc.property(caseWithDay, options, ({ currency, sub, completedOn }, opts) => {
        expect(checkDecision(evaluateRefund(completedMigration(currency, sub, completedOn), opts))).toEqual([]);
      }),

    );
  });

  it("never pays an earlier refund twice: paying a decision and asking again earns nothing", () => {
    fc.assert(
      fc.property(caseWithDay, options, ({ currency, sub, completedOn }, opts) => {
        const first = evaluateRefund(completedMigration(currency, sub, completedOn), opts).lines[0]!;
        const paidNow = (earlier: string, now: string) => m(earlier).plus(m(now)).format(first.refund.net.split(".")[1]?.length ?? 0);
        const again = {
          ...sub,
          refunded: {
            net: paidNow(sub.refunded!.net, first.refund.net),
            taxes: sub.refunded!.taxes!.map((t, i) => ({ code: t.code, amount: paidNow(t.amount, first.refund.taxes[i]!.amount) })),
          },
        };
        expect(evaluateRefund(completedMigration(currency, again, completedOn), opts).total.gross).toMatch(/^0(\.0+)?$/);
      }),

    );
  });
});

describe("laws of every decision", () => {
  const accountRequest = caseWithDay.chain((c) =>
    fc
      .record({
        action: fc.constantFrom("refund", "cancel", "migrate_to_on_premise", "transfer_credit", "apply_credit_to_invoice", "pay_with_credit"),
        status: fc.constantFrom("active", "suspended", "terminated"),
        overdue: fc.boolean(),
      })
      .map(({ action, status, overdue }): RefundRequest => {
        const { migration, ...base } = completedMigration(c.currency, c.sub, c.completedOn);
        const digits = (n: string) => (c.digits === 0 ? n.split(".")[0]! : n.padEnd(n.indexOf(".") + 1 + c.digits, "0"));
        return {
          ...base,
          action,
          ...(action === "migrate_to_on_premise" ? { migration: migration! } : {}),
          account: { ...base.account, status, ...(overdue ? { overdueInvoices: [{ id: "inv", amount: digits("10.0") }] } : {}) },
          items: [
            c.sub,
            licenseKey({ net: digits("5.0") }),
            telephonyCredit({ balance: digits("2.0") }),
            marketplaceApp({ net: digits("3.0"), purchasedOn: base.asOf }),
            incurredCharge({ amount: digits("1.0") }),
          ],
        };
      }),
  );

  it("decides the same way every time and never changes the request", () => {
    fc.assert(
      fc.property(accountRequest, options, (req, opts) => {
        const snapshot = JSON.stringify(req);
        const frozen = deepFreeze(structuredClone(req));
        const first = evaluateRefund(req, opts);
        expect(JSON.stringify(req)).toBe(snapshot);
        expect(evaluateRefund(frozen, opts)).toEqual(first);
        expect(checkDecision(first)).toEqual([]);
      }),

    );
  });

  it("returns fresh objects: changing a decision never changes the next one", () => {
    const req = request({}, telephonyCredit());
    const first = evaluateRefund(req);
    first.lines[0]!.refund.taxes.push({ code: "X", amount: "1.00" });
    first.notices.push({ code: "taxes.exclusive", clause: "taxes.exclusive" });
    expect(evaluateRefund(req).lines[0]!.refund.taxes).toEqual([]);
    expect(evaluateRefund(req).notices).toEqual([]);
  });
});
