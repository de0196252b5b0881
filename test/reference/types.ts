/**
 * Reference model, types: its own reading of CONTRACT.md's wire shapes (nothing imported from src/).
 * Inputs are loose JSON; outputs are the decision exactly as the contract writes it.
 */

export type Action = "refund" | "cancel" | "migrate_to_on_premise" | "transfer_credit" | "apply_credit_to_invoice" | "pay_with_credit";
export type ItemKind = "subscription" | "license_key" | "telephony_credit" | "marketplace_app" | "incurred_charge";
export type Status = "active" | "suspended" | "terminated";
export type Outcome = "refund" | "partial_refund" | "no_refund" | "not_allowed" | "refer_to_developer";

/** What a custom MarketPlace evaluator sees (the reference adds `status`: estimate or final). */
export interface AppView {
  readonly item: unknown;
  readonly action: Action;
  readonly referenceDay: string;
  readonly status: "estimate" | "final";
  readonly currency: string;
  readonly paidNet: string;
  readonly refundedNet: string;
}

export type Terms =
  | { terms: "non_refundable" }
  | { terms: "full_within_days"; days: number }
  | { terms: "prorated" }
  | { terms: "custom"; evaluate: (view: AppView) => unknown };

export interface ModelOptions {
  rounding?: "half_up" | "half_even" | "down" | "up";
  proration?: { unit?: "auto" | "day" | "month"; completionDay?: "used" | "unused" };
  marketplace?: Record<string, Terms>;
}

export interface Payment {
  readonly net: bigint;
  readonly taxes: readonly { code: string; amount: bigint; refundable: boolean; rate?: string }[];
  readonly refundedNet: bigint;
  readonly refundedTaxes: ReadonlyMap<string, bigint>;
}

export interface Period {
  readonly start: string;
  readonly end: string;
}

/** What the customer sees (`label`) and the caller's own string (`ref`), echoed on the item's line. */
export interface Caption {
  label?: string;
  ref?: string;
}

export type Item = Caption &
  (
  | { kind: "subscription"; id: string; commercial: boolean; cycle: string; period: Period; payment: Payment; autoRenew: boolean }
  | { kind: "license_key"; id: string; payment: Payment }
  | { kind: "telephony_credit"; id: string; numberStatus: Status }
  | {
      kind: "marketplace_app";
      id: string;
      appId: string;
      developer: { name?: string; contact?: string };
      purchasedOn: string;
      period: Period | undefined;
      payment: Payment;
      input: unknown;
    }
  | { kind: "incurred_charge"; id: string }
  );

export interface Request {
  readonly asOf: string;
  readonly action: Action;
  readonly currency: string;
  readonly digits: number;
  readonly accountStatus: Status;
  readonly invoices: readonly { id: string; amount: bigint; dueOn: string | undefined }[];
  readonly migration: { status: "requested" | "in_progress" | "completed" | "cancelled"; completedOn?: string; expectedCompletionOn?: string } | undefined;
  readonly items: readonly Item[];
}

export interface Line {
  itemId: string;
  type: ItemKind;
  outcome: Outcome;
  clause: string;
  refund: { net: string; tax: string; gross: string; taxes: { code: string; rate?: string; amount: string }[] };
  calculation?: { unit: "day" | "month"; used: number; unused: number; total: number; unusedFrom: string; to: string };
  reason?: string;
  developer?: { name?: string; contact?: string };
  label?: string;
  ref?: string;
}

export interface Notice {
  code: string;
  clause: string;
  itemId?: string;
  cause?: string;
  invoiceIds?: string[];
  overdue?: string;
}

export interface Effect {
  type: "disable_auto_renewal";
  itemId: string;
  on: string;
  clause: string;
}

export interface Decision {
  policy: { id: string; version: string; effectiveFrom: string; chosenBy: { field: string; date: string } };
  asOf: string;
  action: Action;
  status: "estimate" | "final";
  outcome: Outcome;
  currency: string;
  total: { net: string; tax: string; gross: string };
  lines: Line[];
  notices: Notice[];
  effects: Effect[];
}

/** A problem the reference knows makes a request bad input. */
export interface Refusal {
  readonly path: string;
  readonly code: string;
}

export type Verdict = { readonly refused: true; readonly problems: readonly Refusal[] } | { readonly refused: false; readonly decision: Decision };
