import type { DateString } from "../contract/request.js";

/**
 * An EN 16931 VAT category code (UNTDID 5305, the subset EN 16931 uses): `S` standard rated, `Z` zero
 * rated, `E` exempt, `AE` reverse charge, `K` intra-community supply, `G` export outside the EU,
 * `O` not subject to VAT, `L` Canary Islands IGIC, `M` Ceuta and Melilla IPSI.
 *
 * @example
 * ```ts
 * import type { VatCategoryCode } from "refund-policy/einvoice";
 * const category: VatCategoryCode = "AE";
 * ```
 */
export type VatCategoryCode = "S" | "Z" | "E" | "AE" | "K" | "G" | "O" | "L" | "M";

/**
 * A VAT category with the exemption reason the rules ask for: `E` needs a reason text or a VATEX code;
 * `AE`, `K`, `G` and `O` get the standard's text and code when none is given; `S`, `Z`, `L` and `M` take none.
 *
 * @example
 * ```ts
 * import type { VatCategory } from "refund-policy/einvoice";
 * const exempt: VatCategory = { category: "E", exemptionReason: "Exempt under Article 132(1)(i)", exemptionReasonCode: "VATEX-EU-132-1I" };
 * ```
 */
export interface VatCategory {
  category: VatCategoryCode;
  /** BT-120, the exemption reason as text. */
  exemptionReason?: string | null;
  /** BT-121, a code of the VATEX list (`VATEX-EU-AE` ...). */
  exemptionReasonCode?: string | null;
}

/**
 * The seller or the buyer of a credit note (BG-4 / BG-7).
 *
 * @example
 * ```ts
 * import type { UblParty } from "refund-policy/einvoice";
 * const seller: UblParty = { name: "Bitrix24 GmbH", country: "DE", vatId: "DE123456789", addressLines: ["Hauptstr. 1"], city: "Berlin", postalCode: "10115" };
 * ```
 */
export interface UblParty {
  /** BT-27 / BT-44: the registered name. */
  name: string;
  /** ISO 3166-1 alpha-2 (BT-40 / BT-55). */
  country: string;
  /** BT-31 / BT-48, with its country prefix (`DE123456789`; Greece `EL`). */
  vatId?: string | null;
  /** BT-30 / BT-47, the legal registration identifier (a seller with no VAT id needs one). */
  registrationId?: string | null;
  /** At most three address lines (BT-35..BT-37 / BT-50..BT-52). */
  addressLines?: string[] | null;
  /** BT-37 / BT-52. */
  city?: string | null;
  /** BT-38 / BT-53. */
  postalCode?: string | null;
}

/**
 * What a credit note needs and a settlement does not hold.
 *
 * @example
 * ```ts
 * import type { UblCreditNoteParties } from "refund-policy/einvoice";
 * const parties: UblCreditNoteParties = {
 *   seller: { name: "Bitrix24 GmbH", country: "DE", vatId: "DE123456789" },
 *   buyer: { name: "Acme AG", country: "DE" },
 *   vatCategories: { "DE-VAT": "S" },
 * };
 * ```
 */
export interface UblCreditNoteParties {
  seller: UblParty;
  buyer: UblParty;
  /** BT-1, the credit note's number (default: the credit note's `id`). */
  number?: string | null;
  /** BT-10, the buyer's reference (Peppol and XRechnung ask for it). */
  buyerReference?: string | null;
  /** The VAT category of each tax code; default `"S"` for a tax with a rate. */
  vatCategories?: Record<string, VatCategoryCode | VatCategory> | null;
  /** The VAT category of a line with no tax (no default: a line must name one). */
  untaxed?: VatCategoryCode | VatCategory | null;
  /** Delivery (BT-72, BT-80): an intra-community supply (`K`) needs its date and country. */
  delivery?: { date: DateString; country: string } | null;
}

/**
 * How strictly a VAT breakdown must match its base × rate.
 *
 * @example
 * ```ts
 * import type { UblCreditNoteOptions } from "refund-policy/einvoice";
 * const options: UblCreditNoteOptions = { vatTolerance: "none" };
 * ```
 */
export interface UblCreditNoteOptions {
  /**
   * `"standard"` (default): a category's VAT is its base × rate rounded once, or (when the lines' taxes
   * were rounded per line) within the standard's own tolerance of it (BR-CO-17, less than one currency unit).
   * `"none"`: only a VAT that is its base × rate rounded once to the minor unit; anything else is refused.
   */
  vatTolerance?: "standard" | "none" | null;
}
