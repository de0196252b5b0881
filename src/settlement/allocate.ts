/**
 * How one invoice's refund is split over its payments, in integer minor units: greedy
 * in capture order (latest or earliest first), or in proportion to what each payment
 * can still take (largest remainder). Never above a payment's cap.
 * @module
 */
import type { Instant, PaymentView } from "./read-ledger.js";
import type { SettlementChoices } from "./read-ledger.js";

/**
 * A payment and the most it can take back.
 *
 * @example
 * ```ts
 * declare const payment: PaymentView;
 * const capped: Capped = { payment, cap: 100000n };
 * ```
 */
export interface Capped {
  readonly payment: PaymentView;
  readonly cap: bigint;
}

/**
 * One payment's share.
 *
 * @example
 * ```ts
 * declare const share: Share;
 * share.amount; // minor units, never above the payment's cap
 * ```
 */
export interface Share {
  readonly payment: PaymentView;
  readonly amount: bigint;
}

/**
 * Ids compared by UTF-16 code units: the same order on every runtime and locale.
 *
 * @example
 * ```ts
 * ["b", "a", "B"].sort(byId); // ["B", "a", "b"]
 * ```
 */
export function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareInstants(a: Instant, b: Instant): number {
  if (a.seconds !== b.seconds) return a.seconds - b.seconds;
  const length = Math.max(a.fraction.length, b.fraction.length);
  return byId(a.fraction.padEnd(length, "0"), b.fraction.padEnd(length, "0"));
}

/**
 * The payments in the order they are refunded: by capture, latest (or earliest) first,
 * equal captures by id ascending; `proportional` lists them by id.
 *
 * @example
 * ```ts
 * declare const capped: Capped[];
 * inOrder(capped, "latest_first")[0]; // the latest capture (ties: smallest id)
 * ```
 */
export function inOrder(capped: readonly Capped[], order: SettlementChoices["order"]): Capped[] {
  const sign = order === "latest_first" ? -1 : 1;
  return [...capped].sort(
    (a, b) => (order === "proportional" ? 0 : sign * compareInstants(a.payment.captured, b.payment.captured)) || byId(a.payment.id, b.payment.id),
  );
}

/**
 * Splits `amount` over the payments (already {@link inOrder}); what they cannot take
 * is left over (the caller makes it account credit or out of band). The shares are in
 * the payments' order; a zero share is listed too.
 *
 * @example
 * ```ts
 * declare const ordered: Capped[]; // caps 300n and 100n
 * allocate(200n, ordered, "proportional").map((s) => s.amount); // [150n, 50n]
 * ```
 */
export function allocate(amount: bigint, ordered: readonly Capped[], order: SettlementChoices["order"]): Share[] {
  if (order !== "proportional") {
    let left = amount;
    return ordered.map(({ payment, cap }) => {
      const take = left < cap ? left : cap;
      left -= take;
      return { payment, amount: take };
    });
  }
  const capacity = ordered.reduce((sum, { cap }) => sum + cap, 0n);
  const taken = amount < capacity ? amount : capacity;
  // No capacity at all: every share is zero (and no division by zero).
  if (capacity === 0n) return ordered.map(({ payment }) => ({ payment, amount: 0n }));
  const exact = ordered.map(({ payment, cap }) => ({ payment, floor: (taken * cap) / capacity, remainder: (taken * cap) % capacity }));
  let leftover = taken - exact.reduce((sum, share) => sum + share.floor, 0n);
  // The leftover units go one each to the largest remainders, equal remainders by id; each has a remainder above zero,
  // so floor + 1 is at most the exact share's ceiling, never above the cap.
  const bonus = new Set<PaymentView>();
  for (const share of [...exact].sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : byId(a.payment.id, b.payment.id)))) {
    if (leftover === 0n) break;
    bonus.add(share.payment);
    leftover -= 1n;
  }
  return exact.map(({ payment, floor }) => ({ payment, amount: bonus.has(payment) ? floor + 1n : floor }));
}
