// Each line's VAT category and rate, the VAT breakdown per category and rate, and every rule of EN 16931
// that a refusal here saves the receiver from finding: a breakdown that cannot conform is refused with
// its reason, never adjusted.
import type { Scaled } from "../money/decimal-string.js";
import { CATEGORY_RULES, VAT_CATEGORY_CODES } from "./codes.js";
import type { Category, Parties } from "./read-parties.js";
import { normalRate, type Note, type NoteLine } from "./read-note.js";
import type { Problems } from "./text.js";

/**
 * A credit-note line as the XML writes it.
 *
 * @example
 * ```ts
 * declare const line: Line;
 * line.category.code; // "S"
 * ```
 */
export interface Line {
  readonly itemId: string;
  readonly name: string;
  readonly net: bigint;
  readonly category: Category;
  /** The VAT rate in percent (`[19n, 0]` is 19 %); absent for `O`. */
  readonly percent: Scaled | undefined;
}

/**
 * One VAT breakdown (BG-23): a category and rate, its base and its VAT.
 *
 * @example
 * ```ts
 * declare const group: Group;
 * group.percent; // [19n, 0]: 19 %
 * ```
 */
export interface Group {
  readonly category: Category;
  readonly percent: Scaled | undefined;
  readonly base: bigint;
  readonly amount: bigint;
}

const DEFAULT: Category = { code: "S", reason: undefined, reasonCode: undefined };

/**
 * The lines with their categories, and the breakdown; `undefined` when a problem was recorded.
 *
 * @example
 * ```ts
 * const built = breakdown(note, parties, problems);
 * built?.groups.length; // one per category and rate
 * ```
 */
export function breakdown(note: Note, parties: Parties, problems: Problems): { lines: Line[]; groups: Group[] } | undefined {
  const before = problems.length;
  const lines: Line[] = [];
  note.lines.forEach((line, index) => {
    const placed = placeLine(line, `creditNote.lines[${index}]`, parties, problems);
    if (placed !== undefined) lines.push(placed);
  });
  checkDecimals(note, problems);
  if (problems.length > before) return undefined;
  const groups = group(lines, note.lines, parties, problems);
  checkParties(groups, parties, problems);
  for (const g of groups) checkVat(g, note.digits, parties.tolerance, problems);
  return problems.length > before ? undefined : { lines, groups };
}

function placeLine(line: NoteLine, path: string, parties: Parties, problems: Problems): Line | undefined {
  const base = { itemId: line.itemId, name: line.name, net: line.net };
  if (line.taxes.length > 1) {
    problems.push({ path: `${path}.taxes`, code: "en16931_unsupported", message: `carries ${line.taxes.length} taxes; an EN 16931 line carries one VAT category and rate (BT-151, BT-152)` });
    return undefined;
  }
  const tax = line.taxes[0];
  if (tax === undefined) {
    const category = parties.untaxed;
    if (category === undefined) {
      problems.push({ path: `${path}.taxes`, code: "missing", message: "is empty: name the VAT category of an untaxed line with parties.untaxed (every EN 16931 line has one)" });
      return undefined;
    }
    const rule = CATEGORY_RULES[category.code];
    if (rule.rate === "positive") {
      problems.push({ path: "parties.untaxed", code: "en16931_rule", message: `a line with no tax cannot be ${category.code}: its rate must be above 0 (${rule.rule}-05)` });
      return undefined;
    }
    return { ...base, category, percent: rule.rate === "none" ? undefined : [0n, 0] };
  }
  const taxPath = `${path}.taxes[0]`;
  const mapped = parties.categories.get(tax.code)?.category;
  if (mapped === undefined && tax.rate === undefined) {
    problems.push({ path: `${taxPath}.rate`, code: "missing", message: `is absent: give the rate, or the VAT category of ${JSON.stringify(tax.code)} in parties.vatCategories` });
    return undefined;
  }
  const category = mapped ?? DEFAULT;
  const rule = CATEGORY_RULES[category.code];
  const positive = tax.rate !== undefined && tax.rate[0] > 0n;
  const problem = (message: string) => problems.push({ path: taxPath, code: "en16931_rule", message: `${JSON.stringify(tax.code)} as category ${category.code}: ${message}` });
  if (rule.rate === "positive" && !positive) return void problem(`the rate must be above 0 (${rule.rule}-05); name the category of a 0 rate (Z, E, ...) in parties.vatCategories`);
  if (rule.rate === "any" && tax.rate === undefined) return void problem(`needs its rate (${rule.rule}-05)`);
  if ((rule.rate === "zero" || rule.rate === "none") && positive) return void problem(`the rate must be 0 (${rule.rule}-05)`);
  if ((rule.rate === "zero" || rule.rate === "none") && tax.amount !== 0n) return void problem(`the VAT must be 0 (${rule.rule}-09)`);
  const percent = rule.rate === "none" ? undefined : toPercent(tax.rate ?? [0n, 0]);
  return { ...base, category, percent };
}

/** A rate (`0.19`) in percent (`19`), exactly. */
function toPercent([units, decimals]: Scaled): Scaled {
  return decimals >= 2 ? [units, decimals - 2] : [units * 10n ** BigInt(2 - decimals), 0];
}

/** Amounts of a currency with more than two minor-unit digits must fit in two (BR-DEC-*): a third decimal is never rounded away. */
function checkDecimals(note: Note, problems: Problems): void {
  if (note.digits <= 2) return;
  const unit = 10n ** BigInt(note.digits - 2);
  const sentence = `has a digit past the second decimal; EN 16931 amounts carry at most two (BR-DEC), and a figure is never rounded to fit`;
  note.lines.forEach((line, index) => {
    if (line.net % unit !== 0n) problems.push({ path: `creditNote.lines[${index}].net`, code: "en16931_unsupported", message: sentence });
    line.taxes.forEach((tax, t) => {
      if (tax.amount % unit !== 0n) problems.push({ path: `creditNote.lines[${index}].taxes[${t}].amount`, code: "en16931_unsupported", message: sentence });
    });
  });
}

function group(lines: readonly Line[], source: readonly NoteLine[], parties: Parties, problems: Problems): Group[] {
  const groups = new Map<string, { category: Category; percent: Scaled | undefined; base: bigint; amount: bigint }>();
  lines.forEach((line, index) => {
    const key = `${line.category.code} ${line.percent === undefined ? "" : normalRate(line.percent)}`;
    const amount = source[index]!.taxes[0]?.amount ?? 0n;
    const found = groups.get(key);
    if (found === undefined) {
      groups.set(key, { category: line.category, percent: line.percent, base: line.net, amount });
      return;
    }
    if (found.category.reason !== line.category.reason || found.category.reasonCode !== line.category.reasonCode) {
      problems.push({ path: "parties.vatCategories", code: "en16931_unsupported", message: `tax codes of category ${line.category.code} give different exemption reasons; one VAT breakdown carries one (BG-23)` });
    }
    found.base += line.net;
    found.amount += amount;
  });
  return [...groups.values()].sort(
    (a, b) => VAT_CATEGORY_CODES.indexOf(a.category.code) - VAT_CATEGORY_CODES.indexOf(b.category.code) || comparePercent(a.percent, b.percent),
  );
}

function comparePercent(a: Scaled | undefined, b: Scaled | undefined): number {
  // Stryker disable next-line ConditionalExpression: only O has no rate, and O stands alone (BR-O-11)
  if (a === undefined || b === undefined) return 0;
  const decimals = Math.max(a[1], b[1]);
  const x = a[0] * 10n ** BigInt(decimals - a[1]);
  const y = b[0] * 10n ** BigInt(decimals - b[1]);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The parties' VAT ids and the delivery the categories present ask for. */
function checkParties(groups: readonly Group[], parties: Parties, problems: Problems): void {
  const { seller, buyer } = parties;
  const codes = [...new Set(groups.map((g) => g.category.code))];
  for (const code of codes) {
    const rule = CATEGORY_RULES[code];
    if (rule.sellerVatId === "required" && seller.vatId === undefined) {
      problems.push({ path: "parties.seller.vatId", code: "en16931_rule", message: `is required: the credit note has category ${code} lines (${rule.rule}-02)` });
    }
    if (rule.sellerVatId === "forbidden" && seller.vatId !== undefined) {
      problems.push({ path: "parties.seller.vatId", code: "en16931_rule", message: `must be absent: the credit note has category ${code} lines (${rule.rule}-02)` });
    }
    if (rule.buyerVatId === "required" && buyer.vatId === undefined) {
      problems.push({ path: "parties.buyer.vatId", code: "en16931_rule", message: `is required: the credit note has category ${code} lines (${rule.rule}-02)` });
    }
    if (rule.buyerVatId === "forbidden" && buyer.vatId !== undefined) {
      problems.push({ path: "parties.buyer.vatId", code: "en16931_rule", message: `must be absent: the credit note has category ${code} lines (${rule.rule}-02)` });
    }
  }
  if (codes.includes("O") && codes.length > 1) {
    problems.push({ path: "parties.vatCategories", code: "en16931_rule", message: `category O (not subject to VAT) cannot stand beside ${codes.filter((c) => c !== "O").join(", ")} on one credit note (BR-O-11)` });
  }
  if (codes.includes("K") && parties.delivery === undefined) {
    problems.push({ path: "parties.delivery", code: "en16931_rule", message: "is required: an intra-community supply (K) needs its delivery date and country (BR-IC-11, BR-IC-12)" });
  }
  if (seller.vatId === undefined && seller.registrationId === undefined) {
    problems.push({ path: "parties.seller", code: "en16931_rule", message: "needs a vatId or a registrationId (BR-CO-26)" });
  }
}

/**
 * BR-CO-17 (and BR-S-09, BR-AF-09, BR-AG-09) as the official rules compute them: the VAT within one
 * currency unit of base × rate rounded to cents, and below half a unit when the rate rounds to 0 %.
 * With `tolerance: "none"` the VAT must also be base × rate rounded once to the currency's minor unit.
 */
function checkVat(g: Group, digits: number, tolerance: "standard" | "none", problems: Problems): void {
  const rule = CATEGORY_RULES[g.category.code];
  if (g.percent === undefined || rule.rate === "zero") return; // a zero category's VAT is 0, checked per line
  const [pu, pd] = g.percent;
  const scale = Math.max(digits, 2);
  const base = g.base * 10n ** BigInt(scale - digits);
  const vat = g.amount * 10n ** BigInt(scale - digits);
  const one = 10n ** BigInt(scale);
  const divisor = 10n ** BigInt(scale + pd);
  const cents = (base * pu * 2n + divisor) / (2n * divisor);
  const distance = vat - cents * 10n ** BigInt(scale - 2);
  const near = distance < one && -distance < one;
  const smallRate = pu * 2n < 10n ** BigInt(pd);
  const conforms = near && (!smallRate || vat * 2n < one);
  if (!conforms) {
    problems.push({
      path: "creditNote.taxes",
      code: "en16931_rule",
      message: `the VAT of ${describe(g)} is not its base × rate within the standard's tolerance (BR-CO-17, ${rule.rule}-09): the taxes were rounded per line, and the sum cannot form a conforming breakdown`,
    });
    return;
  }
  if (tolerance === "none") {
    // Exact: |vat × 100 × 10^pd − base × pu| < 100 × 10^pd, at the currency's own digits.
    const scaledVat = g.amount * 100n * 10n ** BigInt(pd);
    const product = g.base * pu;
    const gap = scaledVat - product;
    const whole = 100n * 10n ** BigInt(pd);
    if (!(gap < whole && -gap < whole)) {
      problems.push({ path: "creditNote.taxes", code: "en16931_rule", message: `the VAT of ${describe(g)} is not its base × rate rounded once (vatTolerance "none"): the taxes were rounded per line` });
    }
  }
}

function describe(g: Group): string {
  const [units, decimals] = g.percent as Scaled;
  const text = units.toString().padStart(decimals + 1, "0");
  const percent = decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
  return `category ${g.category.code} at ${percent} %`;
}
