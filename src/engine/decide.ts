import { formatCalendarDate } from "../calendar/calendar-date.js";
import type { DecisionLine, DecisionPolicy, Effect, Notice, Outcome, RefundDecision } from "../contract/decision.js";
import type { ItemType } from "../contract/request.js";
import type { Checked, Problem } from "../errors.js";
import { Money } from "../money/money.js";
import type { Item, ItemsByType, NormalizedOptions, NormalizedRequest } from "../normalized.js";
import type { PolicyModules, RefundPolicy } from "../policy/policy.js";
import { LIBRARY_VERSION } from "../version.js";
import type { LineResult, RuleContext, RuleModule } from "../rules/module.js";

function route<T extends ItemType>(modules: PolicyModules, item: ItemsByType[T], context: RuleContext): LineResult {
  return (modules[item.type] as RuleModule<T>).evaluate(item, context);
}

/**
 * Routes each item to its module, then aggregates and writes the wire decision.
 * A module that cannot decide (a custom MarketPlace evaluator answering outside
 * its contract) gives problems instead, and the request gets no decision.
 */
export function decide(
  policy: RefundPolicy,
  request: NormalizedRequest,
  options: NormalizedOptions,
  version: Pick<DecisionPolicy, "effectiveFrom" | "chosenBy">,
): Checked<Omit<RefundDecision, "digests">> {
  const { digits } = request.account;
  const context: RuleContext = { request, options, money: { digits, rounding: options.rounding } };
  const lines: DecisionLine[] = [];
  const notices: Notice[] = [];
  const effects: Effect[] = [];
  let net = Money.zero;
  let tax = Money.zero;
  // Gross is summed line by line too: a one-line decision's total is then its line's own figures.
  let gross = Money.zero;
  let problems: Problem[] | undefined;
  request.items.forEach((item: Item) => {
    const result = route(policy.modules, item, context);
    if (result.problems !== undefined) (problems ??= []).push(...result.problems);
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
  if (problems !== undefined) return { ok: false, problems };
  for (const rule of policy.accountRules) notices.push(...rule.evaluate(context));
  // The library's own notice, whatever the policy: what `unknownFields: "ignore"` read past.
  if (request.ignoredFields.length > 0) notices.push({ code: "request.fields-ignored", paths: [...request.ignoredFields] });
  const decision: Omit<RefundDecision, "digests"> = {
    policy: { id: policy.id, version: policy.version, ...version, library: LIBRARY_VERSION, options: options.digest },
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
  return { ok: true, value: decision };
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
      taxes: (result.refund?.taxes ?? []).map((entry) =>
        entry.rate === undefined ? { code: entry.code, amount: entry.amount.format(digits) } : { code: entry.code, rate: entry.rate, amount: entry.amount.format(digits) },
      ),
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
  if (item.label !== undefined) line.label = item.label;
  if (item.ref !== undefined) line.ref = item.ref;
  return line;
}

/** The contract (docs/contract.md): the decision's outcome from its lines and its total. */
function decisionOutcome(lines: readonly DecisionLine[], zeroTotal: boolean): Outcome {
  if (!zeroTotal) return lines.every((line) => line.outcome === "refund") ? "refund" : "partial_refund";
  if (lines.every((line) => line.outcome === "not_allowed")) return "not_allowed";
  return lines.some((line) => line.outcome === "refer_to_developer") ? "refer_to_developer" : "no_refund";
}
