// Random settlements: a decision of a random whole account (the reference model's generator), and a random
// ledger around it (invoices, payments with caps, windows, disputes and ties, open invoices, options).
// `valid: false` ledgers also break the rules settling checks (an estimate is always possible).
import fc from "fast-check";
import { safeEvaluateRefund, type RefundDecision } from "../../src/index.js";
import { accountCase, buildOptions, type AccountCase } from "../reference/accounts.js";
import { CURRENCY_DIGITS, formatMinor, parseMinor } from "../reference/money.js";

type Json = Record<string, any>;

export interface DecidedAccount {
  account: AccountCase;
  decision: RefundDecision;
}

/** A random account and the library's decision of it (accounts the library refuses are skipped). */
export const decidedAccount: fc.Arbitrary<DecidedAccount> = accountCase
  .map((account) => {
    const currency = String((account.request.account as Json).currency);
    const result = safeEvaluateRefund(account.request, buildOptions(account.options, CURRENCY_DIGITS[currency]!, []));
    return result.ok ? { account, decision: result.decision } : undefined;
  })
  .filter((entry): entry is DecidedAccount => entry !== undefined);

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A capture on `date`: the date alone, or an instant on that written day with an offset and sometimes a fraction. */
const captureOn = (date: string) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(date) },
    {
      weight: 3,
      arbitrary: fc
        .record({ hour: fc.constantFrom("00", "09", "12", "23"), offset: fc.constantFrom("Z", "+02:00", "-05:00", "+14:00", "-12:00"), fraction: fc.constantFrom("", ".5", ".50", ".123456789012") })
        .map(({ hour, offset, fraction }) => `${date}T${hour}:30:00${fraction}${offset}`),
    },
  );

const options = fc.record(
  {
    order: fc.constantFrom("latest_first", "earliest_first", "proportional"),
    remainder: fc.constantFrom("account_credit", "out_of_band"),
    offset: fc.constantFrom("none", "open_invoices"),
  },
  { requiredKeys: [] },
);

/** A ledger around `decision`. */
export function ledgerFor(decision: RefundDecision, valid: boolean): fc.Arbitrary<{ input: Json; options: Json }> {
  const digits = CURRENCY_DIGITS[decision.currency]!;
  const gross = (line: RefundDecision["lines"][number]) => parseMinor(line.refund.gross, digits)!;
  const lines = decision.lines;
  return fc
    .record({
      invoiceCount: fc.integer({ min: 1, max: 3 }),
      placement: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: lines.length, maxLength: lines.length }),
      leaveOut: valid ? fc.constant(-1) : fc.integer({ min: -3, max: lines.length - 1 }),
      invoices: fc.array(
        fc.record({
          issuedBack: fc.integer({ min: 0, max: 3 }),
          gross: fc.constantFrom("absent", "exact", "plenty", ...(valid ? [] : ["short"])),
          credited: fc.oneof(fc.constant(-1n), fc.bigInt({ min: 0n, max: 5_000n })),
          payments: fc.array(
            fc.record({
              share: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(-1)),
              extra: fc.bigInt({ min: 0n, max: 99n }),
              refundedPerMille: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 1000 })),
              capturedBack: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(1, 5) }, { weight: 6, arbitrary: fc.integer({ min: 0, max: 400 }) }, { weight: valid ? 0 : 1, arbitrary: fc.integer({ min: -3, max: -1 }) }),
              window: fc.constantFrom("none", "open", "closed", "today"),
              refundable: fc.constantFrom(undefined, true, false),
              method: fc.constantFrom("card", "card", "direct_debit", "bank_transfer", "wallet", "account_credit", "other"),
              hour: fc.integer({ min: 0, max: 100 }),
            }),
            { maxLength: 4 },
          ),
        }),
        { minLength: 3, maxLength: 3 },
      ),
      open: fc.array(fc.record({ amount: fc.bigInt({ min: 0n, max: 300_000n }), dueBack: fc.integer({ min: -10, max: 60 }) }), { maxLength: 3 }),
      options,
    })
    .chain((c) => {
      const itemsOf: string[][] = [[], [], []];
      lines.forEach((line, i) => {
        if (i !== c.leaveOut) itemsOf[c.placement[i]! % c.invoiceCount]!.push(line.itemId);
      });
      const invoiceGross = itemsOf.map((ids) => lines.filter((l) => ids.includes(l.itemId)).reduce((s, l) => s + gross(l), 0n));
      const invoices: Json[] = [];
      const paymentPlans: { invoiceId: string; spec: (typeof c.invoices)[number]["payments"][number]; base: bigint; id: string }[] = [];
      for (let i = 0; i < c.invoiceCount; i++) {
        const spec = c.invoices[i]!;
        const g = invoiceGross[i]!;
        const invoice: Json = { id: `inv-${i}`, number: `INV-${100 + i}`, issuedOn: plusDays(decision.asOf, -30 * spec.issuedBack), itemIds: itemsOf[i] };
        const credited = spec.credited < 0n ? 0n : spec.credited;
        if (spec.credited >= 0n) invoice.credited = formatMinor(credited, digits);
        if (spec.gross === "exact") invoice.gross = formatMinor(g + credited, digits);
        if (spec.gross === "plenty") invoice.gross = formatMinor(g + credited + 12_345n, digits);
        if (spec.gross === "short") invoice.gross = formatMinor(g + credited > 0n ? g + credited - 1n : 0n, digits);
        invoices.push(invoice);
        spec.payments.forEach((payment, p) => paymentPlans.push({ invoiceId: invoice.id, spec: payment, base: g, id: `pay-${i}-${p}` }));
      }
      return fc.tuple(...paymentPlans.map(({ spec }) => captureOn(plusDays(decision.asOf, -spec.capturedBack)))).map((captures) => {
        const payments = paymentPlans.map(({ invoiceId, spec, base, id }, k) => {
          const amount = spec.share < 0 ? BigInt(spec.hour) * 1000n + spec.extra : (base * BigInt(spec.share)) / 4n + spec.extra;
          const payment: Json = { id, invoiceId, method: spec.method, amount: formatMinor(amount, digits), capturedAt: captures[k] };
          if (spec.refundedPerMille >= 0) payment.refunded = formatMinor((amount * BigInt(spec.refundedPerMille)) / 1000n, digits);
          if (spec.window === "open") payment.refundableUntil = plusDays(decision.asOf, 10);
          if (spec.window === "today") payment.refundableUntil = decision.asOf;
          if (spec.window === "closed") payment.refundableUntil = plusDays(decision.asOf, -1);
          if (spec.refundable !== undefined) payment.refundable = spec.refundable;
          return payment;
        });
        const input: Json = { decision, invoices, payments };
        if (c.open.length > 0) input.openInvoices = c.open.map((o, i) => ({ id: `open-${i}`, amount: formatMinor(o.amount, digits), dueOn: plusDays(decision.asOf, -o.dueBack) }));
        return { input, options: c.options };
      });
    });
}

/** A random settlement: a decision of a random account (final ones mostly) and a ledger around it. */
export const settlementCase = (valid: boolean) => {
  const usable = decidedAccount.filter(({ decision }) => !valid || decision.status === "final");
  // Most random accounts earn nothing; four in five settlements start from a decision that earns money.
  const earning = usable.filter(({ decision }) => /[1-9]/.test(decision.total.gross));
  return fc.oneof({ weight: 4, arbitrary: earning }, { weight: 1, arbitrary: usable }).chain(({ decision }) => ledgerFor(decision, valid));
};

/** A shuffled copy of an array (fast-check picks the permutation). */
export const shuffled = <T>(list: readonly T[]) => fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });
