/**
 * ISO 4217 alphabetic codes of the active currencies and fund codes with their
 * minor-unit digits (ISO 4217 list one). Codes whose minor unit is "N.A."
 * (precious metals, XDR, test codes) are not currencies a refund can be paid in
 * and are left out.
 */
const ZERO = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
const THREE = "BHD IQD JOD KWD LYD OMR TND";
const FOUR = "CLF UYW";
const TWO =
  "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
  "CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS " +
  "GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL " +
  "MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK " +
  "PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS " +
  "TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG";

function table(): ReadonlyMap<string, number> {
  const entries: [string, number][] = [];
  for (const [codes, digits] of [[ZERO, 0], [TWO, 2], [THREE, 3], [FOUR, 4]] as const) {
    for (const code of codes.split(" ")) entries.push([code, digits]);
  }
  return new Map(entries);
}

const MINOR_UNITS = table();

/**
 * The minor-unit digits of an ISO 4217 currency (`USD` 2, `JPY` 0, `KWD` 3),
 * or `undefined` for a code that is not an active currency.
 *
 * @category Money and calendar
 * @example
 * ```ts
 * import { currencyDigits } from "refund-policy/rules";
 * currencyDigits("KWD"); // 3
 * currencyDigits("XAU"); // undefined
 * ```
 */
export function currencyDigits(code: string): number | undefined {
  return MINOR_UNITS.get(code);
}

/**
 * Every supported ISO 4217 code, sorted.
 *
 * @category Money and calendar
 * @example
 * ```ts
 * import { supportedCurrencies } from "refund-policy/rules";
 * supportedCurrencies().includes("EUR"); // true
 * ```
 */
export function supportedCurrencies(): string[] {
  return [...MINOR_UNITS.keys()].sort();
}
