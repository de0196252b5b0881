// Random settlements for the e-invoice checks: the reference model's random accounts, evaluated, with a
// random ledger (the items spread over one or two invoices, each paid by one or two payments) and random
// parties, settled by settleRefund; their credit notes are what toUblCreditNote gets. The library is
// passed in, so the vitest suites use the sources and scripts/en16931-check.mjs the built package.
import fc from "fast-check";
import type { CreditNote, SettlementInput, SettlementPlan } from "../../src/contract/settlement.js";
import type { UblCreditNoteParties, UblParty } from "../../src/einvoice/index.js";
import { accountCase, buildOptions, type AccountCase } from "../reference/accounts.js";

/** The two functions a settlement needs. */
export interface SettlementLibrary {
  evaluateRefund(request: unknown, options?: unknown): { status: string; currency: string; lines: { itemId: string }[]; total: { gross: string } };
  settleRefund(input: SettlementInput, options?: unknown): SettlementPlan;
}

/** A random account with a random ledger and parties (plain data, printable as a counterexample). */
export interface SettlementCase {
  account: AccountCase;
  /** Per request item, 0 or 1: which invoice billed it. */
  invoiceOf: number[];
  /** Per invoice, the minor units each of its payments captured. */
  payments: [bigint[], bigint[]];
  order: "latest_first" | "earliest_first" | "proportional";
  seller: UblParty;
  buyer: UblParty;
}

const COUNTRIES = ["DE", "AT", "FR", "NL", "GR", "US", "JP"] as const;
const name = fc.constantFrom("Bitrix24 GmbH", "Acme & Sons <Ltd>", "Ærø ApS", "株式会社テスト", "\"Quoted\" 'Co'");
const party: fc.Arbitrary<UblParty> = fc
  .record({ name, country: fc.constantFrom(...COUNTRIES), digits: fc.stringMatching(/^[0-9]{9}$/), street: fc.option(fc.constantFrom("Hauptstr. 1", "Rue <d'Arc> & 2"), { nil: undefined }) })
  .map(({ name, country, digits, street }) => ({ name, country, vatId: `${country === "GR" ? "EL" : country}${digits}`, ...(street === undefined ? {} : { addressLines: [street] }) }));

/**
 * The account with at most one tax per item, one with a rate (the first), and the earlier refunds of that
 * tax only: what a line of EN 16931 can carry. Other accounts are kept as they are, to exercise refusals.
 */
function oneTaxPerItem(account: AccountCase): AccountCase {
  type Amounts = { taxes?: { code: string; rate?: string }[] };
  const items = (account.request.items as Record<string, unknown>[]).map((item) => {
    const paid = item.paid as Amounts | undefined;
    if (!Array.isArray(paid?.taxes)) return item;
    const kept = paid.taxes.filter((t) => t.rate !== undefined).slice(0, 1);
    const refunded = item.refunded as Amounts | undefined;
    return {
      ...item,
      paid: { ...paid, taxes: kept },
      ...(Array.isArray(refunded?.taxes) ? { refunded: { ...refunded, taxes: refunded.taxes.filter((t) => kept.some((k) => k.code === t.code)) } } : {}),
    };
  });
  return { ...account, request: { ...account.request, items } };
}

/** A random account (three times in four restricted to one tax with a rate per item), ledger and parties. */
export const settlementCase: fc.Arbitrary<SettlementCase> = fc.tuple(accountCase, fc.integer({ min: 0, max: 3 })).chain(([raw, restrict]) => {
  const account = restrict > 0 ? oneTaxPerItem(raw) : raw;
  const items = (account.request.items as unknown[]).length;
  return fc.record({
    account: fc.constant(account),
    invoiceOf: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: items, maxLength: items }),
    payments: fc.tuple(
      fc.array(fc.bigInt({ min: 1n, max: 10n ** 9n }), { minLength: 1, maxLength: 2 }),
      fc.array(fc.bigInt({ min: 1n, max: 10n ** 9n }), { minLength: 1, maxLength: 2 }),
    ),
    order: fc.constantFrom("latest_first", "earliest_first", "proportional"),
    seller: party,
    buyer: party,
  });
});

const DIGITS: Record<string, number> = { EUR: 2, USD: 2, JPY: 0, KRW: 0, KWD: 3, BHD: 3 };

function amountOf(minor: bigint, digits: number): string {
  if (digits === 0) return minor.toString();
  const text = minor.toString().padStart(digits + 1, "0");
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * The credit notes of a case's settlement, each with its parties; none when the account's request is
 * refused, its decision is an estimate, or nothing earns money.
 */
export function settle(lib: SettlementLibrary, c: SettlementCase): { creditNote: CreditNote; parties: UblCreditNoteParties }[] {
  let decision;
  try {
    decision = lib.evaluateRefund(c.account.request, buildOptions(c.account.options, DIGITS[String((c.account.request.account as { currency: string }).currency)] ?? 2, []));
  } catch {
    return [];
  }
  if (decision.status !== "final" || decision.lines.length === 0) return [];
  const digits = DIGITS[decision.currency] ?? 2;
  const ids = (c.account.request.items as { id: string }[]).map((item) => item.id);
  const invoices = [0, 1].map((n) => ({ id: `inv-${n}`, number: `INV-2026-000${n + 1}`, issuedOn: "2023-01-01", itemIds: ids.filter((_, i) => c.invoiceOf[i] === n) }));
  const payments = invoices.flatMap((invoice, n) =>
    c.payments[n as 0 | 1].map((minor, p) => ({ id: `ch_${n}_${p}`, invoiceId: invoice.id, method: "card" as const, amount: amountOf(minor, digits), capturedAt: `2023-01-01T0${p}:00:00Z` })),
  );
  let plan: SettlementPlan;
  try {
    plan = lib.settleRefund({ decision: decision as never, invoices: invoices.filter((i) => i.itemIds.length > 0), payments: payments.filter((p) => invoices.some((i) => i.id === p.invoiceId && i.itemIds.length > 0)) }, { order: c.order });
  } catch (error) {
    throw new Error(`settleRefund refused a generated ledger: ${(error as Error).message}`);
  }
  return plan.creditNotes.map((creditNote) => ({ creditNote, parties: { seller: c.seller, buyer: c.buyer, untaxed: "Z" } }));
}

/**
 * Whether a refusal is one the standard forces (the case docs/einvoice.md names): a line with two taxes, a
 * tax with no rate (no category can carry its VAT), a third decimal, per-line rounding past the tolerance.
 */
export function isExpectedRefusal(problem: { path: string; code: string }): boolean {
  return (
    (problem.code === "en16931_unsupported" && /^creditNote\.lines\[\d+\]\.(taxes|net|taxes\[\d+\]\.amount)$/.test(problem.path)) ||
    (problem.code === "missing" && /^creditNote\.lines\[\d+\]\.taxes\[0\]\.rate$/.test(problem.path)) ||
    (problem.code === "en16931_rule" && problem.path === "creditNote.taxes")
  );
}
