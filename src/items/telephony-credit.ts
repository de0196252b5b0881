import type { AccountStatus } from "../contract/request.js";
import { defineItemKind } from "./kind.js";
import { CAPTION_FIELDS, STATUSES } from "../validate/items.js";
import { join } from "../validate/reader.js";

/** Every field of the item on the wire. */
const FIELDS = ["id", "type", ...CAPTION_FIELDS, "balance", "purpose", "number"] as const;

/**
 * Prepaid telephony or VoIP credit (`TelephonyCreditInput` on the wire, `TelephonyCredit`
 * normalized; rules in src/rules/telephony-credit.ts).
 *
 * @example
 * ```ts
 * telephonyCreditKind.labelled; // ["balance"]
 * ```
 */
export const telephonyCreditKind = defineItemKind({
  type: "telephony_credit",
  fields: FIELDS,
  renews: false,
  labelled: ["balance"],
  read(fields, path, { reader, digits }, id) {
    reader.onlyKnown(fields, path, FIELDS);
    const balance = reader.amount(fields, "balance", path, true, digits);
    const purpose = reader.oneOf(fields, "purpose", path, ["calls", "number_rental"], true);
    const number = reader.object(fields, "number", path, false);
    let numberStatus: AccountStatus = "active";
    if (number !== undefined) {
      reader.onlyKnown(number, join(path, "number"), ["status"]);
      numberStatus = reader.oneOf(number, "status", join(path, "number"), STATUSES, true) ?? "active";
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: narrowing (equivalent: see the note at the top of reader.ts)
    if (balance === undefined || purpose === undefined) return undefined;
    return { id, type: "telephony_credit", balance, purpose, numberStatus };
  },
});
