/**
 * Reference model, deciding: CLAUSES.md readings 1–21 applied to a read request, written plainly.
 */
import { boundariesBefore, daysBetween, later, monthBoundary, plusDays } from "./calendar.js";
import { formatMinor, minusFloorZero, parseMinor, prorateMinor, type Rounding } from "./money.js";
import type { Decision, Effect, Item, Line, ModelOptions, Notice, Outcome, Payment, Period, Request } from "./types.js";

export const POLICY = { id: "bitrix24", version: "2026-11-26" } as const;

interface Count {
  unit: "day" | "month";
  used: number;
  unused: number;
  total: number;
  unusedFrom: string;
  to: string;
}

/** Readings 3–5: used and unused days or months of a period for a completion day. */
export function countUnused(period: Period, completionDay: string, unit: "day" | "month", completionDayIs: "used" | "unused"): Count {
  const firstUnused = completionDayIs === "used" ? plusDays(completionDay, 1) : completionDay;
  if (unit === "day") {
    const total = daysBetween(period.start, period.end);
    const used = Math.min(total, Math.max(0, daysBetween(period.start, firstUnused)));
    return { unit, used, unused: total - used, total, unusedFrom: plusDays(period.start, used), to: period.end };
  }
  // A month is used when its boundary start + k months falls before the first unused day.
  const total = boundariesBefore(period.start, period.end);
  const used = Math.min(total, boundariesBefore(period.start, firstUnused));
  return { unit, used, unused: total - used, total, unusedFrom: used < total ? monthBoundary(period.start, used) : period.end, to: period.end };
}

interface Money {
  net: bigint;
  taxes: { code: string; rate?: string; amount: bigint }[];
}

/** The fraction of the item granted: unused/total when prorated, 1/1 when everything is. */
interface Share {
  num: bigint;
  den: bigint;
}

/**
 * Reading 6 then reading 2: taxes in proportion to the granted net, then earlier refunds off.
 * Reading 21: when the net paid is zero, a refundable tax follows the item's own share.
 */
function grant(payment: Payment, grantedNet: bigint, share: Share, rounding: Rounding): Money & { grantedAnything: boolean } {
  let grantedAnything = grantedNet > 0n;
  const taxes = payment.taxes.map((paid) => {
    let part = 0n;
    if (paid.refundable) {
      part = payment.net > 0n ? prorateMinor(paid.amount, grantedNet, payment.net, rounding) : prorateMinor(paid.amount, share.num, share.den, rounding);
    }
    if (part > 0n) grantedAnything = true;
    const amount = minusFloorZero(part, payment.refundedTaxes.get(paid.code) ?? 0n);
    return paid.rate === undefined ? { code: paid.code, amount } : { code: paid.code, rate: paid.rate, amount };
  });
  return { net: minusFloorZero(grantedNet, payment.refundedNet), taxes, grantedAnything };
}

function write(money: Money | undefined, digits: number): Line["refund"] {
  const net = money?.net ?? 0n;
  const tax = (money?.taxes ?? []).reduce((sum, t) => sum + t.amount, 0n);
  return {
    net: formatMinor(net, digits),
    tax: formatMinor(tax, digits),
    gross: formatMinor(net + tax, digits),
    taxes: (money?.taxes ?? []).map((t) => (t.rate === undefined ? { code: t.code, amount: formatMinor(t.amount, digits) } : { code: t.code, rate: t.rate, amount: formatMinor(t.amount, digits) })),
  };
}

interface Context {
  request: Request;
  rounding: Rounding;
  unit: "auto" | "day" | "month";
  completionDay: "used" | "unused";
  options: ModelOptions;
  /** The migration's reference day (final: completion; estimate: later of expected and asOf). */
  migrationDay: string | undefined;
  status: "estimate" | "final";
}

/**
 * A line of which `grantedNet` of the payment is granted. `whyNothing` is the reason when nothing was
 * granted; a granted net that is all refunded already is `already_refunded`.
 */
function grantedLine(
  base: Pick<Line, "itemId" | "type" | "clause">,
  payment: Payment,
  grantedNet: bigint,
  context: Context,
  whyNothing: string,
  whyPaid: string | undefined,
  count?: Count,
): Line {
  const share: Share = count ? { num: BigInt(count.unused), den: BigInt(count.total) } : { num: 1n, den: 1n };
  const money = grant(payment, grantedNet, share, context.rounding);
  const gross = money.net + money.taxes.reduce((s, t) => s + t.amount, 0n);
  const line: Line = { ...base, outcome: "no_refund", refund: write(money, context.request.digits) };
  // Nothing to pay: nothing was granted (whyNothing), or what was granted is refunded already.
  if (gross === 0n) line.reason = money.grantedAnything ? "already_refunded" : whyNothing;
  else {
    // The whole item: all of its net, or, for a zero net, all of its share (reading 21).
    const whole = payment.net > 0n ? grantedNet === payment.net : share.num === share.den;
    line.outcome = whole ? "refund" : "partial_refund";
    if (whyPaid !== undefined) line.reason = whyPaid;
  }
  if (count) line.calculation = { ...count };
  return line;
}

function prorated(base: Pick<Line, "itemId" | "type" | "clause">, payment: Payment, count: Count, context: Context): Line {
  const grantedNet = count.total === 0 ? 0n : prorateMinor(payment.net, BigInt(count.unused), BigInt(count.total), context.rounding);
  // A figure that rounds to zero is not the same as no unused time (JPY 1 for 1 unused day of 30).
  const whyNothing = count.unused > 0 ? "rounds_to_zero" : "no_unused_time";
  return grantedLine(base, payment, grantedNet, context, whyNothing, undefined, count);
}

class BadVerdict extends Error {
  constructor(readonly appId: string) {
    super(`invalid custom terms result for ${appId}`);
  }
}

/**
 * Reading 5 (turn 3): monthly plans by days; longer ones by months, unless the period is not a whole
 * number of months (a stub: its end is no boundary start + k months), which goes by days.
 */
function subscriptionUnit(item: Extract<Item, { kind: "subscription" }>, context: Context): "day" | "month" {
  if (context.unit !== "auto") return context.unit;
  if (item.cycle === "month") return "day";
  let k = 1;
  while (monthBoundary(item.period.start, k) < item.period.end) k++;
  return monthBoundary(item.period.start, k) === item.period.end ? "month" : "day";
}

function marketplaceLine(item: Extract<Item, { kind: "marketplace_app" }>, context: Context): Line {
  const clause = "marketplace.developer-policy";
  const base = { itemId: item.id, type: "marketplace_app" as const, clause };
  const terms = context.options.marketplace?.[item.appId];
  const referenceDay = context.migrationDay ?? context.request.asOf;
  const empty = write(undefined, context.request.digits);
  if (terms === undefined) {
    return { ...base, outcome: "refer_to_developer", refund: empty, reason: "terms_not_registered", developer: { ...item.developer } };
  }
  switch (terms.terms) {
    case "non_refundable":
      return { ...base, outcome: "no_refund", refund: empty, reason: "developer_terms" };
    case "full_within_days":
      if (daysBetween(item.purchasedOn, referenceDay) > terms.days) return { ...base, outcome: "no_refund", refund: empty, reason: "outside_refund_window" };
      return grantedLine(base, item.payment, item.payment.net, context, "developer_terms", "within_refund_window");
    case "prorated":
      return prorated(base, item.payment, countUnused(item.period!, referenceDay, "day", context.completionDay), context);
    case "custom": {
      const digits = context.request.digits;
      const verdict = terms.evaluate({
        item: item.input,
        action: context.request.action,
        referenceDay,
        status: context.status,
        currency: context.request.currency,
        paidNet: formatMinor(item.payment.net, digits),
        refundedNet: formatMinor(item.payment.refundedNet, digits),
      }) as { outcome?: unknown; net?: unknown } | null;
      if (verdict?.outcome === "no_refund") return { ...base, outcome: "no_refund", refund: empty, reason: "developer_terms" };
      if (verdict?.outcome === "refer_to_developer") {
        return { ...base, outcome: "refer_to_developer", refund: empty, reason: "developer_terms", developer: { ...item.developer } };
      }
      const net = verdict?.outcome === "refund" && typeof verdict.net === "string" ? parseMinor(verdict.net, digits) : undefined;
      if (net === undefined || net > item.payment.net) throw new BadVerdict(item.appId);
      return grantedLine(base, item.payment, net, context, "developer_terms", "developer_terms");
    }
  }
}

const nothing = (item: Item, clause: string, context: Context, reason?: string): Line => {
  const line: Line = { itemId: item.id, type: item.kind, outcome: "no_refund", clause, refund: write(undefined, context.request.digits) };
  if (reason !== undefined) line.reason = reason;
  return line;
};

/** One item's line, and the notices and effects it carries. */
function decideItem(item: Item, context: Context): { line: Line; notices: Notice[]; effects: Effect[] } {
  const { request } = context;
  const { action } = request;
  const notices: Notice[] = [];
  const effects: Effect[] = [];
  const cancelled = request.migration?.status === "cancelled";
  if (item.kind === "telephony_credit") {
    // Reading 11: every telephony line of a suspended or terminated account or number warns.
    const cause =
      request.accountStatus !== "active" ? `account_${request.accountStatus}` : item.numberStatus !== "active" ? `number_${item.numberStatus}` : undefined;
    if (cause !== undefined) {
      notices.push({ code: "telephony.forfeit-on-termination", clause: "telephony.forfeit-on-termination", itemId: item.id, cause });
    }
    // Reading 9, and reading 7: a cancelled migration closes nothing.
    if (action === "migrate_to_on_premise" && !cancelled) {
      notices.push({ code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination", itemId: item.id });
    }
  }
  if (action === "transfer_credit" || action === "apply_credit_to_invoice" || action === "pay_with_credit") {
    return { line: { ...nothing(item, "telephony.non-transferable", context), outcome: "not_allowed" }, notices, effects };
  }
  switch (item.kind) {
    case "license_key":
      return { line: nothing(item, "products.non-refundable", context), notices, effects };
    case "incurred_charge":
      return { line: nothing(item, "charges.incurred", context), notices, effects };
    case "telephony_credit":
      return { line: nothing(item, "telephony.no-cash-value", context), notices, effects };
    case "marketplace_app":
      // Reading 12: a cancel asks for no money back; reading 7: a cancelled migration earns nothing.
      if (action === "cancel") return { line: nothing(item, "marketplace.developer-policy", context), notices, effects };
      if (cancelled) return { line: nothing(item, "migration.partial-refund", context, "migration_cancelled"), notices, effects };
      return { line: marketplaceLine(item, context), notices, effects };
    case "subscription":
      break;
  }
  if (action === "refund") return { line: nothing(item, "products.non-refundable", context), notices, effects };
  if (action === "cancel") {
    const clause = "subscription.discontinue";
    if (!item.autoRenew) notices.push({ code: "subscription.auto-renewal-already-off", clause, itemId: item.id });
    // Reading 12: the service runs to the period's end; no effect is dated before asOf.
    else effects.push({ type: "disable_auto_renewal", itemId: item.id, on: later(item.period.end, request.asOf), clause });
    return { line: nothing(item, clause, context), notices, effects };
  }
  const clause = "migration.partial-refund";
  if (cancelled) return { line: nothing(item, clause, context, "migration_cancelled"), notices, effects };
  const day = context.migrationDay!;
  const count = countUnused(item.period, day, subscriptionUnit(item, context), context.completionDay);
  // Reading 16: a final migration turns off every subscription still renewing, from its first unused day.
  if (context.status === "final" && item.autoRenew) {
    effects.push({ type: "disable_auto_renewal", itemId: item.id, on: later(count.unusedFrom, request.asOf), clause });
  }
  if (!item.commercial || item.payment.net === 0n) return { line: nothing(item, clause, context, "not_commercial"), notices, effects };
  return { line: prorated({ itemId: item.id, type: "subscription", clause }, item.payment, count, context), notices, effects };
}

/** CONTRACT.md: the decision's outcome from its lines and its total. */
function decisionOutcome(lines: readonly Line[], grossMinor: bigint): Outcome {
  if (grossMinor > 0n) return lines.every((l) => l.outcome === "refund") ? "refund" : "partial_refund";
  if (lines.every((l) => l.outcome === "not_allowed")) return "not_allowed";
  return lines.some((l) => l.outcome === "refer_to_developer") ? "refer_to_developer" : "no_refund";
}

/** The whole decision for a read request; throws BadVerdict for a custom evaluator's bad answer. */
export function decide(request: Request, options: ModelOptions): Decision {
  const migration = request.migration;
  const estimate = migration !== undefined && (migration.status === "requested" || migration.status === "in_progress");
  let migrationDay: string | undefined;
  if (migration?.status === "completed") migrationDay = migration.completedOn;
  // Reading 7: a migration not done by asOf cannot complete before it.
  if (estimate) migrationDay = later(migration.expectedCompletionOn ?? request.asOf, request.asOf);
  const context: Context = {
    request,
    rounding: options.rounding ?? "half_up",
    unit: options.proration?.unit ?? "auto",
    completionDay: options.proration?.completionDay ?? "used",
    options,
    migrationDay,
    status: estimate ? "estimate" : "final",
  };
  const lines: Line[] = [];
  const notices: Notice[] = [];
  const effects: Effect[] = [];
  for (const item of request.items) {
    const decided = decideItem(item, context);
    // The item's label and ref, when given, are echoed on its line.
    if (item.label !== undefined) decided.line.label = item.label;
    if (item.ref !== undefined) decided.line.ref = item.ref;
    lines.push(decided.line);
    notices.push(...decided.notices);
    effects.push(...decided.effects);
  }
  const { digits } = request;
  const sum = (pick: (l: Line) => string) => lines.reduce((s, l) => s + parseMinor(pick(l), digits)!, 0n);
  const total = { net: sum((l) => l.refund.net), tax: sum((l) => l.refund.tax), gross: sum((l) => l.refund.gross) };
  // Reading 14: overdue only when due before asOf (or no due date given) and something is owed.
  const overdue = request.invoices.filter((inv) => inv.amount > 0n && (inv.dueOn === undefined || inv.dueOn < request.asOf));
  if (overdue.length > 0) {
    notices.push({
      code: "billing.access-may-be-barred",
      clause: "billing.non-payment",
      invoiceIds: overdue.map((inv) => inv.id),
      overdue: formatMinor(
        overdue.reduce((s, inv) => s + inv.amount, 0n),
        digits,
      ),
    });
  }
  if (request.items.some((item) => "payment" in item && item.payment.taxes.length > 0)) notices.push({ code: "taxes.exclusive", clause: "taxes.exclusive" });
  if (migration?.status === "cancelled") notices.push({ code: "migration.cancelled", clause: "migration.partial-refund" });
  else if (estimate) notices.push({ code: "migration.refund-after-completion", clause: "migration.partial-refund" });
  return {
    // The one built-in version, in force from 1970-01-01, picked by asOf (the generated accounts use the default versionDate).
    policy: { ...POLICY, effectiveFrom: "1970-01-01", chosenBy: { field: "asOf", date: request.asOf } },
    asOf: request.asOf,
    action: request.action,
    status: context.status,
    outcome: decisionOutcome(lines, total.gross),
    currency: request.currency,
    total: { net: formatMinor(total.net, digits), tax: formatMinor(total.tax, digits), gross: formatMinor(total.gross, digits) },
    lines,
    notices,
    effects,
  };
}

export { BadVerdict };
