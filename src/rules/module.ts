import type { ClauseId } from "../clauses.js";
import type { Problem } from "../errors.js";
import type { CalendarDate } from "../calendar/calendar-date.js";
import type { Money, MoneyContext } from "../money/money.js";
import type { ItemsByType, NormalizedOptions, NormalizedRequest } from "../normalized.js";
import type { Effect, LineReason, Notice, Outcome } from "../contract/decision.js";
import type { ItemType, RefundAction } from "../contract/request.js";

/**
 * Money a line refunds, before it is written as strings: net and each tax,
 * every figure already rounded to the currency's minor unit. `tax` and `gross`,
 * when given, must be the sum of the taxes and net + tax ({@link grantRefund}
 * fills them); otherwise the engine adds them up.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * const refund: LineRefund = { net: Money.parse("10.00"), taxes: [{ code: "VAT", amount: Money.parse("1.90") }] };
 * ```
 */
export interface LineRefund {
  readonly net: Money;
  /** Each tax, with the request's `rate` when it gave one (the decision line carries it). */
  readonly taxes: readonly { readonly code: string; readonly rate?: string; readonly amount: Money }[];
  readonly tax?: Money;
  readonly gross?: Money;
}

/**
 * How a prorated line was counted, with calendar dates.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * declare const count: UnusedCount;
 * count.used + count.unused === count.total; // true
 * ```
 */
export interface UnusedCount {
  readonly unit: "day" | "month";
  readonly used: number;
  readonly unused: number;
  readonly total: number;
  readonly unusedFrom: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * What a rule module decides for one item.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * const line: LineResult = { outcome: "no_refund", clause: "products.non-refundable" };
 * ```
 */
export interface LineResult {
  readonly outcome: Outcome;
  readonly clause: ClauseId;
  /** Absent: nothing is refunded. */
  readonly refund?: LineRefund;
  readonly calculation?: UnusedCount;
  readonly reason?: LineReason;
  readonly developer?: { readonly name?: string; readonly contact?: string };
  readonly notices?: readonly Notice[];
  readonly effects?: readonly Effect[];
  /**
   * Given when the line cannot be decided because something the caller supplied
   * (a custom MarketPlace evaluator) answered outside its contract: the request
   * then gets these problems instead of a decision.
   */
  readonly problems?: readonly Problem[];
}

/**
 * What every rule module sees beside its item: the request, the options and the
 * currency's rounding.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * declare const context: RuleContext;
 * context.money.digits; // 2 for EUR
 * ```
 */
export interface RuleContext {
  readonly request: NormalizedRequest;
  readonly options: NormalizedOptions;
  readonly money: MoneyContext;
}

/**
 * A rule module: the item type it handles, the clauses it cites, and a pure
 * `evaluate`. A policy holds exactly one module per item type.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { defineRuleModule } from "refund-policy/rules";
 * const keys = defineRuleModule({
 *   itemType: "license_key",
 *   clauses: ["products.non-refundable"],
 *   evaluate: () => ({ outcome: "no_refund", clause: "products.non-refundable" }),
 * });
 * ```
 */
export interface RuleModule<T extends ItemType = ItemType> {
  readonly itemType: T;
  readonly clauses: readonly ClauseId[];
  /** Decides one item; pure: the same item and context always give the same line. */
  evaluate(item: ItemsByType[T], context: RuleContext): LineResult;
}

/**
 * Makes a rule module (a frozen plain object).
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { defineRuleModule } from "refund-policy/rules";
 * const charges = defineRuleModule({
 *   itemType: "incurred_charge",
 *   clauses: ["charges.incurred"],
 *   evaluate: () => ({ outcome: "no_refund", clause: "charges.incurred" }),
 * });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function defineRuleModule<T extends ItemType>(module: RuleModule<T>): RuleModule<T> {
  return Object.freeze({ ...module, clauses: Object.freeze([...module.clauses]) });
}

/**
 * Notices that span the whole request (non-payment, taxes, the migration's state).
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { defineAccountRule } from "refund-policy/rules";
 * const vip = defineAccountRule({ id: "noop", clauses: [], evaluate: () => [] });
 * ```
 */
export interface AccountRule {
  readonly id: string;
  readonly clauses: readonly ClauseId[];
  /** The notices for the whole request; pure. */
  evaluate(context: RuleContext): readonly Notice[];
}

/**
 * Makes an account rule (a frozen plain object).
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { defineAccountRule } from "refund-policy/rules";
 * const rule = defineAccountRule({ id: "none", clauses: [], evaluate: () => [] });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function defineAccountRule(rule: AccountRule): AccountRule {
  return Object.freeze({ ...rule, clauses: Object.freeze([...rule.clauses]) });
}

/**
 * A module's answer for each action. The mapped type makes a new action a compile
 * error in every module until it says what that action means for its items.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { byAction, CREDIT_USE_REFUSED, type ActionHandlers } from "refund-policy/rules";
 * const noRefund = () => ({ outcome: "no_refund", clause: "charges.incurred" }) as const;
 * const handlers: ActionHandlers<"incurred_charge"> = { refund: noRefund, cancel: noRefund, migrate_to_on_premise: noRefund, ...CREDIT_USE_REFUSED };
 * ```
 */
export type ActionHandlers<T extends ItemType> = {
  readonly [A in RefundAction]: (item: ItemsByType[T], context: RuleContext) => LineResult;
};

/**
 * Turns a table of action handlers into a module's `evaluate`.
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { byAction, defineRuleModule, CREDIT_USE_REFUSED } from "refund-policy/rules";
 * const noRefund = () => ({ outcome: "no_refund", clause: "charges.incurred" }) as const;
 * defineRuleModule({
 *   itemType: "incurred_charge",
 *   clauses: ["charges.incurred", "telephony.non-transferable"],
 *   evaluate: byAction({ refund: noRefund, cancel: noRefund, migrate_to_on_premise: noRefund, ...CREDIT_USE_REFUSED }),
 * });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function byAction<T extends ItemType>(handlers: ActionHandlers<T>): RuleModule<T>["evaluate"] {
  return (item, context) => handlers[context.request.action](item, context);
}

const creditRefused = (): LineResult => ({ outcome: "not_allowed", clause: "telephony.non-transferable" });

/**
 * `telephony.non-transferable`: telephony credit cannot move to another account,
 * settle an invoice or pay for a service, so every item of such a request is
 * `not_allowed` (the credit, and whatever it would pay for).
 *
 * @category Policies and rules
 * @example
 * ```ts
 * import { CREDIT_USE_REFUSED } from "refund-policy/rules";
 * CREDIT_USE_REFUSED.pay_with_credit(); // { outcome: "not_allowed", clause: "telephony.non-transferable" }
 * ```
 */
export const CREDIT_USE_REFUSED = {
  /** Moving telephony credit to another account: refused. */
  transfer_credit: creditRefused,
  /** Settling an outstanding invoice with telephony credit: refused. */
  apply_credit_to_invoice: creditRefused,
  /** Paying another service with telephony credit: refused. */
  pay_with_credit: creditRefused,
} as const satisfies Partial<Record<RefundAction, () => LineResult>>;

/** For exhaustive switches: adding a case makes the compiler point here. */
export function unreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}
