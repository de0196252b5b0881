import { CLAUSES } from "../clauses.js";
import { OUTCOMES, type RefundDecision } from "../contract/decision.js";
import { currencyDigits } from "../money/currencies.js";
import { decimalShape } from "../money/decimal-string.js";
import { Money } from "../money/money.js";

/**
 * Every way a decision breaks the contract: amounts with the currency's digits,
 * lines and totals that add up to the cent, outcomes that follow from the lines,
 * clauses that exist, `used + unused = total`, no effect dated before `asOf`. An
 * empty list means it keeps it.
 *
 * @category Testing
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * import { checkDecision, request } from "refund-policy/testing";
 * checkDecision(evaluateRefund(request())); // []
 * ```
 */
export function checkDecision(decision: RefundDecision): string[] {
  const problems: string[] = [];
  const digits = currencyDigits(decision.currency);
  if (digits === undefined) return [`currency "${decision.currency}" is not an ISO 4217 currency`];
  const money = (value: string, where: string): Money => {
    if (decimalShape(value)?.decimals !== digits) {
      problems.push(`${where}: "${value}" is not an amount with exactly ${digits} decimals`);
      return Money.zero;
    }
    return Money.parse(value);
  };
  const clauses: readonly string[] = CLAUSES;
  let net = Money.zero;
  let tax = Money.zero;
  decision.lines.forEach((line, index) => {
    const at = `lines[${index}]`;
    const lineNet = money(line.refund.net, `${at}.refund.net`);
    const lineTax = money(line.refund.tax, `${at}.refund.tax`);
    const taxes = Money.sum(line.refund.taxes.map((entry, i) => money(entry.amount, `${at}.refund.taxes[${i}]`)));
    if (!taxes.equals(lineTax)) problems.push(`${at}: the taxes do not add up to refund.tax`);
    if (!lineNet.plus(lineTax).equals(money(line.refund.gross, `${at}.refund.gross`))) problems.push(`${at}: net + tax is not gross`);
    if (!clauses.includes(line.clause)) problems.push(`${at}: unknown clause "${line.clause}"`);
    if (!OUTCOMES.includes(line.outcome)) problems.push(`${at}: unknown outcome "${line.outcome}"`);
    const paysNothing = lineNet.plus(lineTax).isZero();
    if ((line.outcome === "refund" || line.outcome === "partial_refund") === paysNothing) {
      problems.push(`${at}: outcome "${line.outcome}" does not match a gross of ${line.refund.gross}`);
    }
    const calc = line.calculation;
    if (calc && (calc.used + calc.unused !== calc.total || calc.used < 0 || calc.unused < 0)) problems.push(`${at}: used + unused is not total`);
    net = net.plus(lineNet);
    tax = tax.plus(lineTax);
  });
  if (!net.equals(money(decision.total.net, "total.net"))) problems.push("total.net is not the sum of the lines");
  if (!tax.equals(money(decision.total.tax, "total.tax"))) problems.push("total.tax is not the sum of the lines");
  if (!net.plus(tax).equals(money(decision.total.gross, "total.gross"))) problems.push("total.gross is not net + tax");
  for (const [i, entry] of [...decision.notices, ...decision.effects].entries()) {
    const clause = "clause" in entry ? entry.clause : undefined;
    if (clause !== undefined) {
      if (!clauses.includes(clause)) problems.push(`notices/effects[${i}]: unknown clause "${clause}"`);
    } else if (!("code" in entry && entry.code.startsWith("request."))) {
      // Only the library's own `request.*` notices name no clause.
      problems.push(`notices/effects[${i}]: names no clause`);
    }
  }
  // Calendar dates in the YYYY-MM-DD form compare as strings.
  decision.effects.forEach((effect, i) => effect.on < decision.asOf && problems.push(`effects[${i}] is dated before asOf`));
  const zero = net.plus(tax).isZero();
  const expected = !zero
    ? decision.lines.every((line) => line.outcome === "refund")
      ? "refund"
      : "partial_refund"
    : decision.lines.every((line) => line.outcome === "not_allowed")
      ? "not_allowed"
      : decision.lines.some((line) => line.outcome === "refer_to_developer")
        ? "refer_to_developer"
        : "no_refund";
  if (decision.outcome !== expected) problems.push(`outcome is "${decision.outcome}" but the lines make it "${expected}"`);
  return problems;
}

/**
 * Throws if the decision breaks the contract (see {@link checkDecision}); returns it otherwise.
 *
 * @category Testing
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * import { assertDecision, request } from "refund-policy/testing";
 * const decision = assertDecision(evaluateRefund(request()));
 * ```
 */
export function assertDecision(decision: RefundDecision): RefundDecision {
  const problems = checkDecision(decision);
  if (problems.length > 0) throw new Error(`The decision breaks the refund-policy contract:\n- ${problems.join("\n- ")}`);
  return decision;
}
