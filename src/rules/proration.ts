import type { CalendarDate } from "../calendar/calendar-date.js";
import { addMonths, monthBoundariesBefore } from "../calendar/calendar-date.js";
import { Money, type MoneyContext } from "../money/money.js";
import type { Payment, Period } from "../normalized.js";
import type { ClauseId } from "../clauses.js";
import type { LineReason } from "../contract/decision.js";
import type { LineRefund, LineResult, UnusedCount } from "./module.js";

/**
 * Counts a period's used and unused days or months up to a reference day, the
 * day the migration completes (readings 3–5 of docs/policy.md). The option
 * `completionDay: "used"` makes unused time start the day after the reference
 * day; `"unused"` refunds the reference day too. A month is unused only if its
 * boundary `start + k months` is on or after that first unused day.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { countUnused, parseCalendarDate } from "refund-policy/rules";
 * const d = (s: string) => parseCalendarDate(s)!;
 * countUnused({ start: d("2026-01-01"), end: d("2027-01-01") }, d("2026-06-15"), "month", "used").unused; // 6
 * ```
 */
export function countUnused(
  period: Period,
  referenceDay: CalendarDate,
  unit: "day" | "month",
  completionDay: "used" | "unused",
): UnusedCount {
  const { start, end } = period;
  const firstUnusedDay = (completionDay === "used" ? referenceDay + 1 : referenceDay) as CalendarDate;
  if (unit === "day") {
    const total = end - start;
    const used = Math.min(total, Math.max(0, firstUnusedDay - start));
    return { unit, used, unused: total - used, total, unusedFrom: (start + used) as CalendarDate, to: end };
  }
  const total = monthBoundariesBefore(start, end);
  const used = Math.min(total, monthBoundariesBefore(start, firstUnusedDay));
  const unusedFrom = used < total ? addMonths(start, used) : end;
  return { unit, used, unused: total - used, total, unusedFrom, to: end };
}

/**
 * What a payment refunds when the policy grants `grantedNet` of its net
 * (reading 6 of docs/policy.md): each refundable tax in proportion to the granted net,
 * the tax's share rounded once to the minor unit. The granted net is itself already a
 * rounded figure (a prorated net was rounded by `prorateLine`), so a prorated tax
 * is taken from the rounded net, not from the exact unused share. Then what was already
 * refunded, net and per tax, is taken off, never below zero (reading 2). When the net
 * paid is zero, a tax's share is the item's own `share` (reading 21): all of it by
 * default, unused ÷ total when prorated.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * declare const payment: Payment;
 * grantRefund(payment, payment.net, { digits: 2, rounding: "half_up" }); // everything still refundable
 * ```
 */
export function grantRefund(payment: Payment, grantedNet: Money, money: MoneyContext, share: Share = WHOLE): Required<LineRefund> {
  return grant(payment, grantedNet, money, share).refund;
}

/**
 * The fraction of an item a policy grants, as `[numerator, denominator]` (unused and total
 * units when prorated); it decides the taxes of an item whose net paid is zero (reading 21).
 *
 * @category Policies and rules
 * @example
 * ```ts
 * const half: Share = [6, 12];
 * ```
 */
export type Share = readonly [numerator: number, denominator: number];

const WHOLE: Share = [1, 1];

/** {@link grantRefund}, and whether anything was granted before earlier refunds were taken off. */
function grant(payment: Payment, grantedNet: Money, money: MoneyContext, share: Share): { refund: Required<LineRefund>; granted: boolean } {
  const zeroNet = payment.net.isZero();
  let tax = Money.zero;
  let granted = !grantedNet.isZero();
  const taxes = payment.taxes.map((paid) => {
    let part = Money.zero;
    // Reading 21: a zero net does not make its tax unrefundable (no 0/0 share).
    if (paid.refundable) part = zeroNet ? paid.amount.prorate(share[0], share[1], money) : paid.amount.prorate(grantedNet, payment.net, money);
    if (!part.isZero()) granted = true;
    const refunded = payment.refundedTaxes.get(paid.code);
    const amount = refunded === undefined ? part : part.minusFloorZero(refunded);
    tax = tax.plus(amount);
    return paid.rate === undefined ? { code: paid.code, amount } : { code: paid.code, rate: paid.rate, amount };
  });
  const net = grantedNet.minusFloorZero(payment.refundedNet);
  return { refund: { net, taxes, tax, gross: net.plus(tax) }, granted };
}

/**
 * The line of a payment of which the policy grants `grantedNet` of the net:
 * `refund` when the whole payment is granted, `partial_refund` for part of it,
 * `no_refund` when nothing is left to pay (`reasons.none` when nothing was granted,
 * else `already_refunded`). A `calculation`, if given, is the share granted of an item
 * whose net paid is zero (its taxes follow unused ÷ total; reading 21). `reasons.some`, if given, explains a line that pays.
 * Builds the line field by field: one object shape, no spread (a spread here cost
 * a quarter of a single-subscription decision).
 *
 * @example
 * ```ts
 * declare const payment: Payment; // nothing refunded before
 * const eur: MoneyContext = { digits: 2, rounding: "half_up" };
 * grantLine(payment, payment.net, eur, "marketplace.developer-policy", { none: "developer_terms" }).outcome; // "refund"
 * ```
 */
export function grantLine(
  payment: Payment,
  grantedNet: Money,
  money: MoneyContext,
  clause: ClauseId,
  reasons: { readonly none: LineReason; readonly some?: LineReason },
  calculation?: UnusedCount,
): LineResult {
  // A prorated line's share is its unused time; any other grant is of everything granted.
  const share: Share = calculation ? [calculation.unused, calculation.total] : WHOLE;
  const { refund, granted } = grant(payment, grantedNet, money, share);
  const line: Mutable<LineResult> = { outcome: "no_refund", clause, refund };
  if (refund.gross.isZero()) line.reason = granted ? "already_refunded" : reasons.none;
  else {
    // The whole item is granted: its whole net, or (a zero net) its whole share.
    const whole = payment.net.isZero() ? share[0] === share[1] : grantedNet.equals(payment.net);
    line.outcome = whole ? "refund" : "partial_refund";
    if (reasons.some) line.reason = reasons.some;
  }
  if (calculation) line.calculation = calculation;
  return line;
}

/**
 * The line of a payment refunded for its unused time (readings 4–8 of docs/policy.md):
 * the net in proportion to the unused units, then {@link grantLine}. A line that
 * pays nothing says why: `no_unused_time` when no unit is unused, `rounds_to_zero`
 * when some are but their share rounds to zero in the currency (JPY 1 for 1 of 30
 * days), `already_refunded` when earlier refunds took it.
 *
 * @example
 * ```ts
 * declare const item: Subscription;
 * declare const completedOn: CalendarDate;
 * const count = countUnused(item.period, completedOn, "month", "used");
 * prorateLine(item.payment, count, { digits: 2, rounding: "half_up" }, "migration.partial-refund").calculation === count; // true
 * ```
 */
export function prorateLine(payment: Payment, count: UnusedCount, money: MoneyContext, clause: ClauseId): LineResult {
  const none = count.unused === 0 ? "no_unused_time" : "rounds_to_zero";
  return grantLine(payment, payment.net.prorate(count.unused, count.total, money), money, clause, { none }, count);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
