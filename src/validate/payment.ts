import { Money } from "../money/money.js";
import type { Payment, TaxPaid } from "../normalized.js";
import { type Fields, isFields, join, type Reader } from "./reader.js";

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
  const taxEntries = reader.array(paidFields, "taxes", paidPath, false) ?? [];
  taxEntries.forEach((entry, index) => {
    const at = `${paidPath}.taxes[${index}]`;
    if (!isFields(entry)) {
      reader.add(at, "wrong_type", "each tax must be an object");
      return;
    }
    reader.onlyKnown(entry, at, ["code", "rate", "amount", "refundable"]);
    const code = reader.string(entry, "code", at, true);
    reader.rate(entry, "rate", at);
    const amount = reader.amount(entry, "amount", at, true, digits);
    const refundable = reader.boolean(entry, "refundable", at) ?? true;
    if (code !== undefined && taxes.some((tax) => tax.code === code)) {
      reader.add(join(at, "code"), "duplicate_tax", `"${code}" is listed twice`);
    } else if (code !== undefined && amount !== undefined) {
      taxes.push({ code, amount, refundable });
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
    const entries = reader.array(refundedFields, "taxes", at, false) ?? [];
    entries.forEach((entry, index) => {
      const taxPath = `${at}.taxes[${index}]`;
      if (!isFields(entry)) {
        reader.add(taxPath, "wrong_type", "each tax must be an object");
        return;
      }
      reader.onlyKnown(entry, taxPath, ["code", "amount"]);
      const code = reader.string(entry, "code", taxPath, true);
      const amount = reader.amount(entry, "amount", taxPath, true, digits);
      // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: type narrowing only; the reader already recorded why a value is missing, and any problem refuses the request
      if (code === undefined || amount === undefined) return;
      const paidTax = taxes.find((tax) => tax.code === code);
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
