/**
 * The wire contract, options side: the configurable readings and the MarketPlace
 * developers' terms, including the custom-terms API that TypeScript callers implement.
 * @module
 */
import type { MarketplaceAppInput, RefundAction } from "./request.js";

/**
 * The rounding modes, in one list: the {@link RoundingMode} type, the options
 * reader and the money arithmetic all derive from it.
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES } from "refund-policy/rules";
 * ROUNDING_MODES.includes("half_even"); // true
 * ```
 */
export const ROUNDING_MODES = ["half_up", "half_even", "down", "up"] as const;

/**
 * How a figure is rounded to the currency's minor unit (once, at the end).
 *
 * @example
 * ```ts
 * const mode: RoundingMode = "half_even";
 * ```
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * A MarketPlace developer's refund terms, declared as data.
 *
 * - `non_refundable`: never refunded.
 * - `full_within_days`: a full refund up to `days` days after `purchasedOn`.
 * - `prorated`: the unused days of the app's paid period.
 *
 * @example
 * ```ts
 * const terms: MarketplaceTermsInput = { terms: "full_within_days", days: 14 };
 * ```
 */
export type MarketplaceTermsInput =
  | { terms: "non_refundable" }
  | {
      terms: "full_within_days";
      /**
       * Whole days after `purchasedOn`, from 0 to 3660.
       * @asType integer
       * @minimum 0
       * @maximum 3660
       */
      days: number;
    }
  | { terms: "prorated" };

/**
 * A developer's terms as a function (TypeScript API only; JSON options cannot carry it).
 *
 * @example
 * ```ts
 * const goodwill: CustomMarketplaceTerms = {
 *   terms: "custom",
 *   evaluate: (app) => (app.action === "migrate_to_on_premise" ? { outcome: "refund", net: "10.00" } : { outcome: "no_refund" }),
 * };
 * ```
 */
export interface CustomMarketplaceTerms {
  terms: "custom";
  /** Called once per app line; must be pure and return a {@link MarketplaceVerdict}. */
  evaluate: (app: MarketplaceAppView) => MarketplaceVerdict;
}

/**
 * The JSON options: the configurable readings of the policy (rounding, proration) and the
 * MarketPlace developers' terms.
 *
 * @example
 * ```ts
 * const options: RefundOptions = {
 *   rounding: "half_even",
 *   proration: { unit: "day", completionDay: "unused" },
 *   marketplace: { "acme.crm-sync": { terms: "full_within_days", days: 14 } },
 * };
 * ```
 */
export interface RefundOptions {
  rounding?: RoundingMode;
  proration?: {
    unit?: "auto" | "day" | "month";
    completionDay?: "used" | "unused";
  };
  /** The developers' terms, by `appId`. */
  marketplace?: Record<string, MarketplaceTermsInput | CustomMarketplaceTerms>;
  /**
   * A field of the request the contract does not have: `"refuse"` (default) makes it
   * an `unknown_field` problem, so a typo such as `refund` for `refunded` cannot pay
   * twice; `"ignore"` reads past it and lists its path in a `request.fields-ignored`
   * notice of the decision, for the audit trail. Options' own fields are always checked.
   */
  unknownFields?: "refuse" | "ignore";
  /** Which date picks the policy version of a policy history: see {@link VersionDate}. */
  versionDate?: VersionDate;
}

/**
 * The date that picks the version of a policy history that decides a request:
 *
 * - `"asOf"` (default): the request's `asOf`, the policy in force on the day of the decision.
 * - `"purchase"`: the earliest purchase among the items (a subscription's `period.start`, an
 *   app's `purchasedOn`), the policy the customer bought under; `asOf` when no item has one.
 * - `{ date: "YYYY-MM-DD" }`: that day.
 *
 * @example
 * ```ts
 * const options: RefundOptions = { versionDate: "purchase" };
 * ```
 */
export type VersionDate = "asOf" | "purchase" | { date: string };


/**
 * What a MarketPlace developer's custom terms see of an app.
 *
 * @example
 * ```ts
 * const terms: MarketplaceTerms = {
 *   terms: "custom",
 *   evaluate: (app) => (app.status === "final" ? { outcome: "refund", net: app.paidNet } : { outcome: "no_refund" }),
 * };
 * ```
 */
export interface MarketplaceAppView {
  readonly item: Readonly<MarketplaceAppInput>;
  /**
   * The action: `refund` or `migrate_to_on_premise`. Custom terms are never asked
   * about a `cancel` (turning renewal off asks for no money back) nor about a
   * cancelled migration (nothing moves): those lines refund nothing.
   */
  readonly action: RefundAction;
  /**
   * `"estimate"` while the migration is requested or in progress (the figure is
   * computed as if it completed on `referenceDay`), else `"final"`: the decision's
   * own `status`. Terms that pay only on a completed migration answer
   * `{ outcome: "no_refund" }` to an estimate.
   */
  readonly status: "estimate" | "final";
  /** The reference day: the migration's day for a migration, else `asOf`. */
  readonly referenceDay: string;
  readonly currency: string;
  readonly paidNet: string;
  readonly refundedNet: string;
}

/**
 * What a developer's custom terms grant: nothing, a referral, or a net amount in
 * total on the app (earlier refunds are subtracted by the library; taxes follow
 * in proportion).
 *
 * @example
 * ```ts
 * const verdict: MarketplaceVerdict = { outcome: "refund", net: "15.00" };
 * ```
 */
export type MarketplaceVerdict =
  | { outcome: "no_refund" }
  | { outcome: "refer_to_developer" }
  | { outcome: "refund"; net: string };
