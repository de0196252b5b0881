import { describe, expect, it } from "vitest";
import {
  bitrix24Policy,
  createEvaluator,
  evaluateRefund,
  explain,
  type Calculation,
  type RefundDecision,
} from "../../src/index.js";
import { defineAccountRule } from "../../src/rules/index.js";
import { en } from "../../src/explain/locales/en.js";
import { enProblems } from "../../src/explain/locales/en-problems.js";
import { enSettlement } from "../../src/explain/settlement-en.js";
import { de } from "../../src/locale/de.js";
import { fr } from "../../src/locale/fr.js";
import { ptBR } from "../../src/locale/pt-BR.js";
import { ru } from "../../src/locale/ru.js";
import { marketplaceApp, migrationRequest, request, subscription, tax, telephonyCredit } from "../../src/testing/index.js";
import { SHIPPED } from "./locales.js";

const plain = (text: string): string => text.replace(/\s/g, " ");
const taxed = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72")] })));
const untaxed = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00" })));

describe("the headline and the tax notice agree on tax", () => {
  it("says how much tax a refund includes, and the notice says the refunds include it", () => {
    const explanation = explain(taxed);
    expect(explanation.summary).toBe("Partial refund of €1,420.86, including €226.86 tax (final).");
    expect(explanation.lines[0]!.text).toMatch(/^Subscription sub-1: €1,420\.86 refunded \(€1,194\.00 plus €226\.86 tax\)\. /);
    expect(explanation.notices).toEqual(["Fees exclude tax and each tax is itemized; the refunds above include the tax paid on what is refunded."]);
  });

  it("says a refund includes no tax, and prints no zero tax", () => {
    const explanation = explain(untaxed);
    expect(explanation.summary).toBe("Partial refund of €1,194.00, no tax included (final).");
    expect(explanation.lines[0]!.text).toMatch(/^Subscription sub-1: €1,194\.00 refunded\. 6 of 12 months unused/);
    expect(explanation.text).not.toMatch(/0\.00|tax\)/);
    expect(explanation.notices).toEqual([]);
  });

  it.each([
    [de, "Teilerstattung von 1.420,86 €, davon 226,86 € Steuern (endgültig).", "Teilerstattung von 1.194,00 €, keine Steuern enthalten (endgültig)."],
    [fr, "Remboursement partiel de 1 420,86 €, dont 226,86 € de taxes (définitif).", "Remboursement partiel de 1 194,00 €, aucune taxe incluse (définitif)."],
    [ru, "Частичный возврат 1 420,86 €, в том числе налоги 226,86 € (окончательно).", "Частичный возврат 1 194,00 €, налогов в сумме нет (окончательно)."],
  ])("says it in %o too", (locale, withTax, withoutTax) => {
    expect(plain(explain(taxed, { locale }).summary)).toBe(withTax);
    expect(plain(explain(untaxed, { locale }).summary)).toBe(withoutTax);
  });
});

describe("lines say what is absent in words", () => {
  it("says a line with nothing unused has nothing unused, once", () => {
    const decision = evaluateRefund(
      migrationRequest({ completedOn: "2026-07-01", asOf: "2026-07-01" }, subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01" })),
    );
    expect(explain(decision).lines[0]!.text).toBe(
      "Subscription sub-1: no refund. Nothing of the 30 days paid for is left unused; the period ends on July 1, 2026.",
    );
    expect(plain(explain(decision, { locale: ru }).lines[0]!.text)).toBe(
      "Подписка sub-1: без возврата. Из 30 дней оплаченного периода неиспользованных не осталось; период заканчивается 1 июля 2026 г.",
    );
  });

  it("names the developer when known and asks for their terms when there is no contact", () => {
    const app = (developer: object | undefined) => explain(evaluateRefund(request({}, marketplaceApp({ developer: developer as never })))).lines[0]!.text;
    expect(app({ name: "Acme", contact: "support@acme.example" })).toBe(
      "MarketPlace app app-1: the refund is up to the app's developer, Acme. Contact the developer: support@acme.example.",
    );
    expect(app({ name: "Acme" })).toBe("MarketPlace app app-1: the refund is up to the app's developer, Acme. Ask the developer for their refund terms.");
    expect(app({ contact: "help@beta.example" })).toBe("MarketPlace app app-1: the refund is up to the app's developer. Contact the developer: help@beta.example.");
    expect(app(undefined)).toBe("MarketPlace app app-1: the refund is up to the app's developer. Ask the developer for their refund terms.");
  });

  it("keeps a notice's sentence whole when it names no item", () => {
    const renewalOff = defineAccountRule({
      id: "renewal-off",
      clauses: ["subscription.discontinue"],
      evaluate: () => [{ code: "subscription.auto-renewal-already-off", clause: "subscription.discontinue" } as never],
    });
    const evaluate = createEvaluator({ ...bitrix24Policy, accountRules: [renewalOff] });
    const decision = evaluate(request({}, subscription()));
    expect(explain(decision).notices).toEqual(["Automatic renewal is already off."]);
    expect(explain(decision, { locale: de }).notices).toEqual(["Die automatische Verlängerung ist bereits ausgeschaltet."]);
  });

  it("explains a non-payment notice without invoice details, and a forfeit without its cause", () => {
    const decision: RefundDecision = {
      ...evaluateRefund(request({}, telephonyCredit())),
      notices: [
        // As a decision stored by another producer may have them: without the fields the library writes.
        { code: "billing.access-may-be-barred", clause: "billing.non-payment" } as never,
        { code: "telephony.forfeit-on-termination", clause: "telephony.forfeit-on-termination", itemId: "tel-1" } as never,
      ],
    };
    expect(explain(decision).notices).toEqual([
      "Invoices are overdue: access to the cloud service may be barred at once.",
      "Telephony credit tel-1: the credit may be unusable because the account or number is suspended or terminated; it is not refunded.",
    ]);
  });
});

describe("units take the plural form of their number", () => {
  const base = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription()));
  const counted = (unit: Calculation["unit"], total: number): RefundDecision => ({
    ...base,
    lines: [{ ...base.lines[0]!, calculation: { unit, used: total - 1, unused: 1, total, unusedFrom: "2026-07-01", to: "2026-08-01" } }],
  });
  const calculation = (decision: RefundDecision, locale: (typeof SHIPPED)[number] | undefined) =>
    plain(explain(decision, locale ? { locale } : {}).lines[0]!.text);

  it.each([
    [1, "из 1 дня", "из 1 месяца"],
    [2, "из 2 дней", "из 2 месяцев"],
    [5, "из 5 дней", "из 5 месяцев"],
    [11, "из 11 дней", "из 11 месяцев"],
    [21, "из 21 дня", "из 21 месяца"],
    [24, "из 24 дней", "из 24 месяцев"],
  ])("in Russian, one/few/many: %i gives «%s», «%s»", (total, days, months) => {
    expect(calculation(counted("day", total), ru)).toContain(`Не использовано 1 ${days},`);
    expect(calculation(counted("month", total), ru)).toContain(`Не использовано 1 ${months},`);
  });

  it.each([
    [undefined, "1 of 1 day unused", "1 of 2 days unused", "1 of 1 month unused", "1 of 12 months unused"],
    [de, "1 von 1 Tag ungenutzt", "1 von 2 Tagen ungenutzt", "1 von 1 Monat ungenutzt", "1 von 12 Monaten ungenutzt"],
    [SHIPPED[1], "1 de 1 día sin usar", "1 de 2 días sin usar", "1 de 1 mes sin usar", "1 de 12 meses sin usar"],
    [ptBR, "1 de 1 dia não usados", "1 de 2 dias não usados", "1 de 1 mês não usados", "1 de 12 meses não usados"],
    [fr, "1 sur 1 jour non utilisés", "1 sur 2 jours non utilisés", "1 sur 1 mois non utilisés", "1 sur 12 mois non utilisés"],
  ])("in %o: one and other", (locale, oneDay, twoDays, oneMonth, twelveMonths) => {
    expect(calculation(counted("day", 1), locale)).toContain(oneDay);
    expect(calculation(counted("day", 2), locale)).toContain(twoDays);
    expect(calculation(counted("month", 1), locale)).toContain(oneMonth);
    expect(calculation(counted("month", 12), locale)).toContain(twelveMonths);
  });

  it("lets a catalog put the unit after the unused count, in that count's plural", () => {
    const unusedFirst = { "line.calculation": "{unused} {unusedUnit} unused of {total}." };
    const twelve: RefundDecision = { ...base, lines: [{ ...base.lines[0]!, calculation: { unit: "month", used: 6, unused: 6, total: 12, unusedFrom: "2026-07-01", to: "2027-01-01" } }] };
    expect(plain(explain(counted("month", 12), { messages: unusedFirst }).lines[0]!.text)).toContain("1 month unused of 12.");
    expect(plain(explain(twelve, { messages: unusedFirst }).lines[0]!.text)).toContain("6 months unused of 12.");
    expect(plain(explain(counted("day", 2), { locale: "ru", locales: SHIPPED, messages: unusedFirst }).lines[0]!.text)).toContain("1 дня unused of 2.");
  });

  it("has a unit for every plural category of every shipped language", () => {
    for (const locale of SHIPPED) {
      for (const category of new Intl.PluralRules(locale.code).resolvedOptions().pluralCategories) {
        expect(locale.messages, `${locale.code} ${category}`).toHaveProperty([`unit.day.${category}`]);
        expect(locale.messages, `${locale.code} ${category}`).toHaveProperty([`unit.month.${category}`]);
      }
    }
  });
});

describe("each shipped language is whole", () => {
  it("translates every sentence English has, and nothing English lacks", () => {
    const english = [...Object.keys(en), ...Object.keys(enProblems), ...Object.keys(enSettlement)];
    for (const locale of SHIPPED) {
      const keys = Object.keys(locale.messages);
      expect(keys.filter((key) => !english.includes(key)), locale.code).toEqual([]);
      expect(english.filter((key) => !key.startsWith("unit.") && !keys.includes(key)), locale.code).toEqual([]);
    }
  });
});

describe("every catalog's sentences", () => {
  const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
  const english: Record<string, string> = { ...en, ...enProblems, ...enSettlement };

  it("keep every placeholder of the English sentence, and add none", () => {
    for (const locale of SHIPPED) {
      for (const [key, text] of Object.entries(locale.messages)) expect(placeholders(text!), `${locale.code} ${key}`).toEqual(placeholders(english[key]!));
    }
  });

  it("are never empty and carry no stray spaces", () => {
    for (const catalog of [english, ...SHIPPED.map((locale) => locale.messages as Record<string, string>)]) {
      for (const [key, text] of Object.entries(catalog)) {
        expect(text.trim(), key).not.toBe("");
        expect(text, key).toBe(text.trim());
        expect(text, key).not.toContain("  ");
      }
    }
  });
});

describe("the text format", () => {
  it("puts the summary first, then titled lists of lines, notices and next steps, with one kind of bullet", () => {
    const decision = evaluateRefund(
      request({ action: "cancel", account: { currency: "EUR", overdueInvoices: [{ id: "i1", amount: "5.00" }] } }, subscription()),
    );
    expect(explain(decision).text.split("\n")).toEqual([
      "No refund (final).",
      "",
      "Items:",
      "- Subscription sub-1: no refund. Turning automatic renewal off discontinues the subscription; the current period is not refunded.",
      "",
      "Please note:",
      "- Overdue invoices (i1, €5.00 in all): access to the cloud service may be barred at once.",
      "",
      "What happens next:",
      "- Subscription sub-1: automatic renewal is turned off; the service runs until January 1, 2027.",
    ]);
  });

  it("leaves out a list with nothing in it", () => {
    // The summary, the items, and what happens next (a final migration turns renewal off); no notices.
    expect(explain(untaxed).text.split("\n")).toHaveLength(1 + (2 + 1) + (2 + 1));
    expect(explain(untaxed).text).not.toContain("Please note:");
  });
});

describe("choosing the language", () => {
  it("takes a locale object imported from its subpath", () => {
    const explanation = explain(taxed, { locale: de });
    expect(explanation.locale).toBe("de");
    expect(plain(explanation.summary)).toMatch(/^Teilerstattung von 1\.420,86 €/);
  });

  it("finds a tag's language among the locales given, with the tag's own formats", () => {
    expect(explain(taxed, { locale: "pt-PT", locales: SHIPPED }).locale).toBe("pt-BR");
    expect(explain(taxed, { locale: "de-AT", locales: SHIPPED }).summary).toContain("Teilerstattung");
    const swiss = new Intl.NumberFormat("de-CH", { style: "currency", currency: "EUR" }).format("1420.86" as unknown as number);
    expect(swiss).not.toBe("1.420,86 €");
    expect(explain(taxed, { locale: "de-CH", locales: SHIPPED }).summary).toContain(swiss);
    expect(explain(taxed, { locale: "RU", locales: SHIPPED }).locale).toBe("ru");
  });

  it("speaks English, in the tag's formats, when no locale given fits the tag", () => {
    expect(explain(taxed, { locale: "de" }).locale).toBe("en");
    expect(plain(explain(taxed, { locale: "de" }).summary)).toBe("Partial refund of 1.420,86 €, including 226,86 € tax (final).");
    expect(explain(taxed, { locale: "ja", locales: SHIPPED }).locale).toBe("en");
    expect(explain(taxed, { locale: "not a tag!" }).summary).toBe("Partial refund of €1,420.86, including €226.86 tax (final).");
  });

  it("lets a caller override messages (an unknown placeholder stays visible), or bring a language of their own", () => {
    expect(plain(explain(taxed, { locale: de, messages: { "summary.partial_refund.taxed": "Sie bekommen {gross} zurück." } }).summary)).toBe(
      "Sie bekommen 1.420,86 € zurück.",
    );
    const italian = explain(taxed, { locale: "it", messages: { "summary.partial_refund.taxed": "Rimborso parziale di {gross}." } });
    expect(italian.locale).toBe("it");
    expect(plain(italian.summary)).toBe("Rimborso parziale di 1420,86 €.");
    expect(explain(taxed, { messages: { "status.final": "final {typo}" } }).summary).toBe("Partial refund of €1,420.86, including €226.86 tax (final {typo}).");
    const own = explain(taxed, { locale: { code: "it", messages: { "line.no_refund": "{item}: nessun rimborso." } } });
    expect(own.locale).toBe("it");
    expect(plain(own.summary)).toBe("Partial refund of 1420,86 €, including 226,86 € tax (final).");
  });
});
