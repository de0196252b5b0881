import { describe, expect, it } from "vitest";
import { evaluateRefund, explain } from "../src/index.js";
import { CATALOGS, ENGLISH } from "../src/explain/catalogs.js";
import { migrationRequest, request, subscription, tax, telephonyCredit, marketplaceApp } from "../src/testing/index.js";

const migration = evaluateRefund(
  migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72")] }), telephonyCredit()),
);

describe("explain", () => {
  it("explains a migration refund in English with Intl-formatted amounts and dates", () => {
    const explanation = explain(migration);
    expect(explanation.locale).toBe("en");
    expect(explanation.summary).toBe("Partial refund of €1,420.86 (final).");
    expect(explanation.lines[0]).toEqual({
      itemId: "sub-1",
      text: "Subscription sub-1: €1,420.86 refunded (€1,194.00 net + €226.86 tax). 6 of 12 months unused, from July 1, 2026 until January 1, 2027. Migrating to an on-premise copy refunds the unused part of a commercial subscription.",
    });
    expect(explanation.notices).toEqual([
      "Telephony credit tel-1: the credit may become unusable once the cloud account is closed.",
      "Amounts are net of tax; each tax is listed separately.",
    ]);
    expect(explanation.effects).toEqual(["Subscription sub-1: automatic renewal is turned off; the service runs until July 1, 2026."]);
    expect(explanation.text.split("\n")).toHaveLength(1 + 2 + 2 + 1);
  });

  it.each([
    ["de", "Teilerstattung von 1.420,86 € (endgültig).", "6 von 12 Monaten ungenutzt, vom 1. Juli 2026 bis 1. Januar 2027."],
    ["fr", "Remboursement partiel de 1 420,86 € (définitif).", "6 sur 12 mois non utilisés, du 1 juillet 2026 au 1 janvier 2027."],
    ["es", "Reembolso parcial de 1420,86 € (definitivo).", "6 de 12 meses sin usar, del 1 de julio de 2026 al 1 de enero de 2027."],
    ["pt-BR", "Reembolso parcial de € 1.420,86 (final).", "6 de 12 meses não usados, de 1 de julho de 2026 até 1 de janeiro de 2027."],
    ["ru", "Частичный возврат 1 420,86 € (окончательно).", "Не использовано 6 из 12 месяцев, с 1 июля 2026 г. по 1 января 2027 г."],
  ])("explains in %s", (locale, summary, calculation) => {
    const explanation = explain(migration, { locale });
    expect(explanation.locale).toBe(locale);
    expect(explanation.summary.replace(/\s/g, " ")).toBe(summary.replace(/\s/g, " "));
    expect(explanation.lines[0]!.text.replace(/\s/g, " ")).toContain(calculation.replace(/\s/g, " "));
  });

  it("finds a catalog by language and falls back to English for unknown locales", () => {
    expect(explain(migration, { locale: "pt-PT" }).locale).toBe("pt-BR");
    expect(explain(migration, { locale: "de-AT" }).summary).toContain("Teilerstattung");
    expect(explain(migration, { locale: "ja" }).locale).toBe("en");
    expect(explain(migration, { locale: "not a tag!" }).summary).toBe("Partial refund of €1,420.86 (final).");
  });

  it("lets a caller override messages, or add a locale of their own", () => {
    const overridden = explain(migration, { locale: "de", messages: { "summary.partial_refund": "Sie bekommen {gross} zurück." } });
    const plain = (text: string) => text.replace(/\s/g, " ");
    expect(plain(overridden.summary)).toBe("Sie bekommen 1.420,86 € zurück.");
    const italian = explain(migration, { locale: "it", messages: { "summary.partial_refund": "Rimborso parziale di {gross}." } });
    expect(italian.locale).toBe("it");
    expect(plain(italian.summary)).toBe("Rimborso parziale di 1420,86 €.");
    expect(plain(explain(migration, { locale: "de" }).summary)).toBe("Teilerstattung von 1.420,86 € (endgültig).");
  });

  it("explains effects, reasons, causes and referrals", () => {
    const cancel = explain(evaluateRefund(request({ action: "cancel" }, subscription())));
    expect(cancel.effects).toEqual(["Subscription sub-1: automatic renewal is turned off; the service runs until January 1, 2027."]);
    const suspended = explain(evaluateRefund(request({ account: { currency: "USD", status: "suspended", overdueInvoices: [{ id: "i1", amount: "5.00" }] } }, telephonyCredit())));
    expect(suspended.notices).toEqual([
      "Telephony credit tel-1: the credit may be unusable because the account is suspended; it is not refunded.",
      "Overdue invoices (i1, $5.00): access to the cloud service may be barred at once.",
    ]);
    const referral = explain(evaluateRefund(request({}, marketplaceApp())));
    expect(referral.lines[0]!.text).toBe("MarketPlace app app-1: the refund is up to the app developer, Acme. Contact the developer: support@acme.example.");
    expect(referral.summary).toBe("No refund from the platform; the app developer decides (final).");
  });

  it("formats amounts exactly, without a binary float on the way", () => {
    const big = evaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "90071992547409930.00" })));
    expect(big.total.net).toBe("45035996273704965.00");
    expect(explain(big).summary).toBe("Partial refund of €45,035,996,273,704,965.00 (final).");
  });

  it("has every English message in every built-in catalog or a fallback, and no placeholder left unfilled", () => {
    for (const catalog of Object.values(CATALOGS)) {
      for (const key of Object.keys(catalog)) expect(Object.keys(ENGLISH)).toContain(key);
    }
    for (const locale of Object.keys(CATALOGS)) expect(explain(migration, { locale }).text).not.toMatch(/\{\w+\}/);
  });
});
