/**
 * `settleRefund`: from a final decision and the ledger behind it to a plan of money
 * moved. Pure and synchronous: no clock, no I/O, no global; the same input gives a
 * byte-identical plan.
 * @module
 */
import { formatCalendarDate } from "../calendar/calendar-date.js";
import type { SettlementInput, SettlementOptions, SettlementPlan } from "../contract/settlement.js";
import { type Problem, RefundPolicyError } from "../errors.js";
import { formatMinor } from "../money/decimal-string.js";
import { isFields, Reader } from "../validate/reader.js";
import { canonicalJson, sha256Hex } from "../digest/index.js";
import { decisionDigest, digestOf, type Signing, signingProblems } from "../digest/decision.js";
import { billedInvoices, type Ledger, makePlan } from "./plan.js";
import { readDecision } from "./read-decision.js";
import { readInvoices, readOpenInvoices, readPayments, readSettlementOptions } from "./read-ledger.js";

/**
 * What {@link safeSettleRefund} gives: the plan, or every problem found.
 *
 * @category Settlement
 * @example
 * ```ts
 * declare const result: SafeSettlement;
 * if (result.ok) console.log(result.plan.steps.length);
 * else for (const p of result.problems) console.log(p.path, p.code);
 * ```
 */
export type SafeSettlement = { ok: true; plan: SettlementPlan } | { ok: false; problems: readonly Problem[] };

/** Problems of a ledger whose fields all read: the checks against the decision still run after them. */
const LEDGER_CODES: ReadonlySet<string> = new Set(["not_final", "item_on_two_invoices", "unknown_invoice", "captured_after_as_of", "refund_exceeds_paid", "currency_mismatch", "over_credit"]);

/** Reads the input and options, and checks the ledger against the decision; every problem collected. */
function read(input: unknown, options: unknown): { ledger?: Ledger; problems: Problem[] } {
  const reader = new Reader("refuse");
  const choices = readSettlementOptions(options, reader);
  if (!isFields(input)) {
    reader.add("input", "wrong_type", "the settlement input must be a JSON object with decision, invoices and payments");
    return { problems: reader.problems };
  }
  for (const key of Object.keys(input)) {
    if (!["decision", "invoices", "payments", "openInvoices"].includes(key)) reader.add(key, "unknown_field", "is not a field of a settlement input");
  }
  const decision = readDecision(input, reader);
  const digits = decision?.digits;
  const currency = decision?.currency;
  const invoiceIds = new Set<string>();
  const invoices = readInvoices(input, reader, digits, currency, invoiceIds);
  const payments = readPayments(input, reader, digits, currency, invoiceIds, decision?.asOf);
  const open = readOpenInvoices(input, reader, digits);
  // The checks of the ledger against the decision run whenever every field could be read, even when another
  // such check already failed (an estimate, a payment captured after asOf): the error lists every problem.
  if (decision === undefined || reader.problems.some((problem) => !LEDGER_CODES.has(problem.code))) return { problems: reader.problems };
  const ledger: Ledger = { decision, invoices, payments, open, options: choices };
  const billed = new Set(invoices.flatMap((invoice) => invoice.itemIds));
  for (const line of decision.lines) {
    if (line.gross > 0n && !billed.has(line.itemId)) {
      reader.add(`decision.lines[${line.index}].itemId`, "no_invoice", `"${line.itemId}" refunds ${formatMinor(line.gross, decision.digits)}, and no invoice lists it`);
    }
  }
  for (const { invoice, gross } of billedInvoices(ledger)) {
    if (invoice.gross === undefined || invoice.credited > invoice.gross || gross <= invoice.gross - invoice.credited) continue;
    const left = formatMinor(invoice.gross - invoice.credited, decision.digits);
    reader.problems.push({
      path: `invoices[${invoice.index}]`,
      code: "over_credit",
      message: `would be credited ${formatMinor(gross, decision.digits)}, and only ${left} of its gross is left to credit`,
      expected: left,
    });
  }
  return reader.problems.length > 0 ? { problems: reader.problems } : { ledger, problems: [] };
}

/** The deterministic id of a plan: a hash of the canonical ledger (arrays in id order) and options. */
function planIdOf(ledger: Ledger, digest: string): string {
  const money = (minor: bigint) => formatMinor(minor, ledger.decision.digits);
  const sorted = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const canonical = canonicalJson({
    settlement: 1,
    decision: digest,
    invoices: sorted(ledger.invoices).map((i) => ({ id: i.id, number: i.number, issuedOn: i.issuedOn, itemIds: [...i.itemIds].sort(), gross: i.gross === undefined ? undefined : money(i.gross), credited: money(i.credited) })),
    payments: sorted(ledger.payments).map((p) => ({
      id: p.id,
      invoiceId: p.invoiceId,
      method: p.method,
      amount: money(p.amount),
      refunded: money(p.refunded),
      capturedAt: `${p.captured.seconds}.${p.captured.fraction}`,
      refundableUntil: p.refundableUntil === undefined ? undefined : formatCalendarDate(p.refundableUntil),
      refundable: p.refundable,
    })),
    openInvoices: sorted(ledger.open).map((o) => ({ id: o.id, amount: money(o.amount), dueOn: formatCalendarDate(o.dueOn) })),
    options: ledger.options,
  });
  return `stl_${sha256Hex(canonical).slice(0, 26)}`;
}

/**
 * Settles a final decision without throwing: the plan, or every problem with the input
 * (paths such as `payments[2].amount`, stable codes, plain sentences).
 *
 * @category Settlement
 * @example
 * ```ts
 * import { evaluateRefund, safeSettleRefund } from "refund-policy";
 * const decision = evaluateRefund({
 *   asOf: "2026-06-20", action: "refund", account: { currency: "EUR" },
 *   items: [{ id: "key-1", type: "license_key", product: "on-premise-business", paid: { net: "1490.00" } }],
 * });
 * const result = safeSettleRefund({ decision, invoices: [], payments: [] });
 * result.ok && result.plan.steps.length; // 0: a license key earns nothing
 * ```
 */
export function safeSettleRefund(input: unknown, options?: unknown, signing?: Signing): SafeSettlement {
  const keyProblems = signingProblems(signing);
  if (keyProblems.length > 0) return { ok: false, problems: keyProblems };
  const { ledger, problems } = read(input, options);
  if (ledger === undefined) return { ok: false, problems };
  const checked = checkedDigest((input as { decision: unknown }).decision, signing);
  if ("problem" in checked) return { ok: false, problems: [checked.problem] };
  return { ok: true, plan: makePlan(ledger, planIdOf(ledger, checked.digest), checked.digest) };
}

/**
 * The decision's digest, checked: the one it carries (`digests.decision`) when it matches its fields, a
 * signature only with the key that made it; a decision made before digests (or by hand) is named by the
 * SHA-256 of its canonical JSON. A decision changed after it was made is refused (`decision_mismatch`).
 */
function checkedDigest(decision: unknown, signing: Signing | undefined): { digest: string } | { problem: Problem } {
  try {
    const digests = (decision as { digests?: unknown }).digests;
    const carried = typeof digests === "object" && digests !== null ? (digests as { decision?: unknown }).decision : undefined;
    if (carried === undefined) return { digest: digestOf(decision) };
    const path = "decision.digests.decision";
    if (typeof carried !== "string") return { problem: { path, code: "wrong_type", message: "must be the digest evaluateRefund wrote (a string)" } };
    const signed = carried.startsWith("hmac-sha256:");
    if (signed && signing?.signingKey === undefined) {
      return { problem: { path: "signingKey", code: "missing", message: "the decision is signed (hmac-sha256): settling it needs the key that signed it, to check the signature first" } };
    }
    if (carried !== decisionDigest(decision as object, signed ? signing : undefined)) {
      return { problem: { path, code: "decision_mismatch", message: "does not match the decision's fields: the decision was changed after it was made" } };
    }
    return { digest: carried };
  } catch {
    // A field JSON cannot hold (a BigInt, a cycle) among the decision's fields settling reads past.
    return { problem: { path: "decision", code: "wrong_type", message: "must be plain JSON, as evaluateRefund returned it (no BigInt, no cycle)" } };
  }
}

/**
 * Settles a final decision: where its money goes (back to which payment, what settles an
 * open invoice, what becomes account credit or is paid out of band) and one credit note
 * per invoice, as a plan with deterministic idempotency keys. Throws one
 * {@link RefundPolicyError} listing every problem with the input.
 *
 * @category Settlement
 * @example
 * ```ts
 * import { evaluateRefund, settleRefund } from "refund-policy";
 * const decision = evaluateRefund({
 *   asOf: "2026-06-20", action: "cancel", account: { currency: "EUR" },
 *   items: [{ id: "sub-1", type: "subscription", cycle: "month", commercial: false,
 *             period: { start: "2026-06-01", end: "2026-07-01" }, paid: { net: "49.00" } }],
 * });
 * const plan = settleRefund({
 *   decision,
 *   invoices: [{ id: "inv-1", number: "INV-1", issuedOn: "2026-06-01", itemIds: ["sub-1"] }],
 *   payments: [{ id: "ch_1", invoiceId: "inv-1", method: "card", amount: "49.00", capturedAt: "2026-06-01T10:00:00Z" }],
 * }, { order: "latest_first" });
 * plan.total === decision.total.gross; // true
 * ```
 */
export function settleRefund(input: SettlementInput, options?: SettlementOptions, signing?: Signing): SettlementPlan {
  const result = safeSettleRefund(input, options, signing);
  if (!result.ok) throw new RefundPolicyError(result.problems);
  return result.plan;
}
