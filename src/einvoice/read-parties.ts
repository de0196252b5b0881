// Reading what the caller adds to a credit note: the two parties, the credit note's number, the VAT
// category of each tax code, the delivery, and the options.
import { parseCalendarDate } from "../calendar/calendar-date.js";
import { CATEGORY_RULES, hasVatPrefix, isCountry, isVatexCode } from "./codes.js";
import { checkKnownFields, isRecord, present, readOptionalText, readText, type Problems } from "./text.js";
import type { VatCategoryCode } from "./types.js";

/**
 * A party, read.
 *
 * @example
 * ```ts
 * declare const seller: Party;
 * seller.vatId; // "DE123456789" or undefined
 * ```
 */
export interface Party {
  readonly name: string;
  readonly country: string;
  readonly vatId: string | undefined;
  readonly registrationId: string | undefined;
  readonly addressLines: readonly string[];
  readonly city: string | undefined;
  readonly postalCode: string | undefined;
}

/**
 * A VAT category with its exemption reason settled (defaults filled in).
 *
 * @example
 * ```ts
 * const reverse: Category = { code: "AE", reason: "Reverse charge", reasonCode: "VATEX-EU-AE" };
 * ```
 */
export interface Category {
  readonly code: VatCategoryCode;
  readonly reason: string | undefined;
  readonly reasonCode: string | undefined;
}

/**
 * Everything the caller gave, read.
 *
 * @example
 * ```ts
 * declare const parties: Parties;
 * parties.tolerance; // "standard"
 * ```
 */
export interface Parties {
  readonly seller: Party;
  readonly buyer: Party;
  readonly number: string | undefined;
  readonly buyerReference: string | undefined;
  /** Per tax code, with the path it was given at. */
  readonly categories: ReadonlyMap<string, { readonly category: Category; readonly path: string }>;
  readonly untaxed: Category | undefined;
  readonly delivery: { readonly date: string; readonly country: string } | undefined;
  readonly tolerance: "standard" | "none";
}

const PARTY_FIELDS = ["name", "country", "vatId", "registrationId", "addressLines", "city", "postalCode"] as const;
const PARTIES_FIELDS = ["seller", "buyer", "number", "buyerReference", "vatCategories", "untaxed", "delivery"] as const;

/**
 * Reads the parties and options; `undefined` when a problem was recorded.
 *
 * @example
 * ```ts
 * readParties({ seller, buyer }, undefined, problems);
 * ```
 */
export function readParties(value: unknown, options: unknown, problems: Problems): Parties | undefined {
  const before = problems.length;
  const tolerance = readTolerance(options, problems);
  if (!isRecord(value)) {
    problems.push({ path: "parties", code: "wrong_type", message: "must be an object { seller, buyer, ... }" });
    return undefined;
  }
  checkKnownFields(value, PARTIES_FIELDS, "parties", problems);
  const seller = readParty(value.seller, "parties.seller", problems);
  const buyer = readParty(value.buyer, "parties.buyer", problems);
  const number = readOptionalText(value.number, "parties.number", problems);
  const buyerReference = readOptionalText(value.buyerReference, "parties.buyerReference", problems);
  const categories = new Map<string, { category: Category; path: string }>();
  if (present(value.vatCategories)) {
    if (isRecord(value.vatCategories)) {
      for (const code of Object.keys(value.vatCategories).sort()) {
        const path = `parties.vatCategories[${JSON.stringify(code)}]`;
        const category = readCategory(value.vatCategories[code], path, problems);
        if (category !== undefined) categories.set(code, { category, path });
      }
    } else {
      problems.push({ path: "parties.vatCategories", code: "wrong_type", message: "must map tax codes to VAT categories" });
    }
  }
  const untaxed = present(value.untaxed) ? readCategory(value.untaxed, "parties.untaxed", problems) : undefined;
  const delivery = present(value.delivery) ? readDelivery(value.delivery, problems) : undefined;
  if (problems.length > before) return undefined;
  return {
    seller: seller as Party,
    buyer: buyer as Party,
    number,
    buyerReference,
    categories,
    untaxed,
    delivery,
    tolerance,
  };
}

function readTolerance(options: unknown, problems: Problems): "standard" | "none" {
  if (!present(options)) return "standard";
  if (!isRecord(options)) {
    problems.push({ path: "options", code: "wrong_type", message: "must be an object { vatTolerance }" });
    return "standard";
  }
  checkKnownFields(options, ["vatTolerance"], "options", problems);
  const tolerance = options.vatTolerance;
  if (!present(tolerance)) return "standard";
  if (tolerance === "standard" || tolerance === "none") return tolerance;
  problems.push({ path: "options.vatTolerance", code: "unknown_value", message: 'must be "standard" or "none"' });
  return "standard";
}

function readParty(value: unknown, path: string, problems: Problems): Party | undefined {
  if (!isRecord(value)) {
    problems.push({ path, code: present(value) ? "wrong_type" : "missing", message: "is required: { name, country, ... }" });
    return undefined;
  }
  checkKnownFields(value, PARTY_FIELDS, path, problems);
  const name = readText(value.name, `${path}.name`, problems);
  const country = readCountry(value.country, `${path}.country`, problems);
  const vatId = readOptionalText(value.vatId, `${path}.vatId`, problems);
  if (vatId !== undefined && !hasVatPrefix(vatId)) {
    problems.push({ path: `${path}.vatId`, code: "en16931_rule", message: "must start with its country's ISO 3166-1 code (Greece: EL) (BR-CO-09)" });
  }
  const registrationId = readOptionalText(value.registrationId, `${path}.registrationId`, problems);
  const addressLines: string[] = [];
  if (present(value.addressLines)) {
    if (!Array.isArray(value.addressLines) || value.addressLines.length > 3) {
      problems.push({ path: `${path}.addressLines`, code: "wrong_type", message: "must be a list of at most three address lines" });
    } else {
      value.addressLines.forEach((line: unknown, index) => {
        const text = readText(line, `${path}.addressLines[${index}]`, problems);
        if (text !== undefined) addressLines.push(text);
      });
    }
  }
  const city = readOptionalText(value.city, `${path}.city`, problems);
  const postalCode = readOptionalText(value.postalCode, `${path}.postalCode`, problems);
  if (name === undefined || country === undefined) return undefined;
  return { name, country, vatId, registrationId, addressLines, city, postalCode };
}

function readCountry(value: unknown, path: string, problems: Problems): string | undefined {
  if (!present(value)) {
    problems.push({ path, code: "missing", message: "is required (BR-09, BR-11)" });
    return undefined;
  }
  if (typeof value !== "string" || !isCountry(value)) {
    problems.push({ path, code: "unknown_value", message: 'must be an ISO 3166-1 alpha-2 country code such as "DE" (BR-CL-14)' });
    return undefined;
  }
  return value;
}

function readCategory(value: unknown, path: string, problems: Problems): Category | undefined {
  const spec = typeof value === "string" ? { category: value } : value;
  if (!isRecord(spec)) {
    problems.push({ path, code: "wrong_type", message: 'must be a VAT category code such as "S" or { category, exemptionReason, exemptionReasonCode }' });
    return undefined;
  }
  checkKnownFields(spec, ["category", "exemptionReason", "exemptionReasonCode"], path, problems);
  const code = spec.category;
  if (typeof code !== "string" || !Object.hasOwn(CATEGORY_RULES, code)) {
    problems.push({ path: typeof value === "string" ? path : `${path}.category`, code: "unknown_value", message: "must be one of S, Z, E, AE, K, G, O, L, M" });
    return undefined;
  }
  const rule = CATEGORY_RULES[code as VatCategoryCode];
  const before = problems.length;
  let reason = readOptionalText(spec.exemptionReason, `${path}.exemptionReason`, problems);
  let reasonCode = readOptionalText(spec.exemptionReasonCode, `${path}.exemptionReasonCode`, problems);
  if (reasonCode !== undefined && !isVatexCode(reasonCode)) {
    problems.push({ path: `${path}.exemptionReasonCode`, code: "unknown_value", message: "must be a code of the VATEX list such as VATEX-EU-AE (BR-CL-22)" });
  }
  if (problems.length > before) return undefined;
  if (rule.reason === "forbidden" && (reason !== undefined || reasonCode !== undefined)) {
    problems.push({ path, code: "en16931_rule", message: `category ${code} takes no exemption reason (${rule.rule}-10)` });
    return undefined;
  }
  if (rule.reason === "required" && reason === undefined && reasonCode === undefined) {
    problems.push({ path, code: "en16931_rule", message: `category ${code} needs an exemptionReason or exemptionReasonCode (${rule.rule}-10)` });
    return undefined;
  }
  if (typeof rule.reason === "object" && reason === undefined && reasonCode === undefined) {
    reason = rule.reason.text;
    reasonCode = rule.reason.code;
  }
  return { code: code as VatCategoryCode, reason, reasonCode };
}

function readDelivery(value: unknown, problems: Problems): { date: string; country: string } | undefined {
  if (!isRecord(value)) {
    problems.push({ path: "parties.delivery", code: "wrong_type", message: "must be an object { date, country }" });
    return undefined;
  }
  checkKnownFields(value, ["date", "country"], "parties.delivery", problems);
  const date = typeof value.date === "string" && parseCalendarDate(value.date) !== undefined ? value.date : undefined;
  if (date === undefined) problems.push({ path: "parties.delivery.date", code: "invalid_date", message: 'must be a real calendar date "YYYY-MM-DD"' });
  const country = readCountry(value.country, "parties.delivery.country", problems);
  return date === undefined || country === undefined ? undefined : { date, country };
}
