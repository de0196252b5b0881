/**
 * The one list of item kinds. `ITEM_TYPES`, the request's item reader, the policy check,
 * `versionDate: "purchase"` and the tests' lists of kinds all
 * derive from it; `ItemType` is the contract's union, and `satisfies` makes a kind missing
 * here (or one too many) a compile error. docs/adding-an-item-kind.md has the steps.
 * @module
 */
import type { ItemType } from "../contract/request.js";
import type { ItemKind } from "./kind.js";
import { incurredChargeKind } from "./incurred-charge.js";
import { licenseKeyKind } from "./license-key.js";
import { marketplaceAppKind } from "./marketplace-app.js";
import { subscriptionKind } from "./subscription.js";
import { telephonyCreditKind } from "./telephony-credit.js";

/**
 * Every item kind, by its type, in the contract's order.
 *
 * @example
 * ```ts
 * ITEM_KINDS.subscription.renews; // true
 * ```
 */
export const ITEM_KINDS = {
  subscription: subscriptionKind,
  license_key: licenseKeyKind,
  telephony_credit: telephonyCreditKind,
  marketplace_app: marketplaceAppKind,
  incurred_charge: incurredChargeKind,
} as const satisfies { readonly [T in ItemType]: ItemKind<T> };

/**
 * Every item type, in the registry's order.
 *
 * @example
 * ```ts
 * ITEM_TYPES.includes("license_key"); // true
 * ```
 */
export const ITEM_TYPES = Object.keys(ITEM_KINDS) as readonly ItemType[];
