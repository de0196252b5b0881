import { defineItemKind } from "./kind.js";
import { CAPTION_FIELDS } from "../validate/items.js";
import { readPayment } from "../validate/payment.js";

/** Every field of the item on the wire. */
const FIELDS = ["id", "type", ...CAPTION_FIELDS, "product", "paid", "refunded"] as const;

/**
 * A license key for an on-premise product (`LicenseKeyInput` on the wire, `LicenseKey`
 * normalized; rules in src/rules/license-key.ts).
 *
 * @example
 * ```ts
 * licenseKeyKind.renews; // false
 * ```
 */
export const licenseKeyKind = defineItemKind({
  type: "license_key",
  fields: FIELDS,
  renews: false,
  labelled: [],
  read(fields, path, scope, id) {
    scope.reader.onlyKnown(fields, path, FIELDS);
    scope.reader.string(fields, "product", path, false);
    const payment = readPayment(fields, path, scope);
    return payment && { id, type: "license_key", payment };
  },
});
