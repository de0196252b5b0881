import { describe, expect, it } from "vitest";
import { evaluateRefund, explain } from "../src/index.js";
import { LOCALES } from "../src/explain/catalogs.js";
import { en } from "../src/explain/locales/en.js";
import { enProblems } from "../src/explain/locales/en-problems.js";
import { enSettlement } from "../src/explain/settlement-en.js";
import { de } from "../src/locale/de.js";
import { fr } from "../src/locale/fr.js";
import { licenseKey, marketplaceApp, migrationRequest, request, subscription, tax, telephonyCredit } from "../src/testing/index.js";

const migration = evaluateRefund(
  migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72")] }), telephonyCredit()),
);

describe("explain", () => {
  it("explains a migration refund in English with Intl-formatted amounts and dates", () => {
    const explanation = explain(migration);
    expect(explanation.locale).toBe("en");
    expect(explanation.summary).toBe("Partial refund of €1,420.86, including €226.86 tax (final).");
    expect(explanation.lines[0]).toEqual({
      itemId: "sub-1",
      text: "Subscription sub-1: €1,420.86 refunded (€1,194.00 plus €226.86 tax). 6 of 12 months unused, from July 1, 2026 until January 1, 2027. Migrating to an on-premise copy refunds the unused part of a commercial subscription.",
    });
    expect(explanation.notices).toEqual([
      "Telephony credit tel-1: the credit may become unusable once the cloud account is closed.",
      "Fees exclude tax and each tax is itemized; the refunds above include the tax paid on what is refunded.",
    ]);
    expect(explanation.effects).toEqual(["Subscription sub-1: automatic renewal is turned off from July 1, 2026; the on-premise copy replaces the cloud subscription."]);
    expect(explanation.text.split("\n")).toHaveLength(1 + (2 + 2) + (2 + 2) + (2 + 1));
  });

  it.each([
    ["de", "Teilerstattung von 1.420,86 €, davon 226,86 € Steuern (endgültig).", "6 von 12 Monaten ungenutzt, vom 1. Juli 2026 bis zum 1. Januar 2027."],
    ["fr", "Remboursement partiel de 1 420,86 €, dont 226,86 € de taxes (définitif).", "6 sur 12 mois non utilisés, du 1 juillet 2026 au 1 janvier 2027."],
    ["es", "Reembolso parcial de 1420,86 €, con 226,86 € de impuestos incluidos (definitivo).", "6 de 12 meses sin usar, del 1 de julio de 2026 al 1 de enero de 2027."],
    ["pt-BR", "Reembolso parcial de € 1.420,86, com € 226,86 de impostos incluídos (definitivo).", "6 de 12 meses não usados, de 1 de julho de 2026 até 1 de janeiro de 2027."],
    ["ru", "Частичный возврат 1 420,86 €, в том числе налоги 226,86 € (окончательно).", "Не использовано 6 из 12 месяцев, с 1 июля 2026 г. до 1 января 2027 г."],
  ])("explains in %s", (locale, summary, calculation) => {
    const explanation = explain(migration, { locale, locales: LOCALES });
    expect(explanation.locale).toBe(locale);
    expect(explanation.summary.replace(/\s/g, " ")).toBe(summary.replace(/\s/g, " "));
    expect(explanation.lines[0]!.text.replace(/\s/g, " ")).toContain(calculation.replace(/\s/g, " "));
  });

  it("finds a catalog by language and falls back to English for unknown locales", () => {
    expect(explain(migration, { locale: "pt-PT", locales: LOCALES }).locale).toBe("pt-BR");
    expect(explain(migration, { locale: "de-AT", locales: LOCALES }).summary).toContain("Teilerstattung");
    expect(explain(migration, { locale: "ja", locales: LOCALES }).locale).toBe("en");
    expect(explain(migration, { locale: "not a tag!" }).summary).toBe("Partial refund of €1,420.86, including €226.86 tax (final).");
  });

  it("lets a caller override messages, or add a locale of their own", () => {
    const overridden = explain(migration, { locale: de, messages: { "summary.partial_refund.taxed": "Sie bekommen {gross} zurück." } });
    const plain = (text: string) => text.replace(/\s/g, " ");
    expect(plain(overridden.summary)).toBe("Sie bekommen 1.420,86 € zurück.");
    const italian = explain(migration, { locale: "it", messages: { "summary.partial_refund.taxed": "Rimborso parziale di {gross}." } });
    expect(italian.locale).toBe("it");
    expect(plain(italian.summary)).toBe("Rimborso parziale di 1420,86 €.");
    expect(plain(explain(migration, { locale: de }).summary)).toBe("Teilerstattung von 1.420,86 €, davon 226,86 € Steuern (endgültig).");
  });

  it("explains effects, reasons, causes and referrals", () => {
    const cancel = explain(evaluateRefund(request({ action: "cancel" }, subscription())));
    expect(cancel.effects).toEqual(["Subscription sub-1: automatic renewal is turned off; the service runs until January 1, 2027."]);
    const suspended = explain(evaluateRefund(request({ account: { currency: "USD", status: "suspended", overdueInvoices: [{ id: "i1", amount: "5.00" }] } }, telephonyCredit())));
    expect(suspended.notices).toEqual([
      "Telephony credit tel-1: the credit may be unusable because the account is suspended; it is not refunded.",
      "Overdue invoices (i1, $5.00 in all): access to the cloud service may be barred at once.",
    ]);
    const referral = explain(evaluateRefund(request({}, marketplaceApp())));
    expect(referral.lines[0]!.text).toBe("MarketPlace app app-1: the refund is up to the app's developer, Acme. Contact the developer: support@acme.example.");
    expect(referral.summary).toBe("No refund from the platform; the app developer decides (final).");
  });

  it("formats amounts exactly, without a binary float on the way", () => {
    const big = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "90071992547409930.00" })));
    expect(big.total.net).toBe("45035996273704965.00");
    expect(explain(big).summary).toBe("Partial refund of €45,035,996,273,704,965.00, no tax included (final).");
  });

  it("has every English message in every built-in catalog or a fallback, and no placeholder left unfilled", () => {
    const english = [...Object.keys(en), ...Object.keys(enProblems), ...Object.keys(enSettlement)];
    for (const locale of LOCALES) {
      for (const key of Object.keys(locale.messages)) expect(english).toContain(key);
    }
    for (const locale of [undefined, ...LOCALES]) expect(explain(migration, locale ? { locale } : {}).text).not.toMatch(/\{\w+\}/);
  });
});

describe("explain, edge cases", () => {
  const referral = (developer: object | undefined) => explain(evaluateRefund(request({}, { ...marketplaceApp(), developer } as never))).lines[0]!.text;

  it("names the developer and their contact only when given, leaving no empty slot", () => {
    expect(referral({ name: "Acme" })).toBe("MarketPlace app app-1: the refund is up to the app's developer, Acme. Ask the developer for their refund terms.");
    expect(referral({ contact: "help@x.example" })).toBe("MarketPlace app app-1: the refund is up to the app's developer. Contact the developer: help@x.example.");
    expect(referral(undefined)).toBe("MarketPlace app app-1: the refund is up to the app's developer. Ask the developer for their refund terms.");
  });

  it("titles the lists of lines, notices and effects in the text", () => {
    const decision = evaluateRefund(request({ action: "cancel", account: { currency: "EUR", overdueInvoices: [{ id: "a", amount: "1.00" }, { id: "b", amount: "2.00" }] } }, subscription()));
    expect(explain(decision).text.split("\n")).toEqual([
      "No refund (final).",
      "",
      "Items:",
      "- Subscription sub-1: no refund. Turning automatic renewal off discontinues the subscription; the current period is not refunded.",
      "",
      "Please note:",
      "- Overdue invoices (a, b, €3.00 in all): access to the cloud service may be barred at once.",
      "",
      "What happens next:",
      "- Subscription sub-1: automatic renewal is turned off; the service runs until January 1, 2027.",
    ]);
  });

  it("reports the built-in catalog it used, also with overrides", () => {
    expect(explain(evaluateRefund(request()), { locale: "fr", locales: [fr], messages: {} }).locale).toBe("fr");
    expect(explain(evaluateRefund(request()), { locale: "fr-CA", locales: [fr] }).locale).toBe("fr");
    expect(explain(evaluateRefund(request())).locale).toBe("en");
  });

  it("keeps a double period that does not end a sentence", () => {
    const decision = evaluateRefund(request({}, licenseKey()));
    const text = explain(decision, { messages: { "line.no_refund": "{item}: see section 2..3 of the terms.." } }).lines[0]!.text;
    expect(text).toBe("License key key-1: see section 2..3 of the terms. Subscriptions and license keys are non-refundable.");
  });

  it("names an item a notice refers to even when it is not a line", () => {
    const decision = evaluateRefund(request({}, licenseKey()));
    decision.notices.push({ code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination", itemId: "ghost" });
    decision.notices.push({ code: "telephony.may-become-unusable", clause: "telephony.forfeit-on-termination" } as never);
    expect(explain(decision).notices).toEqual(["ghost: the credit may become unusable once the cloud account is closed.", "The credit may become unusable once the cloud account is closed."]);
  });
});
