import { formatCalendarDate } from "../calendar/calendar-date.js";
import { RefundPolicyError } from "../errors.js";
import type { Item, ItemsByType, NormalizedOptions, NormalizedRequest } from "../model.js";
import { Money } from "../money/money.js";
import { bitrix24Policy } from "../policy/bitrix24.js";
import type { PolicyModules, RefundPolicy } from "../policy/policy.js";
import type { LineResult, RuleContext, RuleModule } from "../rules/module.js";
import type { DecisionLine, Effect, ItemType, Notice, Outcome, RefundDecision, RefundOptions, RefundRequest } from "../types.js";
import { readOptions } from "../validate/options.js";
import { Reader } from "../validate/reader.js";
import { readRequest } from "../validate/request.js";

/**
 * An evaluator bound to one policy: `(request, options?) => decision`.
 *
 * @example
 * ```ts
 * import { createEvaluator, bitrix24Policy } from "refund-policy";
 * const evaluate: Evaluator = createEvaluator(bitrix24Policy);
 * ```
 */
export type Evaluator = (request: RefundRequest, options?: RefundOptions) => RefundDecision;

/**
 * Validates and normalizes a request and its options in one pass, or throws one
 * {@link RefundPolicyError} listing every problem.
 */
export function prepare(request: unknown, options: unknown): { request: NormalizedRequest; options: NormalizedOptions } {
  const reader = new Reader();
  const normalized = readRequest(request, reader);
  const normalizedOptions = readOptions(options, reader);
  return { request: crossCheck(normalized, normalizedOptions, reader), options: normalizedOptions };
}

/** Validates a request against options that were already read (a batch reads them once). */
export function prepareRequest(request: unknown, options: NormalizedOptions): NormalizedRequest {
  const reader = new Reader();
  return crossCheck(readRequest(request, reader), options, reader);
}

/** What only the request and the options together can tell; throws if any problem was found. */
function crossCheck(normalized: NormalizedRequest | undefined, options: NormalizedOptions, reader: Reader): NormalizedRequest {
  normalized?.items.forEach((item, index) => {
    if (item.type === "marketplace_app" && item.period === undefined && options.marketplace.get(item.appId)?.terms === "prorated") {
      reader.add(`items[${index}].period`, "missing", `is required: the developer's terms for "${item.appId}" are prorated over the app's paid period`);
    }
  });
  if (normalized === undefined || reader.problems.length > 0) throw new RefundPolicyError(reader.problems);
  return normalized;
}

/**
 * Binds the engine to a policy. The evaluator is pure: it reads no clock, no
 * environment, no global settings, and never changes the request.
 *
 * @example
 * ```ts
 * import { createEvaluator, bitrix24Policy, definePolicy } from "refund-policy";
 * const evaluate = createEvaluator(definePolicy({ ...bitrix24Policy, id: "acme-resale" }));
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createEvaluator(policy: RefundPolicy): Evaluator {
  return (request, options) => {
    const prepared = prepare(request, options);
    return decide(policy, prepared.request, prepared.options);
  };
}

/**
 * Evaluates a refund request under the built-in Bitrix24 policy and explains the
 * answer: one line per item, totals, notices and effects, each citing its clause.
 * Throws a {@link RefundPolicyError} listing every problem of a bad request.
 *
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * const decision = evaluateRefund({
 *   asOf: "2026-06-20",
 *   action: "migrate_to_on_premise",
 *   account: { id: "acct-42", currency: "EUR" },
 *   migration: { status: "completed", completedOn: "2026-06-15" },
 *   items: [{
 *     id: "sub-1", type: "subscription", plan: "professional", cycle: "year",
 *     period: { start: "2026-01-01", end: "2027-01-01" },
 *     paid: { net: "2388.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "453.72" }] },
 *   }],
 * });
 * decision.total; // { net: "1194.00", tax: "226.86", gross: "1420.86" }
 * ```
 */
export const evaluateRefund: Evaluator = createEvaluator(bitrix24Policy);

function route<T extends ItemType>(modules: PolicyModules, item: ItemsByType[T], context: RuleContext): LineResult {
  return (modules[item.type] as RuleModule<T>).evaluate(item, context);
}

/** Routes each item to its module, then aggregates and writes the wire decision. */
export function decide(policy: RefundPolicy, request: NormalizedRequest, options: NormalizedOptions): RefundDecision {
  const { digits } = request.account;
  const context: RuleContext = { request, options, money: { digits, rounding: options.rounding } };
  const lines: DecisionLine[] = [];
  const notices: Notice[] = [];
  const effects: Effect[] = [];
  let net = Money.zero;
  let tax = Money.zero;
  // Gross is summed line by line too: a one-line decision's total is then its line's own figures.
  let gross = Money.zero;
  request.items.forEach((item: Item) => {
    const result = route(policy.modules, item, context);
    const refund = result.refund;
    const lineNet = refund?.net ?? Money.zero;
    const lineTax = refund === undefined ? Money.zero : (refund.tax ?? Money.sum(refund.taxes.map((entry) => entry.amount)));
    const lineGross = refund?.gross ?? lineNet.plus(lineTax);
    net = net.plus(lineNet);
    tax = tax.plus(lineTax);
    gross = gross.plus(lineGross);
    lines.push(toLine(item, result, lineNet, lineTax, lineGross, digits));
    if (result.notices) notices.push(...result.notices);
    if (result.effects) effects.push(...result.effects);
  });
  for (const rule of policy.accountRules) notices.push(...rule.evaluate(context));
  return {
    policy: { id: policy.id, version: policy.version },
    asOf: formatCalendarDate(request.asOf),
    action: request.action,
    status: request.migration !== undefined && !request.migration.final ? "estimate" : "final",
    outcome: decisionOutcome(lines, gross.isZero()),
    currency: request.account.currency,
    total: { net: net.format(digits), tax: tax.format(digits), gross: gross.format(digits) },
    lines,
    notices,
    effects,
  };
}

function toLine(item: Item, result: LineResult, net: Money, tax: Money, gross: Money, digits: number): DecisionLine {
  const line: DecisionLine = {
    itemId: item.id,
    type: item.type,
    outcome: result.outcome,
    clause: result.clause,
    refund: {
      net: net.format(digits),
      tax: tax.format(digits),
      gross: gross.format(digits),
      taxes: (result.refund?.taxes ?? []).map((entry) => ({ code: entry.code, amount: entry.amount.format(digits) })),
    },
  };
  const { calculation } = result;
  if (calculation) {
    line.calculation = {
      unit: calculation.unit,
      used: calculation.used,
      unused: calculation.unused,
      total: calculation.total,
      unusedFrom: formatCalendarDate(calculation.unusedFrom),
      to: formatCalendarDate(calculation.to),
    };
  }
  if (result.reason) line.reason = result.reason;
  if (result.developer) line.developer = { ...result.developer };
  return line;
}

/** CONTRACT.md: the decision's outcome from its lines and its total. */
function decisionOutcome(lines: readonly DecisionLine[], zeroTotal: boolean): Outcome {
  if (!zeroTotal) return lines.every((line) => line.outcome === "refund") ? "refund" : "partial_refund";
  if (lines.every((line) => line.outcome === "not_allowed")) return "not_allowed";
  return lines.some((line) => line.outcome === "refer_to_developer") ? "refer_to_developer" : "no_refund";
}
