import type { CalendarDate } from "../calendar/calendar-date.js";
import { addMonths, monthBoundariesBefore } from "../calendar/calendar-date.js";
import { Money, type MoneyContext } from "../money/money.js";
import type { Payment, Period } from "../model.js";
import type { LineReason, Outcome } from "../types.js";
import type { LineRefund, UnusedCount } from "./module.js";

/**
 * Counts a period's used and unused days or months for a completion day
 * (CLAUSES.md readings 3–5). `completionDay: "used"` makes unused time start the
 * day after it; `"unused"` refunds the completion day too. A month is unused only
 * if its boundary `start + k months` is on or after that first unused day.
 *
 * @example
 * ```ts
 * import { countUnused, parseCalendarDate } from "refund-policy";
 * const d = (s: string) => parseCalendarDate(s)!;
 * countUnused({ start: d("2026-01-01"), end: d("2027-01-01") }, d("2026-06-15"), "month", "used").unused; // 6
 * ```
 */
export function countUnused(
  period: Period,
  completionDay: CalendarDate,
  unit: "day" | "month",
  completionDayIs: "used" | "unused",
): UnusedCount {
  const { start, end } = period;
  const firstUnusedDay = (completionDayIs === "used" ? completionDay + 1 : completionDay) as CalendarDate;
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
 * (CLAUSES.md reading 6): each refundable tax in proportion to the granted net,
 * rounded once; then what was already refunded, net and per tax, is taken off,
 * never below zero (reading 2).
 *
 * @example
 * ```ts
 * declare const payment: Payment;
 * grantRefund(payment, payment.net, { digits: 2, rounding: "half_up" }); // everything still refundable
 * ```
 */
export function grantRefund(payment: Payment, grantedNet: Money, money: MoneyContext): Required<LineRefund> {
  let tax = Money.zero;
  const taxes = payment.taxes.map((paid) => {
    const granted = paid.refundable ? paid.amount.prorate(grantedNet, payment.net, money) : Money.zero;
    const refunded = payment.refundedTaxes.get(paid.code);
    const amount = refunded === undefined ? granted : granted.minusFloorZero(refunded);
    tax = tax.plus(amount);
    return { code: paid.code, amount };
  });
  const net = grantedNet.minusFloorZero(payment.refundedNet);
  return { net, taxes, tax, gross: net.plus(tax) };
}

/**
 * The outcome of a line that granted `grantedNet` of a payment: `refund` when the
 * whole payment is granted, `partial_refund` for part of it, `no_refund` when
 * nothing is left to pay: `zeroReason` when nothing was granted, else
 * `already_refunded`.
 */
export function grantOutcome(
  payment: Payment,
  grantedNet: Money,
  refund: Required<LineRefund>,
  zeroReason: LineReason,
): { outcome: Outcome; reason?: LineReason } {
  if (refund.gross.isZero()) return { outcome: "no_refund", reason: grantedNet.isZero() ? zeroReason : "already_refunded" };
  return { outcome: grantedNet.equals(payment.net) ? "refund" : "partial_refund" };
}
