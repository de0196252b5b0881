// Credit notes and parties for the e-invoice checks: fixed cases (every VAT category, the currencies of
// 0, 2 and 3 minor digits) and a fast-check generator of random ones that follows the contract's rules
// (a line's tax is its net × rate rounded per line; totals are the lines' sums). Shared by
// scripts/en16931-check.mjs (the official rules) and test/einvoice/*.test.ts (the property tests).
import fc from "fast-check";

const CURRENCIES = [
  ["EUR", 2],
  ["EUR", 2],
  ["USD", 2],
  ["JPY", 0],
  ["KWD", 3],
];

/** A count of minor units as a decimal string with `digits` decimals. */
export function amountOf(minor, digits) {
  if (digits === 0) return minor.toString();
  const text = minor.toString().padStart(digits + 1, "0");
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** net × rate (`[units, decimals]`) rounded half up to whole minor units. */
function taxOf(net, [units, decimals]) {
  const divisor = 10n ** BigInt(decimals);
  return (net * units * 2n + divisor) / (2n * divisor);
}

function rateScaled(rate) {
  const [whole, fraction = ""] = rate.split(".");
  return [BigInt(whole + fraction), fraction.length];
}

/**
 * A credit note from lines `{ itemId, label?, net (minor), tax?: { code, rate, amount (minor) } }`, with its
 * per-tax sums and totals computed as settleRefund computes them.
 */
export function creditNoteOf({ id = "cn-1", currency = "EUR", digits = 2, issuedOn = "2026-06-20", lines }) {
  const taxes = new Map();
  let net = 0n;
  let tax = 0n;
  const out = lines.map((line) => {
    const lineTaxes = line.tax === undefined ? [] : [line.tax];
    const lineTax = lineTaxes.reduce((sum, t) => sum + t.amount, 0n);
    net += line.net;
    tax += lineTax;
    for (const t of lineTaxes) {
      const key = `${t.code} ${t.rate ?? ""}`;
      const sum = taxes.get(key) ?? { code: t.code, ...(t.rate === undefined ? {} : { rate: t.rate }), base: 0n, amount: 0n };
      sum.base += line.net;
      sum.amount += t.amount;
      taxes.set(key, sum);
    }
    return {
      itemId: line.itemId,
      clause: "migration.partial-refund",
      ...(line.label === undefined ? {} : { label: line.label }),
      net: amountOf(line.net, digits),
      taxes: lineTaxes.map((t) => ({ code: t.code, ...(t.rate === undefined ? {} : { rate: t.rate }), amount: amountOf(t.amount, digits) })),
      gross: amountOf(line.net + lineTax, digits),
    };
  });
  const gross = amountOf(net + tax, digits);
  return {
    id,
    invoiceId: "inv-1",
    invoiceNumber: "INV-2026-0001",
    invoiceIssuedOn: "2026-01-01",
    issuedOn,
    currency,
    lines: out,
    taxes: [...taxes.values()].map((t) => ({ ...t, base: amountOf(t.base, digits), amount: amountOf(t.amount, digits) })),
    total: { net: amountOf(net, digits), tax: amountOf(tax, digits), gross },
    settledBy: { refunded: gross, offset: amountOf(0n, digits), credited: amountOf(0n, digits), outOfBand: amountOf(0n, digits) },
  };
}

const SELLER = { name: "Bitrix24 GmbH", country: "DE", vatId: "DE123456789", addressLines: ["Hauptstr. 1"], city: "Berlin", postalCode: "10115" };
const BUYER = { name: "Acme AG", country: "AT", vatId: "ATU12345678", addressLines: ["Ring 2", "3. Stock"], city: "Wien", postalCode: "1010" };

/** Named cases: each VAT category, the three kinds of currency, escaping. */
export function fixedCases() {
  const taxed = (itemId, net, code, rate, extra = {}) => ({ itemId, net, tax: { code, rate, amount: taxOf(net, rateScaled(rate)) }, ...extra });
  const zero = (itemId, net, code) => ({ itemId, net, tax: { code, rate: "0", amount: 0n } });
  return [
    {
      name: "the contract's example: one subscription at 19 %",
      creditNote: creditNoteOf({ lines: [{ itemId: "sub-1", label: "Professional, yearly", net: 119400n, tax: { code: "DE-VAT", rate: "0.19", amount: 22686n } }] }),
      parties: { seller: SELLER, buyer: BUYER },
    },
    {
      name: "two standard rates and a zero-rated line",
      creditNote: creditNoteOf({ lines: [taxed("sub-1", 119400n, "DE-VAT", "0.19"), taxed("app-1", 4900n, "DE-VAT7", "0.07"), zero("tel-1", 2500n, "DE-ZERO")] }),
      parties: { seller: SELLER, buyer: BUYER, vatCategories: { "DE-ZERO": "Z" } },
    },
    {
      name: "exempt, export and an untaxed line",
      creditNote: creditNoteOf({ lines: [zero("edu-1", 10000n, "EXEMPT"), zero("exp-1", 20000n, "EXPORT"), { itemId: "key-1", net: 149000n }] }),
      parties: { seller: SELLER, buyer: { ...BUYER, country: "US", vatId: null }, vatCategories: { EXEMPT: { category: "E", exemptionReason: "Exempt under Article 132", exemptionReasonCode: "VATEX-EU-132" }, EXPORT: "G" }, untaxed: "G" },
    },
    {
      name: "reverse charge and an intra-community supply",
      creditNote: creditNoteOf({ lines: [zero("sub-1", 238800n, "RC"), zero("hw-1", 5000n, "IC")] }),
      parties: { seller: SELLER, buyer: BUYER, vatCategories: { RC: "AE", IC: "K" }, delivery: { date: "2026-01-02", country: "AT" } },
    },
    {
      name: "not subject to VAT",
      creditNote: creditNoteOf({ lines: [{ itemId: "sub-1", net: 99000n }, zero("sub-2", 1000n, "NS")] }),
      parties: { seller: { ...SELLER, vatId: undefined, registrationId: "HRB 12345" }, buyer: { ...BUYER, vatId: undefined }, vatCategories: { NS: "O" }, untaxed: "O" },
    },
    {
      name: "Canary Islands IGIC and Ceuta IPSI",
      creditNote: creditNoteOf({ lines: [taxed("sub-1", 10000n, "IGIC", "0.07"), taxed("sub-2", 10000n, "IPSI", "0.04")] }),
      parties: { seller: { ...SELLER, country: "ES", vatId: "ESB12345678" }, buyer: BUYER, vatCategories: { IGIC: "L", IPSI: "M" } },
    },
    {
      name: "yen: no decimals",
      creditNote: creditNoteOf({ currency: "JPY", digits: 0, lines: [taxed("sub-1", 120000n, "JP-CT", "0.1"), taxed("sub-2", 1001n, "JP-CT", "0.1")] }),
      parties: { seller: { ...SELLER, country: "JP", vatId: "JPT1234567890123" }, buyer: { ...BUYER, country: "JP", vatId: null } },
    },
    {
      name: "dinar: three digits that fit in two",
      creditNote: creditNoteOf({ currency: "KWD", digits: 3, lines: [taxed("sub-1", 123400n, "KW-VAT", "0.1")] }),
      parties: { seller: SELLER, buyer: { ...BUYER, country: "KW", vatId: null } },
    },
    {
      name: "hostile names and ids are escaped",
      creditNote: creditNoteOf({ id: "cn-<1>&\"'", lines: [taxed("sub-<script>", 1000n, "DE-VAT", "0.19", { label: "</cbc:Name><x>&amp; \u00e9\u{1F600}\r\n\ttab" })] }),
      parties: { seller: { ...SELLER, name: "Smith & Sons <Ltd> \"quoted\" 'single'" }, buyer: { ...BUYER, name: "]]> <!-- -->", addressLines: ["<?xml ?>", "&#x0;", "\u00a0nbsp"] } },
    },
  ];
}

const text = fc.oneof(
  fc.constantFrom("Acme", "Smith & Sons", "<Ltd>", "\"Q\" 'S'", "Ærø ApS", "株式会社", "]]>", "a\r\nb", "\u{1F600} shop"),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "" && /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u.test(s)),
);
const COUNTRIES = ["DE", "AT", "FR", "IT", "ES", "NL", "GR", "US", "JP", "BE"];
const vatIdOf = (country, digits) => `${country === "GR" ? "EL" : country}${digits}`;
const party = fc
  .record({ name: text, country: fc.constantFrom(...COUNTRIES), digits: fc.stringMatching(/^[0-9]{9}$/), lines: fc.array(text, { maxLength: 3 }), city: fc.option(text, { nil: undefined }), postalCode: fc.option(fc.stringMatching(/^[0-9]{5}$/), { nil: undefined }) })
  .map(({ name, country, digits, lines, city, postalCode }) => ({
    name,
    country,
    vatId: vatIdOf(country, digits),
    addressLines: lines,
    ...(city === undefined ? {} : { city }),
    ...(postalCode === undefined ? {} : { postalCode }),
  }));

const STANDARD = [
  ["VAT-19", "0.19"],
  ["VAT-7", "0.07"],
  ["VAT-20", "0.2"],
  ["VAT-55", "0.055"],
  ["VAT-10", "0.1"],
  ["VAT-21", "0.21"],
];
const ZERO = [
  ["ZERO", { category: "Z" }],
  ["EXEMPT", { category: "E", exemptionReason: "Exempt under Article 132" }],
  ["REVERSE", { category: "AE" }],
  ["INTRA", { category: "K" }],
  ["EXPORT", { category: "G" }],
];

/**
 * A random credit note with parties that can conform: 1–6 lines in one currency, each standard rated,
 * zero rated in one of the zero categories, or untaxed; or, one time in eight, a credit note not subject
 * to VAT. A line's tax is its net × rate rounded half up per line, as a decision computes it.
 */
export const creditNoteCase = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    notSubject: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
    lines: fc.array(
      fc.record({ net: fc.bigInt({ min: 1n, max: 10n ** 9n }), kind: fc.integer({ min: 0, max: 9 }), standard: fc.constantFrom(...STANDARD), zero: fc.constantFrom(...ZERO), label: fc.option(text, { nil: undefined }) }),
      { minLength: 1, maxLength: 6 },
    ),
    seller: party,
    buyer: party,
    untaxed: fc.constantFrom("Z", "E", "G"),
    number: fc.option(text, { nil: undefined }),
  })
  .map(({ currency: [currency, digits], notSubject, lines, seller, buyer, untaxed, number }) => {
    const vatCategories = {};
    const noteLines = lines.map((line, index) => {
      // A three-digit currency's amounts fit in two decimals only when their third digit is 0.
      const net = digits === 3 ? line.net * 10n : line.net;
      const base = { itemId: `item-${index + 1}`, net, ...(line.label === undefined ? {} : { label: line.label }) };
      if (notSubject || line.kind < 2) return base;
      if (line.kind < 5) {
        const [code, spec] = line.zero;
        vatCategories[code] = spec;
        return { ...base, tax: { code, rate: "0", amount: 0n } };
      }
      const [code, rate] = digits === 3 ? ["VAT-10", "0.1"] : line.standard;
      const amount = taxOf(net, rateScaled(rate));
      return { ...base, tax: { code, rate, amount: digits === 3 ? (amount / 10n) * 10n : amount } };
    });
    const creditNote = creditNoteOf({ currency, digits, lines: noteLines });
    const parties = notSubject
      ? { seller: { ...seller, vatId: undefined, registrationId: "HRB 1" }, buyer: { ...buyer, vatId: undefined }, untaxed: "O" }
      : {
          seller,
          buyer,
          vatCategories,
          untaxed: untaxed === "E" ? { category: "E", exemptionReason: "Exempt under Article 132" } : untaxed,
          delivery: { date: "2026-01-02", country: buyer.country },
          ...(number === undefined ? {} : { number }),
        };
    return { creditNote, parties };
  });
