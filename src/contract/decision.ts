/**
 * The wire contract, decision side: the plain JSON the library returns.
 * @module
 */
import type { ClauseId } from "../clauses.js";
import type { AmountString, CurrencyCode, ItemType, RefundAction } from "./request.js";

/**
 * The outcome of one line, or of the whole decision.
 *
 * @example
 * ```ts
 * const outcome: Outcome = "partial_refund";
 * ```
 */
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Every outcome, in one list: the {@link Outcome} type and the contract checker derive from it.
 *
 * @example
 * ```ts
 * import { OUTCOMES } from "refund-policy";
 * OUTCOMES.length; // 5
 * ```
 */
export const OUTCOMES = ["refund", "partial_refund", "no_refund", "not_allowed", "refer_to_developer"] as const;

/**
 * Money refunded on one line, or in total. `gross = net + tax`.
 *
 * @example
 * ```ts
 * const refund: RefundAmounts = { net: "1194.00", tax: "226.86", gross: "1420.86", taxes: [{ code: "DE-VAT", amount: "226.86" }] };
 * ```
 */
export interface RefundAmounts {
  net: AmountString;
  tax: AmountString;
  gross: AmountString;
  /** Each tax refunded; `rate` (canonical decimal form, `"0.19"`) when the request gave the tax one. */
  taxes: { code: string; rate?: string; amount: AmountString }[];
}

/**
 * How a prorated line was counted.
 *
 * @example
 * ```ts
 * const calc: Calculation = { unit: "month", used: 6, unused: 6, total: 12, unusedFrom: "2026-07-01", to: "2027-01-01" };
 * ```
 */
export interface Calculation {
  unit: "day" | "month";
  used: number;
  unused: number;
  total: number;
  /** The first unused day (the period end when nothing is unused). */
  unusedFrom: string;
  /** The period end. */
  to: string;
}

/**
 * Why a line earned what it did, beyond its clause; used by {@link explain}.
 *
 * @example
 * ```ts
 * const reason: LineReason = "not_commercial";
 * ```
 */
export type LineReason =
  | "not_commercial"
  | "migration_cancelled"
  | "no_unused_time"
  | "rounds_to_zero"
  | "already_refunded"
  | "outside_refund_window"
  | "within_refund_window"
  | "terms_not_registered"
  | "developer_terms";

/**
 * The decision for one request item.
 *
 * @example
 * ```ts
 * const line: DecisionLine = {
 *   itemId: "key-1", type: "license_key", outcome: "no_refund", clause: "products.non-refundable",
 *   refund: { net: "0.00", tax: "0.00", gross: "0.00", taxes: [] },
 * };
 * ```
 */
export interface DecisionLine {
  itemId: string;
  type: ItemType;
  outcome: Outcome;
  clause: ClauseId;
  refund: RefundAmounts;
  calculation?: Calculation;
  reason?: LineReason;
  /** On `refer_to_developer` lines: whom to contact. */
  developer?: { name?: string; contact?: string };
  /** The item's `label`, when the request gave one (what a credit note names the line). */
  label?: string;
  /** The item's `ref`, when the request gave one, as it was given. */
  ref?: string;
}

/**
 * A stable notice code; what the policy says beside the money. Read off {@link Notice}.
 *
 * @example
 * ```ts
 * const code: NoticeCode = "billing.access-may-be-barred";
 * ```
 */
export type NoticeCode = Notice["code"];

/**
 * What was suspended or terminated, on a `telephony.forfeit-on-termination` notice.
 *
 * @example
 * ```ts
 * const cause: ForfeitCause = "number_terminated";
 * ```
 */
export type ForfeitCause = "account_suspended" | "account_terminated" | "number_suspended" | "number_terminated";

/**
 * `telephony.may-become-unusable`: the credit of an item may become unusable once the cloud account closes.
 *
 * @example
 * ```ts
 * const notice: CreditMayBecomeUnusableNotice = { code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination", itemId: "tel-1" };
 * ```
 */
export interface CreditMayBecomeUnusableNotice {
  code: "telephony.may-become-unusable";
  clause: ClauseId;
  itemId: string;
}

/**
 * `telephony.forfeit-on-termination`: an item's credit may be lost, and why.
 *
 * @example
 * ```ts
 * const notice: CreditForfeitNotice = { code: "telephony.forfeit-on-termination", clause: "telephony.forfeit-on-termination", itemId: "tel-1", cause: "account_suspended" };
 * ```
 */
export interface CreditForfeitNotice {
  code: "telephony.forfeit-on-termination";
  clause: ClauseId;
  itemId: string;
  /** What was suspended or terminated. */
  cause: ForfeitCause;
}

/**
 * `billing.access-may-be-barred`: the account has overdue invoices; their ids and their sum.
 *
 * @example
 * ```ts
 * const notice: OverdueInvoicesNotice = { code: "billing.access-may-be-barred", clause: "billing.non-payment", invoiceIds: ["inv-7"], overdue: "49.00" };
 * ```
 */
export interface OverdueInvoicesNotice {
  code: "billing.access-may-be-barred";
  clause: ClauseId;
  invoiceIds: string[];
  overdue: AmountString;
}

/**
 * A notice about the whole request that carries nothing but its code and clause: taxes were
 * paid and are itemized, or the migration's state (cancelled; the refund comes after completion).
 *
 * @example
 * ```ts
 * const notice: RequestNotice = { code: "taxes.exclusive", clause: "taxes.exclusive" };
 * ```
 */
export interface RequestNotice {
  code: "taxes.exclusive" | "migration.cancelled" | "migration.refund-after-completion";
  clause: ClauseId;
}

/**
 * `subscription.auto-renewal-already-off`: a cancelled subscription was not renewing anyway.
 *
 * @example
 * ```ts
 * const notice: RenewalAlreadyOffNotice = { code: "subscription.auto-renewal-already-off", clause: "subscription.discontinue", itemId: "sub-1" };
 * ```
 */
export interface RenewalAlreadyOffNotice {
  code: "subscription.auto-renewal-already-off";
  clause: ClauseId;
  itemId: string;
}

/**
 * `request.fields-ignored`, the library's own notice (it names no clause): the fields
 * `unknownFields: "ignore"` read past, by path, in request order.
 *
 * @example
 * ```ts
 * const notice: FieldsIgnoredNotice = { code: "request.fields-ignored", paths: ["items[0].refund"] };
 * ```
 */
export interface FieldsIgnoredNotice {
  code: "request.fields-ignored";
  paths: string[];
}

/**
 * A notice of the decision, keyed by its `code`: each code has exactly its own fields. A
 * policy's notices name their clause; the library's own `request.*` notices are about the
 * request, not the policy, and name none.
 *
 * @example
 * ```ts
 * const notice: Notice = { code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination", itemId: "tel-1" };
 * const audit: Notice = { code: "request.fields-ignored", paths: ["items[0].refund"] };
 * if (notice.code === "telephony.forfeit-on-termination") notice.cause; // typed: the cause is there
 * ```
 */
export type Notice =
  | CreditMayBecomeUnusableNotice
  | CreditForfeitNotice
  | OverdueInvoicesNotice
  | RequestNotice
  | RenewalAlreadyOffNotice
  | FieldsIgnoredNotice;

/**
 * `disable_auto_renewal` on a `cancel` (`subscription.discontinue`): renewal stops at the
 * period's end (on `asOf` if the period already ended).
 *
 * @example
 * ```ts
 * const effect: CancelRenewalOff = { type: "disable_auto_renewal", itemId: "sub-1", on: "2027-01-01", clause: "subscription.discontinue" };
 * ```
 */
export interface CancelRenewalOff {
  type: "disable_auto_renewal";
  itemId: string;
  /** The day renewal stops: the period end, never before the decision's `asOf`. */
  on: string;
  clause: "subscription.discontinue";
}

/**
 * `disable_auto_renewal` after a final migration (`migration.partial-refund`): the on-premise
 * copy replaces the subscription, so renewal stops from its first unused day and refunded
 * time is never billed again.
 *
 * @example
 * ```ts
 * const effect: MigrationRenewalOff = { type: "disable_auto_renewal", itemId: "sub-1", on: "2026-07-01", clause: "migration.partial-refund" };
 * ```
 */
export interface MigrationRenewalOff {
  type: "disable_auto_renewal";
  itemId: string;
  /** The day renewal stops: the first unused day, never before the decision's `asOf`. */
  on: string;
  clause: "migration.partial-refund";
}

/**
 * What should happen next, dated, keyed by its `type`; a `disable_auto_renewal` says by its
 * clause whether a cancel or a migration turned renewal off ({@link CancelRenewalOff},
 * {@link MigrationRenewalOff}). The wire JSON is the same for both but for the clause.
 *
 * @example
 * ```ts
 * const effect: Effect = { type: "disable_auto_renewal", itemId: "sub-1", on: "2027-01-01", clause: "subscription.discontinue" };
 * ```
 */
export type Effect = CancelRenewalOff | MigrationRenewalOff;

/**
 * Which policy decided, and what a later replay needs to decide the same way:
 * the policy's id and version, the date its version took effect, the date (and
 * the field it came from) that picked that version, the library's version, and
 * the SHA-256 of the options in force.
 *
 * @example
 * ```ts
 * const policy: DecisionPolicy = {
 *   id: "bitrix24", version: "2026-11-26", effectiveFrom: "1970-01-01",
 *   chosenBy: { field: "asOf", date: "2026-06-20" },
 *   library: "0.1.0", options: "sha256:0c1b3f5cde0e6e1bfb1fba5e0bd08e2fc70c4c5b5f5f0a2c1c8d7cf3a2d2c0ce",
 * };
 * ```
 */
export interface DecisionPolicy {
  id: string;
  /** The policy version's label: the date its reading of the policy text was fixed. */
  version: string;
  /** The first day this version decides (`YYYY-MM-DD`); `0001-01-01` for a policy given without a history. */
  effectiveFrom: string;
  /**
   * The reference date that picked the version, and the request or options field it came from:
   * `asOf`, `items[i].period.start` or `items[i].purchasedOn` (`versionDate: "purchase"`), or
   * `options.versionDate.date`.
   */
  chosenBy: { field: string; date: string };
  /** The version of the refund-policy library that decided. */
  library: string;
  /**
   * `sha256:` and the SHA-256 of the options in force (the caller's over the version's defaults), as
   * canonical JSON (RFC 8785); equal options, equal digest.
   */
  options: string;
}

/**
 * What makes a stored decision tamper-evident (docs/contract.md, "Digests"): the SHA-256 of the
 * request as read (its RFC 8785 canonical JSON), and the decision's own digest over its
 * canonical JSON without `digests.decision`: `sha256:…`, or with the caller's signing key
 * `hmac-sha256:…`, a signature only a key holder can make. The options' digest is
 * `policy.options`; the decision digest covers it, the request digest and every field.
 *
 * @example
 * ```ts
 * const digests: DecisionDigests = {
 *   request: "sha256:4f1c0a8e3b2d7c6a5e9f0b1d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e",
 *   decision: "hmac-sha256:0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e",
 * };
 * ```
 */
export interface DecisionDigests {
  /** `sha256:` and the SHA-256 of the request's canonical JSON, as it was read (fields read past included). */
  request: string;
  /** `sha256:` (or, signed, `hmac-sha256:`) and the digest of the decision's canonical JSON without this field. */
  decision: string;
}

/**
 * The decision: the plain JSON the library returns. Every amount has exactly the
 * currency's minor-unit digits (`"12.30"`, JPY `"1230"`).
 *
 * @example
 * ```ts
 * import { evaluateRefund } from "refund-policy";
 * const decision: RefundDecision = evaluateRefund({
 *   asOf: "2026-06-20", action: "refund", account: { currency: "EUR" },
 *   items: [{ id: "key-1", type: "license_key", paid: { net: "1490.00" } }],
 * });
 * decision.outcome; // "no_refund"
 * ```
 */
export interface RefundDecision {
  policy: DecisionPolicy;
  asOf: string;
  action: RefundAction;
  /** `"estimate"` while a migration is requested or in progress, else `"final"`. */
  status: "estimate" | "final";
  outcome: Outcome;
  currency: CurrencyCode;
  total: { net: AmountString; tax: AmountString; gross: AmountString };
  /** One line per request item, in request order. */
  lines: DecisionLine[];
  /** What the policy says beside the money. */
  notices: Notice[];
  /** What should happen next. */
  effects: Effect[];
  /** The request's and the decision's own digest (the decision's may be a signature). */
  digests: DecisionDigests;
}
