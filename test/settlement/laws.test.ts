// The laws of a settlement (issue 21), as properties over random decisions of the reference model's accounts
// and random ledgers around them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRefund, safeSettleRefund, settleRefund, type SettlementPlan } from "../../src/index.js";
import { allocate, inOrder, type Capped } from "../../src/settlement/allocate.js";
import type { PaymentView } from "../../src/settlement/read-ledger.js";
import { buildOptions } from "../reference/accounts.js";
import { CURRENCY_DIGITS, parseMinor } from "../reference/money.js";
import { decidedAccount, ledgerFor, settlementCase, shuffled } from "./arbitraries.js";

type Json = Record<string, any>;

const minorOf = (plan: SettlementPlan) => (text: string) => parseMinor(text, CURRENCY_DIGITS[plan.currency]!)!;
const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

/** What a payment can take back, from the contract's words, on the input as given. */
function capOf(payment: Json, asOf: string, minor: (text: string) => bigint): bigint {
  if (payment.refundable === false) return 0n;
  if (payment.refundableUntil !== undefined && asOf > String(payment.refundableUntil).slice(0, 10)) return 0n;
  return minor(payment.amount) - minor(payment.refunded ?? "0");
}

const settled = settlementCase(true);

describe("conservation", () => {
  it("makes the steps add up to the decision's total gross, and each invoice's settledBy to its credit note's gross", () => {
    fc.assert(
      fc.property(settled, ({ input, options }) => {
        const plan = settleRefund(input as never, options);
        const minor = minorOf(plan);
        expect(plan.total).toBe(input.decision.total.gross);
        expect(sum(plan.steps.map((step) => minor(step.amount)))).toBe(minor(plan.total));
        for (const note of plan.creditNotes) {
          const { refunded, offset, credited, outOfBand } = note.settledBy;
          expect(sum([refunded, offset, credited, outOfBand].map(minor))).toBe(minor(note.total.gross));
          expect(sum(note.lines.map((line) => minor(line.gross)))).toBe(minor(note.total.gross));
          const refunds = plan.steps.filter((step) => step.type === "refund_payment" && step.invoiceId === note.invoiceId);
          expect(sum(refunds.map((step) => minor(step.amount)))).toBe(minor(refunded));
        }
        expect(sum(plan.steps.filter((s) => s.type === "offset_invoice").map((s) => minor(s.amount)))).toBe(sum(plan.creditNotes.map((n) => minor(n.settledBy.offset))));
      }),
    );
  }, 120_000);

  it("never lists a step of zero, and lists a credit note exactly for each invoice whose lines earn money", () => {
    fc.assert(
      fc.property(settled, ({ input, options }) => {
        const plan = settleRefund(input as never, options);
        const minor = minorOf(plan);
        for (const step of plan.steps) expect(minor(step.amount)).toBeGreaterThan(0n);
        const earning = (input.invoices as Json[]).filter((invoice) =>
          (input.decision.lines as Json[]).some((line) => invoice.itemIds.includes(line.itemId) && minor(line.refund.gross) > 0n),
        );
        expect(plan.creditNotes.map((note) => note.invoiceId).sort()).toEqual(earning.map((invoice) => invoice.id).sort());
      }),
    );
  }, 120_000);
});

describe("caps", () => {
  it("never refunds a payment more than amount - refunded, nothing when disputed or past its window, and only on its own invoice", () => {
    fc.assert(
      fc.property(settled, ({ input, options }) => {
        const plan = settleRefund(input as never, options);
        const minor = minorOf(plan);
        for (const payment of input.payments as Json[]) {
          const steps = plan.steps.filter((step) => step.type === "refund_payment" && step.paymentId === payment.id);
          expect(steps.length).toBeLessThanOrEqual(1);
          for (const step of steps) {
            expect(step.type === "refund_payment" && step.invoiceId).toBe(payment.invoiceId);
            expect(step.type === "refund_payment" && minor(step.expectRefunded)).toBe(minor(payment.refunded ?? "0"));
            expect(minor(step.amount)).toBeLessThanOrEqual(capOf(payment, input.decision.asOf, minor));
            expect(payment.method).not.toBe("account_credit");
          }
        }
        for (const note of plan.creditNotes) {
          const invoice = (input.invoices as Json[]).find((entry) => entry.id === note.invoiceId)!;
          if (invoice.gross !== undefined) expect(minor(note.total.gross)).toBeLessThanOrEqual(minor(invoice.gross) - minor(invoice.credited ?? "0"));
        }
      }),
    );
  }, 120_000);

  it("sends back to payments all an invoice's payments can take; only the rest is account credit or out of band", () => {
    fc.assert(
      fc.property(settled, ({ input, options }) => {
        const plan = settleRefund(input as never, options);
        const minor = minorOf(plan);
        for (const note of plan.creditNotes) {
          const own = (input.payments as Json[]).filter((payment) => payment.invoiceId === note.invoiceId);
          const capOfAll = (list: Json[]) => sum(list.map((payment) => capOf(payment, input.decision.asOf, minor)));
          const gatewayCapacity = capOfAll(own.filter((p) => p.method !== "account_credit"));
          const capacity = capOfAll(own);
          const toPayments = minor(note.total.gross) - minor(note.settledBy.offset);
          const placed = toPayments < capacity ? toPayments : capacity;
          const refunded = minor(note.settledBy.refunded);
          expect(refunded).toBeLessThanOrEqual(gatewayCapacity);
          expect(minor(note.settledBy.credited) + minor(note.settledBy.outOfBand)).toBe(toPayments - refunded);
          if ((options.remainder ?? "account_credit") === "account_credit") {
            expect(minor(note.settledBy.outOfBand)).toBe(0n);
          } else {
            // Out of band is exactly what no payment can take; account credit only what was paid from account credit.
            expect(minor(note.settledBy.outOfBand)).toBe(toPayments - placed);
            expect(minor(note.settledBy.credited)).toBe(placed - refunded);
            expect(minor(note.settledBy.credited)).toBeLessThanOrEqual(capacity - gatewayCapacity);
          }
        }
      }),
    );
  }, 120_000);
});

/** Payments with caps, as the allocation sees them (ids p0, p1, …, captures from the list). */
const cappedList = fc
  .array(fc.record({ cap: fc.bigInt({ min: 0n, max: 10_000n }), seconds: fc.integer({ min: 0, max: 5 }), fraction: fc.constantFrom("", "5", "25") }), { minLength: 1, maxLength: 6 })
  .map((rows) =>
    rows.map(({ cap, seconds, fraction }, i): Capped => ({
      cap,
      payment: { id: `p${(i * 7) % 10}${i}`, invoiceId: "inv", method: "card", amount: cap, refunded: 0n, captured: { seconds, fraction }, refundable: true } satisfies PaymentView,
    })),
  );

describe("order within an invoice", () => {
  it("greedy orders exhaust each payment before the next gets anything, latest (or earliest) capture first, ties by id", () => {
    fc.assert(
      fc.property(cappedList, fc.bigInt({ min: 0n, max: 70_000n }), fc.constantFrom("latest_first" as const, "earliest_first" as const), (capped, amount, order) => {
        const ordered = inOrder(capped, order);
        for (let i = 1; i < ordered.length; i++) {
          const [a, b] = [ordered[i - 1]!.payment, ordered[i]!.payment];
          const at = (p: PaymentView) => p.captured.seconds + Number(`0.${p.captured.fraction || "0"}`);
          if (at(a) === at(b)) expect(a.id < b.id).toBe(true);
          else expect(order === "latest_first" ? at(a) > at(b) : at(a) < at(b)).toBe(true);
        }
        const shares = allocate(amount, ordered, order);
        shares.forEach((share, i) => {
          expect(share.amount).toBeLessThanOrEqual(ordered[i]!.cap);
          if (share.amount > 0n) for (let j = 0; j < i; j++) expect(shares[j]!.amount).toBe(ordered[j]!.cap);
        });
        const capacity = sum(capped.map((c) => c.cap));
        expect(sum(shares.map((s) => s.amount))).toBe(amount < capacity ? amount : capacity);
      }),
    );
  });

  it("greedy orders are monotone in the total: a larger refund never gives any payment less", () => {
    fc.assert(
      fc.property(cappedList, fc.bigInt({ min: 0n, max: 70_000n }), fc.bigInt({ min: 0n, max: 70_000n }), fc.constantFrom("latest_first" as const, "earliest_first" as const), (capped, a, b, order) => {
        const [small, large] = a < b ? [a, b] : [b, a];
        const ordered = inOrder(capped, order);
        const before = allocate(small, ordered, order);
        const after = allocate(large, ordered, order);
        before.forEach((share, i) => expect(share.amount).toBeLessThanOrEqual(after[i]!.amount));
      }),
    );
  });

  it("proportional shares are within one minor unit of exact, never above a cap, and the leftover units go to the largest remainders", () => {
    fc.assert(
      fc.property(cappedList, fc.bigInt({ min: 0n, max: 70_000n }), (capped, amount) => {
        const ordered = inOrder(capped, "proportional");
        expect(ordered.map((c) => c.payment.id)).toEqual([...ordered.map((c) => c.payment.id)].sort());
        const shares = allocate(amount, ordered, "proportional");
        const capacity = sum(capped.map((c) => c.cap));
        const total = amount < capacity ? amount : capacity;
        expect(sum(shares.map((s) => s.amount))).toBe(total);
        shares.forEach((share, i) => {
          const cap = ordered[i]!.cap;
          expect(share.amount).toBeLessThanOrEqual(cap);
          // |share - total * cap / capacity| < 1, exactly: |share * capacity - total * cap| < capacity.
          const gap = share.amount * capacity - total * cap;
          expect(gap < 0n ? -gap : gap).toBeLessThan(capacity === 0n ? 1n : capacity);
        });
        // A payment with a larger remainder never gets its share rounded down while a smaller one is rounded up.
        const rest = (i: number) => (capacity === 0n ? 0n : (total * ordered[i]!.cap) % capacity);
        const up = (i: number) => capacity > 0n && shares[i]!.amount * capacity > total * ordered[i]!.cap;
        shares.forEach((_, i) => shares.forEach((__, j) => {
          if (up(j) && !up(i) && rest(i) > 0n) expect(rest(i) < rest(j) || (rest(i) === rest(j) && ordered[j]!.payment.id < ordered[i]!.payment.id)).toBe(true);
        }));
      }),
    );
  });
});

describe("determinism", () => {
  it("gives a byte-identical plan and planId for the same input, and never changes the input", () => {
    fc.assert(
      fc.property(settled, ({ input, options }) => {
        const before = JSON.stringify(input);
        const first = JSON.stringify(settleRefund(input as never, options));
        expect(JSON.stringify(settleRefund(JSON.parse(before), options && JSON.parse(JSON.stringify(options))))).toBe(first);
        expect(JSON.stringify(input)).toBe(before);
      }),
    );
  }, 120_000);

  it("changes nothing in the plan when any input array is permuted", () => {
    const permuted = settled.chain(({ input, options }) =>
      fc
        .record({
          invoices: shuffled(input.invoices as Json[]),
          payments: shuffled(input.payments as Json[]),
          openInvoices: shuffled((input.openInvoices ?? []) as Json[]),
          itemOrders: fc.tuple(...(input.invoices as Json[]).map((invoice) => shuffled(invoice.itemIds as string[]))),
        })
        .map((p) => ({ input, options, permutedInput: { ...input, invoices: p.invoices.map((inv) => ({ ...inv, itemIds: p.itemOrders[(input.invoices as Json[]).indexOf(inv)] })), payments: p.payments, ...(input.openInvoices ? { openInvoices: p.openInvoices } : {}) } })),
    );
    fc.assert(
      fc.property(permuted, ({ input, options, permutedInput }) => {
        expect(JSON.stringify(settleRefund(permutedInput as never, options))).toBe(JSON.stringify(settleRefund(input as never, options)));
      }),
    );
  }, 120_000);

  it("gives every step a key unique in the plan, at most 64 characters of A-Z a-z 0-9 _ - ., made from the planId", () => {
    fc.assert(
      fc.property(settled, ({ input, options }) => {
        const plan = settleRefund(input as never, options);
        const keys = plan.steps.map((step) => step.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const key of keys) {
          expect(key).toMatch(/^[A-Za-z0-9_.-]{1,64}$/);
          expect(key.startsWith(`${plan.planId}-`)).toBe(true);
        }
        expect(new Set(plan.creditNotes.map((note) => note.id)).size).toBe(plan.creditNotes.length);
      }),
    );
  }, 120_000);
});

describe("only final decisions", () => {
  it("refuses every estimate with not_final at decision.status, whatever the ledger", () => {
    const estimates = decidedAccount.filter(({ decision }) => decision.status === "estimate").chain(({ decision }) => ledgerFor(decision, true));
    fc.assert(
      fc.property(estimates, ({ input, options }) => {
        const result = safeSettleRefund(input, options);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path: "decision.status", code: "not_final" }));
      }),
      { numRuns: Math.min(50, fc.readConfigureGlobal().numRuns ?? 50) },
    );
  }, 120_000);
});

/** The request with each decision line's refund recorded in its item's `refunded`. */
function recordRefunds(request: Json, decision: Json): Json {
  const items = (request.items as Json[]).map((item) => {
    const line = (decision.lines as Json[]).find((entry) => entry.itemId === item.id)!;
    if (item.paid === undefined || !/[1-9]/.test(line.refund.gross)) return item;
    const digits = CURRENCY_DIGITS[decision.currency]!;
    const m = (text: string | undefined) => (text === undefined ? 0n : parseMinor(text, digits)!);
    const before = (item.refunded ?? { net: "0", taxes: [] }) as Json;
    const taxes = (item.paid.taxes ?? []).map((paid: Json) => {
      const earlier = (before.taxes ?? []).find((t: Json) => t.code === paid.code)?.amount;
      const now = line.refund.taxes.find((t: Json) => t.code === paid.code)?.amount;
      return { code: paid.code, amount: fmt(m(earlier) + m(now), digits) };
    });
    return { ...item, refunded: { net: fmt(m(before.net) + m(line.refund.net), digits), taxes } };
  });
  return { ...request, items };
}
const fmt = (minor: bigint, digits: number) => (digits === 0 ? minor.toString() : `${minor / 10n ** BigInt(digits)}.${(minor % 10n ** BigInt(digits)).toString().padStart(digits, "0")}`);

describe("asking twice never pays twice", () => {
  it("after a plan is carried out and its refunds recorded in the request, the new decision's plan has no step", () => {
    const cases = decidedAccount
      .filter(({ decision }) => decision.status === "final" && /[1-9]/.test(decision.total.gross))
      .chain((decided) => ledgerFor(decided.decision, true).map((ledger) => ({ ...decided, ...ledger })));
    fc.assert(
      fc.property(cases, ({ account, input, options }) => {
        const first = safeSettleRefund(input, options);
        fc.pre(first.ok);
        const digits = CURRENCY_DIGITS[input.decision.currency]!;
        const again = evaluateRefund(recordRefunds(account.request, input.decision) as never, buildOptions(account.options, digits, []) as never);
        const second = settleRefund({ ...input, decision: again } as never, options);
        expect(again.total.gross).toMatch(/^[0.]+$/);
        expect(second.steps).toEqual([]);
        expect(second.creditNotes).toEqual([]);
      }),
      { numRuns: Math.min(100, fc.readConfigureGlobal().numRuns ?? 100) },
    );
  }, 120_000);
});
