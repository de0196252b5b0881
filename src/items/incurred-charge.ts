import { defineItemKind } from "./kind.js";
import { CAPTION_FIELDS } from "../validate/items.js";
import { LIMITS } from "../validate/reader.js";

/** Every field of the item on the wire. */
const FIELDS = ["id", "type", ...CAPTION_FIELDS, "description", "amount", "incurredOn"] as const;

/**
 * A charge for usage already consumed (`IncurredChargeInput` on the wire, `IncurredCharge`
 * normalized; rules in src/rules/incurred-charge.ts).
 *
 * @example
 * ```ts
 * incurredChargeKind.labelled; // ["incurredOn"]
 * ```
 */
export const incurredChargeKind = defineItemKind({
  type: "incurred_charge",
  fields: FIELDS,
  renews: false,
  labelled: ["incurredOn"],
  read(fields, path, { reader, digits, timeZone }, id) {
    reader.onlyKnown(fields, path, FIELDS);
    reader.string(fields, "description", path, false, LIMITS.maxTextLength);
    const amount = reader.amount(fields, "amount", path, true, digits);
    reader.date(fields, "incurredOn", path, false, timeZone);
    return amount && { id, type: "incurred_charge", amount };
  },
});
