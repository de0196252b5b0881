import { describe, expect, it } from "vitest";
import type { SettlementPlan } from "../../src/contract/settlement.js";
import { enSettlement } from "../../src/explain/settlement-en.js";
import { explainSettlement, isRefundPolicyError, RefundPolicyError, type Problem } from "../../src/index.js";
import { de } from "../../src/locale/de.js";
import { es } from "../../src/locale/es.js";
import { fr } from "../../src/locale/fr.js";
import { ptBR } from "../../src/locale/pt-BR.js";
import { ru } from "../../src/locale/ru.js";
import { EVERY_LANGUAGE, nameOf, SHIPPED, slotProblems } from "./locales.js";

// The contract's example plan: one invoice, an open invoice offset, two card payments refunded.
const PLAN: SettlementPlan = {
  planId: "stl_example",
  decision: { digest: "sha256:0", status: "final", asOf: "2026-06-20" },
  currency: "EUR",
  total: "1420.86",
  steps: [
    { type: "offset_invoice", invoiceId: "inv-7", amount: "49.00", key: "stl_example:offset:inv-7" },
    { type: "refund_payment", paymentId: "ch_2", invoiceId: "inv-1", amount: "841.72", expectRefunded: "0.00", key: "stl_example:refund:ch_2" },
    { type: "refund_payment", paymentId: "ch_1", invoiceId: "inv-1", amount: "530.14", expectRefunded: "0.00", key: "stl_example:refund:ch_1" },
  ],
  creditNotes: [
    {
      id: "cn_example_inv-1", invoiceId: "inv-1", invoiceNumber: "INV-2026-0001", invoiceIssuedOn: "2026-01-01", issuedOn: "2026-06-20", currency: "EUR",
      lines: [{ itemId: "sub-1", clause: "migration.partial-refund", net: "1194.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "226.86" }], gross: "1420.86" }],
      taxes: [{ code: "DE-VAT", rate: "0.19", base: "1194.00", amount: "226.86" }],
      total: { net: "1194.00", tax: "226.86", gross: "1420.86" },
      settledBy: { refunded: "1371.86", offset: "49.00", credited: "0.00", outOfBand: "0.00" },
    },
  ],
};
const PAYMENTS = [
  { id: "ch_1", method: "direct_debit" as const },
  { id: "ch_2", method: "card" as const },
];
/** The same plan with what no payment could take as account credit and out of band, untaxed, in yen. */
const REMAINDERS: SettlementPlan = {
  ...PLAN,
  currency: "JPY",
  total: "12000",
  steps: [
    { type: "account_credit", invoiceId: "inv-1", amount: "10000", key: "k1" },
    { type: "out_of_band", invoiceId: "inv-1", amount: "2000", key: "k2" },
  ],
  creditNotes: [{ ...PLAN.creditNotes[0]!, currency: "JPY", lines: [], taxes: [], total: { net: "12000", tax: "0", gross: "12000" }, settledBy: { refunded: "0", offset: "0", credited: "10000", outOfBand: "2000" } }],
};
const NOTHING: SettlementPlan = { ...PLAN, total: "0.00", steps: [], creditNotes: [] };
const plain = (text: string): string => text.replace(/\s/g, " ");

describe("explainSettlement says where each amount goes, in English by default", () => {
  it("names the payment's method when the ledger's payments are given, and the invoice by its number", () => {
    const explanation = explainSettlement(PLAN, { payments: PAYMENTS });
    expect(explanation.locale).toBe("en");
    expect(explanation.summary).toBe("Settlement of €1,420.86 for the final decision of June 20, 2026.");
    expect(explanation.steps).toEqual([
      { key: "stl_example:offset:inv-7", text: "€49.00 settles the open invoice inv-7." },
      { key: "stl_example:refund:ch_2", text: "€841.72 back to the card payment ch_2 (invoice INV-2026-0001)." },
      { key: "stl_example:refund:ch_1", text: "€530.14 back to the direct debit ch_1 (invoice INV-2026-0001)." },
    ]);
    expect(explanation.creditNotes).toEqual([{ id: "cn_example_inv-1", text: "Credit note cn_example_inv-1 for invoice INV-2026-0001 of January 1, 2026: €1,420.86, including €226.86 tax." }]);
  });

  it("says 'the payment' when it does not know the method", () => {
    expect(explainSettlement(PLAN).steps[1]!.text).toBe("€841.72 back to the payment ch_2 (invoice INV-2026-0001).");
  });

  it("puts it all in one text: the summary, then the steps and the credit notes as titled lists", () => {
    expect(explainSettlement(PLAN, { payments: PAYMENTS }).text).toBe(
      [
        "Settlement of €1,420.86 for the final decision of June 20, 2026.",
        "",
        "Where the money goes:",
        "- €49.00 settles the open invoice inv-7.",
        "- €841.72 back to the card payment ch_2 (invoice INV-2026-0001).",
        "- €530.14 back to the direct debit ch_1 (invoice INV-2026-0001).",
        "",
        "Credit notes:",
        "- Credit note cn_example_inv-1 for invoice INV-2026-0001 of January 1, 2026: €1,420.86, including €226.86 tax.",
      ].join("\n"),
    );
  });

  it("says account credit and money paid back out of band, in the currency's own minor units, and an untaxed note without tax", () => {
    const explanation = explainSettlement(REMAINDERS);
    expect(explanation.steps.map((step) => step.text)).toEqual([
      "¥10,000 as account credit (invoice INV-2026-0001).",
      "¥2,000 to be paid back outside the payment system (invoice INV-2026-0001).",
    ]);
    expect(explanation.creditNotes[0]!.text).toBe("Credit note cn_example_inv-1 for invoice INV-2026-0001 of January 1, 2026: ¥12,000.");
  });

  it("a plan with no step says nothing moves, and lists nothing", () => {
    const explanation = explainSettlement(NOTHING);
    expect(explanation.text).toBe("Nothing to settle: the final decision of June 20, 2026 moves no money.");
    expect(explanation.steps).toEqual([]);
  });

  it("shows amounts exactly, past what a binary float holds", () => {
    const big: SettlementPlan = { ...PLAN, total: "90071992547409.93", steps: [{ type: "account_credit", invoiceId: "inv-1", amount: "90071992547409.93", key: "k" }], creditNotes: [] };
    expect(explainSettlement(big).steps[0]!.text).toBe("€90,071,992,547,409.93 as account credit (invoice inv-1).");
  });

  it("leaves the plan as it was", () => {
    const copy = structuredClone(PLAN);
    explainSettlement(PLAN, { payments: PAYMENTS, locale: de });
    expect(PLAN).toEqual(copy);
  });
});

describe("explainSettlement in each shipped language", () => {
  const cases = [
    [de, "Abrechnung von 1.420,86 € zur endgültigen Entscheidung vom 20. Juni 2026.", "841,72 € zurück auf die Kartenzahlung ch_2 (Rechnung INV-2026-0001)."],
    [es, "Liquidación de 1420,86 € de la decisión definitiva del 20 de junio de 2026.", "841,72 € devueltos al pago con tarjeta ch_2 (factura INV-2026-0001)."],
    [ptBR, "Liquidação de € 1.420,86 da decisão definitiva de 20 de junho de 2026.", "€ 841,72 devolvidos ao pagamento com cartão ch_2 (fatura INV-2026-0001)."],
    [fr, "Règlement de 1 420,86 € pour la décision définitive du 20 juin 2026.", "841,72 € remboursés sur le paiement par carte ch_2 (facture INV-2026-0001)."],
    [ru, "Расчёт 1 420,86 € по окончательному решению от 20 июня 2026 г.", "841,72 €: возврат по платежу картой ch_2 (счёт INV-2026-0001)."],
  ] as const;

  it.each(cases)("%#: the summary and a refund to a card, with the language's money and dates", (locale, summary, refund) => {
    const explanation = explainSettlement(PLAN, { locale, payments: PAYMENTS });
    expect(explanation.locale).toBe(locale.code);
    expect(plain(explanation.summary)).toBe(summary);
    expect(plain(explanation.steps[1]!.text)).toBe(refund);
  });

  it("every shipped catalog has every settlement message (none falls back to English)", () => {
    for (const locale of SHIPPED) {
      const missing = Object.keys(enSettlement).filter((key) => !(key in locale.messages));
      expect(missing, locale.code).toEqual([]);
    }
  });

  it.each(EVERY_LANGUAGE.map((locale) => [nameOf(locale), locale] as const))("%s: no sentence has an empty slot, for every step type, method and note", (_name, locale) => {
    const methods = ["card", "direct_debit", "bank_transfer", "wallet", "account_credit", "other"] as const;
    const payments = methods.map((method, i) => ({ id: `p${i}`, method }));
    const plan: SettlementPlan = {
      ...PLAN,
      steps: [...methods.map((_, i) => ({ type: "refund_payment" as const, paymentId: `p${i}`, invoiceId: "inv-1", amount: "1.00", expectRefunded: "0.00", key: `r${i}` })), ...REMAINDERS.steps, PLAN.steps[0]!],
      creditNotes: [...PLAN.creditNotes, REMAINDERS.creditNotes[0]!],
    };
    const choice = locale === undefined ? {} : { locale };
    for (const text of [explainSettlement(plan, { ...choice, payments }).text, explainSettlement(NOTHING, choice).text]) {
      expect(slotProblems(text)).toEqual([]);
    }
  });

  it("picks the language by tag from the locales given, and a caller's own messages win", () => {
    expect(explainSettlement(PLAN, { locale: "de-AT", locales: SHIPPED }).locale).toBe("de");
    expect(explainSettlement(PLAN, { messages: { "settlement.offset_invoice": "{amount} → {invoice}." } }).steps[0]!.text).toBe("€49.00 → inv-7.");
  });
});

describe("explainSettlement refuses what is not a plan, with the library's own error listing every problem", () => {
  const problemsOf = (value: unknown): readonly Problem[] => {
    try {
      explainSettlement(value as SettlementPlan);
    } catch (error) {
      expect(isRefundPolicyError(error)).toBe(true);
      expect(error).toBeInstanceOf(RefundPolicyError);
      return (error as RefundPolicyError).problems;
    }
    throw new Error("not refused");
  };

  it("refuses a decision, an array and null as a whole", () => {
    for (const value of [null, [], "plan", 3]) expect(problemsOf(value)).toEqual([{ path: "", code: "wrong_type", message: expect.any(String) }]);
    expect(problemsOf({ asOf: "2026-06-20", status: "final", lines: [] }).map((p) => p.path)).toEqual(["planId", "currency", "total", "decision", "steps", "creditNotes"]);
  });

  it("lists every broken field at once, with its path and code", () => {
    const broken = {
      ...PLAN,
      currency: "XXX",
      total: 1420.86,
      steps: [{ ...PLAN.steps[1]!, type: "wire", amount: "-1" }, { type: "refund_payment", invoiceId: "inv-1", amount: "1.00", key: "k" }, 7],
      creditNotes: [{ ...PLAN.creditNotes[0]!, invoiceIssuedOn: "2026-02-30" }],
    };
    expect(problemsOf(broken).map(({ path, code }) => ({ path, code }))).toEqual([
      { path: "currency", code: "unknown_currency" },
      { path: "total", code: "wrong_type" },
      { path: "steps[0].type", code: "unknown_value" },
      { path: "steps[0].amount", code: "invalid_amount" },
      { path: "steps[1].paymentId", code: "missing" },
      { path: "steps[2]", code: "wrong_type" },
      { path: "creditNotes[0].invoiceIssuedOn", code: "invalid_date" },
    ]);
  });
});
