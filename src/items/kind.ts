import type { ItemType } from "../contract/request.js";
import type { FieldName } from "../explain/messages.js";
import type { ItemsByType } from "../normalized.js";
import type { Scope } from "../validate/items.js";
import type { Fields } from "../validate/reader.js";

/**
 * Everything the library knows about one kind of item beside its types and its rule
 * module: the fields it has on the wire, how it is read, the date it brings to
 * `versionDate: "purchase"`, whether it renews, and the fields a refused request names
 * in words. One value per kind, listed once in `ITEM_KINDS` (src/items/registry.ts);
 * the lists of item types elsewhere derive from that registry.
 *
 * @example
 * ```ts
 * const keys: ItemKind<"license_key"> = defineItemKind({
 *   type: "license_key", fields: ["id", "type", "product", "paid", "refunded"], renews: false, labelled: [],
 *   read: (fields, path, scope, id) => ({ id, type: "license_key", payment: readPayment(fields, path, scope)! }),
 * });
 * ```
 */
export interface ItemKind<T extends ItemType> {
  readonly type: T;
  /** Every field the item has on the wire; the reader refuses (or, under `unknownFields: "ignore"`, notes) any other. */
  readonly fields: readonly string[];
  /**
   * Reads the item's fields (its `id` and `type` already read) and builds the normalized
   * item, recording every problem on the scope's reader; `undefined` when there is one.
   */
  read(fields: Fields, path: string, scope: Scope, id: string): ItemsByType[T] | undefined;
  /**
   * For `versionDate: "purchase"`: the field, as a path inside the item, that holds the day
   * the item was bought or its paid period started (`["period", "start"]`). Absent: the kind
   * brings no purchase date.
   */
  readonly purchaseDate?: readonly [string, ...string[]];
  /** Whether the item renews by itself until turned off (a `disable_auto_renewal` effect can name it). */
  readonly renews: boolean;
  /** The item's own fields a refused request names in words (each a {@link FieldName}, labelled in every catalog's `field.<name>`). */
  readonly labelled: readonly FieldName[];
}

/**
 * Makes an item kind (a frozen plain object).
 *
 * @example
 * ```ts
 * const kind = defineItemKind({ type: "incurred_charge", fields: ["id", "type", "amount"], read, renews: false, labelled: ["incurredOn"] });
 * kind.labelled; // ["incurredOn"]
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function defineItemKind<T extends ItemType>(kind: ItemKind<T>): ItemKind<T> {
  return Object.freeze(kind);
}
