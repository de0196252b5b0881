// The code lists of EN 16931 (validation release 1.3.16) that a credit note of ours touches, copied from the
// rules that check them, so a refusal here matches what a receiver's validator would say.
import type { VatCategoryCode } from "./types.js";

/** ISO 3166-1 alpha-2 codes of BR-CL-14 (with `1A`, Kosovo, and `XI`, Northern Ireland). */
const COUNTRIES =
  "1A AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS " +
  "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG " +
  "EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR " +
  "HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR " +
  "LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG " +
  "NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE " +
  "SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA " +
  "UG UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA ZM ZW";

/** ISO 4217 codes of BR-CL-03. */
const CURRENCIES =
  "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD " +
  "CDF CHE CHF CHW CLF CLP CNH CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP " +
  "GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW " +
  "KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN " +
  "NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD " +
  "SHP SLE SOS SRD SSP STD SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW " +
  "UZS VES VED VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER " +
  "ZAR ZMW ZWG";

/** The VATEX exemption reason codes of BR-CL-22. */
const VATEX =
  "VATEX-EU-79-C VATEX-EU-132 VATEX-EU-132-1A VATEX-EU-132-1B VATEX-EU-132-1C VATEX-EU-132-1D " +
  "VATEX-EU-132-1E VATEX-EU-132-1F VATEX-EU-132-1G VATEX-EU-132-1H VATEX-EU-132-1I VATEX-EU-132-1J " +
  "VATEX-EU-132-1K VATEX-EU-132-1L VATEX-EU-132-1M VATEX-EU-132-1N VATEX-EU-132-1O VATEX-EU-132-1P " +
  "VATEX-EU-132-1Q VATEX-EU-135-1 VATEX-EU-143 VATEX-EU-143-1A VATEX-EU-143-1B VATEX-EU-143-1C " +
  "VATEX-EU-143-1D VATEX-EU-143-1E VATEX-EU-143-1F VATEX-EU-143-1FA VATEX-EU-143-1G VATEX-EU-143-1H " +
  "VATEX-EU-143-1I VATEX-EU-143-1J VATEX-EU-143-1K VATEX-EU-143-1L VATEX-EU-144 VATEX-EU-146-1E " +
  "VATEX-EU-159 VATEX-EU-309 VATEX-EU-148 VATEX-EU-148-A VATEX-EU-148-B VATEX-EU-148-C VATEX-EU-148-D " +
  "VATEX-EU-148-E VATEX-EU-148-F VATEX-EU-148-G VATEX-EU-151 VATEX-EU-151-1A VATEX-EU-151-1AA " +
  "VATEX-EU-151-1B VATEX-EU-151-1C VATEX-EU-151-1D VATEX-EU-151-1E VATEX-EU-G VATEX-EU-O VATEX-EU-IC " +
  "VATEX-EU-AE VATEX-EU-D VATEX-EU-F VATEX-EU-I VATEX-EU-J VATEX-FR-FRANCHISE VATEX-FR-CNWVAT " +
  "VATEX-EU-153 VATEX-FR-CGI261-1 VATEX-FR-CGI261-2 VATEX-FR-CGI261-3 VATEX-FR-CGI261-4 " +
  "VATEX-FR-CGI261-5 VATEX-FR-CGI261-7 VATEX-FR-CGI261-8 VATEX-FR-CGI261A VATEX-FR-CGI261B " +
  "VATEX-FR-CGI261C-1 VATEX-FR-CGI261C-2 VATEX-FR-CGI261C-3 VATEX-FR-CGI261D-1 VATEX-FR-CGI261D-1BIS " +
  "VATEX-FR-CGI261D-2 VATEX-FR-CGI261D-3 VATEX-FR-CGI261D-4 VATEX-FR-CGI261E-1 VATEX-FR-CGI261E-2 " +
  "VATEX-FR-CGI277A VATEX-FR-CGI275 VATEX-FR-298SEXDECIESA VATEX-FR-CGI295 VATEX-FR-AE";

const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES.split(" "));
const CURRENCY_SET: ReadonlySet<string> = new Set(CURRENCIES.split(" "));
const VATEX_SET: ReadonlySet<string> = new Set(VATEX.split(" "));

/**
 * Whether `code` is a country code EN 16931 accepts (BR-CL-14).
 *
 * @example
 * ```ts
 * isCountry("DE"); // true
 * ```
 */
export function isCountry(code: string): boolean {
  return COUNTRY_SET.has(code);
}

/**
 * Whether a VAT identifier starts with a country prefix (BR-CO-09: a country code, or `EL` for Greece).
 *
 * @example
 * ```ts
 * hasVatPrefix("EL123456789"); // true
 * ```
 */
export function hasVatPrefix(vatId: string): boolean {
  const prefix = vatId.slice(0, 2);
  return prefix === "EL" || COUNTRY_SET.has(prefix);
}

/**
 * Whether `code` is a currency EN 16931 accepts (BR-CL-03).
 *
 * @example
 * ```ts
 * isEn16931Currency("ANG"); // false
 * ```
 */
export function isEn16931Currency(code: string): boolean {
  return CURRENCY_SET.has(code);
}

/**
 * Whether `code` is a VATEX exemption reason code (BR-CL-22).
 *
 * @example
 * ```ts
 * isVatexCode("VATEX-EU-AE"); // true
 * ```
 */
export function isVatexCode(code: string): boolean {
  return VATEX_SET.has(code);
}

/**
 * Every category the standard knows, in the order breakdowns are written.
 *
 * @example
 * ```ts
 * VAT_CATEGORY_CODES[0]; // "S"
 * ```
 */
export const VAT_CATEGORY_CODES: readonly VatCategoryCode[] = ["S", "Z", "E", "AE", "K", "G", "O", "L", "M"];

/**
 * What each category asks of a credit note (the BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-O, BR-AF, BR-AG rules).
 *
 * @example
 * ```ts
 * const reverseCharge: CategoryRule = CATEGORY_RULES.AE;
 * ```
 */
export interface CategoryRule {
  /** Rule id prefix, for the problem's sentence. */
  readonly rule: string;
  /** `positive`: rate above 0 (S); `zero`: rate 0 and no VAT; `any`: rate 0 or above (L, M); `none`: no rate at all (O). */
  readonly rate: "positive" | "zero" | "any" | "none";
  /** Exemption reason: `forbidden`, `required` (E: text or code), or the standard's default text and code. */
  readonly reason: "forbidden" | "required" | { readonly text: string; readonly code: string };
  /** The seller's VAT id: `required` (or, under BR-CO-26, at least a registration id), `forbidden` (O). */
  readonly sellerVatId: "required" | "forbidden";
  /** The buyer's VAT id: `required` (AE, K), `forbidden` (O), or `optional`. */
  readonly buyerVatId: "required" | "forbidden" | "optional";
}

/**
 * The rules of each category, by code.
 *
 * @example
 * ```ts
 * CATEGORY_RULES.O.sellerVatId; // "forbidden"
 * ```
 */
export const CATEGORY_RULES: Readonly<Record<VatCategoryCode, CategoryRule>> = {
  S: { rule: "BR-S", rate: "positive", reason: "forbidden", sellerVatId: "required", buyerVatId: "optional" },
  Z: { rule: "BR-Z", rate: "zero", reason: "forbidden", sellerVatId: "required", buyerVatId: "optional" },
  E: { rule: "BR-E", rate: "zero", reason: "required", sellerVatId: "required", buyerVatId: "optional" },
  AE: { rule: "BR-AE", rate: "zero", reason: { text: "Reverse charge", code: "VATEX-EU-AE" }, sellerVatId: "required", buyerVatId: "required" },
  K: { rule: "BR-IC", rate: "zero", reason: { text: "Intra-community supply", code: "VATEX-EU-IC" }, sellerVatId: "required", buyerVatId: "required" },
  G: { rule: "BR-G", rate: "zero", reason: { text: "Export outside the EU", code: "VATEX-EU-G" }, sellerVatId: "required", buyerVatId: "optional" },
  O: { rule: "BR-O", rate: "none", reason: { text: "Not subject to VAT", code: "VATEX-EU-O" }, sellerVatId: "forbidden", buyerVatId: "forbidden" },
  L: { rule: "BR-AF", rate: "any", reason: "forbidden", sellerVatId: "required", buyerVatId: "optional" },
  M: { rule: "BR-AG", rate: "any", reason: "forbidden", sellerVatId: "required", buyerVatId: "optional" },
};
