import { withinMinorUnitOfProduct } from "../money/decimal-string.js";
import { Money } from "../money/money.js";
import type { Payment, TaxPaid } from "../normalized.js";
import { type Fields, isFields, join, LIMITS, type Reader } from "./reader.js";

/** What the payment reader needs of the item reader's scope. */
interface PaymentScope {
  readonly reader: Reader;
  readonly digits: number | undefined;
}

/** `paid` and `refunded`, with the rule that nothing is refunded beyond what was paid. */
export function readPayment(fields: Fields, path: string, { reader, digits }: PaymentScope): Payment | undefined {
  const paidFields = reader.object(fields, "paid", path, true);
  const refundedFields = reader.object(fields, "refunded", path, false);
  if (paidFields === undefined) return undefined;
  const paidPath = join(path, "paid");
  reader.onlyKnown(paidFields, paidPath, ["net", "taxes"]);
  const net = reader.amount(paidFields, "net", paidPath, true, digits);
  const taxes: TaxPaid[] = [];
  const taxEntries = reader.array(paidFields, "taxes", paidPath, false, LIMITS.maxTaxes) ?? [];
  // Codes seen so far, so each tax is checked against the others in constant time (the check is linear in the taxes).
  const paidByCode = new Map<string, TaxPaid>();
  taxEntries.forEach((entry, index) => {
    const at = `${paidPath}.taxes[${index}]`;
    if (!isFields(entry)) {
      reader.add(at, "wrong_type", "each tax must be an object");
      return;
    }
    reader.onlyKnown(entry, at, ["code", "rate", "amount", "refundable"]);
    const code = reader.string(entry, "code", at, true);
    const rate = reader.rate(entry, "rate", at);
    const amount = reader.amount(entry, "amount", at, true, digits);
    if (rate !== undefined) {
      // Compared on the checked decimal strings themselves (Money does not give its text back).
      const amountText = amount === undefined ? undefined : (reader.get(entry, "amount") as string);
      checkRate(rate, amountText, net === undefined ? undefined : (reader.get(paidFields, "net") as string), at, reader, digits);
    }
    const refundable = reader.boolean(entry, "refundable", at) ?? true;
    if (code !== undefined && paidByCode.has(code)) {
      reader.add(join(at, "code"), "duplicate_tax", `"${code}" is listed twice`);
    } else if (code !== undefined && amount !== undefined) {
      const tax = rate === undefined ? { code, amount, refundable } : { code, amount, refundable, rate: canonicalRate(rate) };
      taxes.push(tax);
      paidByCode.set(code, tax);
    }
  });

  let refundedNet = Money.zero;
  const refundedTaxes = new Map<string, Money>();
  if (refundedFields !== undefined) {
    const at = join(path, "refunded");
    reader.onlyKnown(refundedFields, at, ["net", "taxes"]);
    refundedNet = reader.amount(refundedFields, "net", at, true, digits) ?? Money.zero;
    if (net !== undefined && refundedNet.greaterThan(net)) {
      reader.add(join(at, "net"), "refund_exceeds_paid", "more was refunded than was paid");
    }
    const entries = reader.array(refundedFields, "taxes", at, false, LIMITS.maxTaxes);
    requireRefundedTaxes(refundedFields, taxes, at, reader);
    (entries ?? []).forEach((entry, index) => {
      const taxPath = `${at}.taxes[${index}]`;
      if (!isFields(entry)) {
        reader.add(taxPath, "wrong_type", "each tax must be an object");
        return;
      }
      reader.onlyKnown(entry, taxPath, ["code", "amount"]);
      const code = reader.string(entry, "code", taxPath, true);
      const amount = reader.amount(entry, "amount", taxPath, true, digits);
      // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: narrowing (equivalent: see the note at the top of reader.ts)
      if (code === undefined || amount === undefined) return;
      const paidTax = paidByCode.get(code);
      if (refundedTaxes.has(code)) {
        reader.add(join(taxPath, "code"), "duplicate_tax", `"${code}" is listed twice`);
      } else if (paidTax === undefined) {
        reader.add(join(taxPath, "code"), "unknown_tax", `"${code}" is not a tax paid on this item`);
      } else if (amount.greaterThan(paidTax.amount)) {
        reader.add(join(taxPath, "amount"), "refund_exceeds_paid", `more ${code} was refunded than was paid`);
      }
      refundedTaxes.set(code, amount);
    });
  }
  return net && { net, taxes, refundedNet, refundedTaxes };
}

/** A checked rate without trailing zeros after its point: `"0.190"` is `"0.19"`, `"0.0"` is `"0"`. */
function canonicalRate(rate: string): string {
  return rate.includes(".") ? rate.replace(/\.?0+$/, "") : rate;
}

/**
 * Reading 2: an earlier refund of an item that paid a refundable tax says what tax it carried
 * (`refunded.taxes`, zero amounts allowed); guessing "none" pays the tax twice when a ledger
 * recorded only net amounts. A list given (even empty) is the caller's statement.
 */
function requireRefundedTaxes(refunded: Fields, taxes: readonly TaxPaid[], at: string, reader: Reader): void {
  const refundable = taxes.filter((tax) => tax.refundable).map((tax) => tax.code);
  if (refundable.length === 0 || reader.get(refunded, "taxes") !== undefined) return;
  reader.add(
    join(at, "taxes"),
    "missing",
    `is required: the item paid ${refundable.join(", ")}; list the tax each earlier refund carried, with a zero amount where none was refunded`,
  );
}

/**
 * Reading 17: a tax given with a rate must agree with it, else a wrong
 * tax would be paid out. The rate is a fraction below 1 (`0.19`, never `19`); the
 * amount is within one minor unit of net × rate, computed exactly. One problem per
 * tax at most; nothing is compared while the amount, the net or the currency is
 * itself wrong (those already have their problem). Amounts arrive as their checked
 * decimal strings.
 */
function checkRate(rate: string, amount: string | undefined, net: string | undefined, at: string, reader: Reader, digits: number | undefined): void {
  // The rate's form is already checked (no leading zeros): it is below 1 exactly when it starts with "0".
  if (!rate.startsWith("0")) {
    reader.add(join(at, "rate"), "invalid_rate", `must be a fraction below 1, such as 0.19 for 19 %, not "${rate}"`, "<1", JSON.stringify(rate));
    return;
  }
  if (amount === undefined || net === undefined || digits === undefined || withinMinorUnitOfProduct(amount, net, rate, digits)) return;
  const paidNet = Money.parse(net);
  const expected = paidNet.prorate(Money.parse(rate), 1, { digits, rounding: "half_up" }).format(digits);
  const unit = digits === 0 ? "1" : `0.${"0".repeat(digits - 1)}1`;
  const received = Money.parse(amount).format(digits);
  reader.add(
    join(at, "amount"),
    "tax_rate_mismatch",
    `expected ${expected} (${paidNet.format(digits)} × ${rate}), within ${unit}, not ${received}; omit the rate if the tax was computed otherwise`,
    expected,
    received,
  );
}
