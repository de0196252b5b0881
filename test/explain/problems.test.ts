import { describe, expect, it } from "vitest";
import { explainProblems, RefundPolicyError, safeEvaluateRefund, type Problem, type ProblemCode } from "../../src/index.js";
import { enProblems } from "../../src/explain/locales/en-problems.js";
import { de } from "../../src/locale/de.js";
import { fr } from "../../src/locale/fr.js";
import { ru } from "../../src/locale/ru.js";
import { EXAMPLES } from "./examples.js";
import { SHIPPED } from "./locales.js";

const invalid = safeEvaluateRefund(EXAMPLES["invalid.json"]);
if (invalid.ok) throw new Error("docs/examples/invalid.json is meant to be refused");
const problem = (path: string, code: ProblemCode): Problem => ({ path, code, message: "the library's English sentence" });

describe("explainProblems", () => {
  it("keeps each problem's path and code, in order, so a form can show the message beside its field", () => {
    const explained = explainProblems(invalid.problems, { locale: de });
    expect(explained.map(({ path, code }) => ({ path, code }))).toEqual(invalid.problems.map(({ path, code }) => ({ path, code })));
  });

  it("explains the refused example in English by default", () => {
    expect(explainProblems(invalid.problems).map((p) => p.text)).toEqual([
      "Date of the request: This is not a real calendar date (YYYY-MM-DD).",
      "Migration: This is required.",
      "Item 1 › Period › End: The period must end after it starts.",
      "Item 1 › Paid › Amount before tax: This has more decimals than the currency allows.",
      "Item 2 › ID: This id is already used by another entry.",
      "Item 2 › Paid › Amount before tax: This has the wrong kind of value.",
    ]);
  });

  it("explains it in the customer's language", () => {
    const [, , period, net] = explainProblems(invalid.problems, { locale: ru });
    expect(period).toMatchObject({ path: "items[0].period.end", field: "Позиция 1 › Период › Конец", message: "Период должен заканчиваться позже, чем начинается." });
    expect(net!.text).toBe("Позиция 1 › Оплачено › Сумма без налогов: В сумме больше знаков после запятой, чем допускает валюта.");
    expect(explainProblems([problem("asOf", "missing")], { locale: fr })[0]!.text).toBe("Date de la demande : Cette information est obligatoire.");
    expect(explainProblems([problem("asOf", "missing")], { locale: "fr-CA", locales: SHIPPED })[0]!.text).toBe("Date de la demande : Cette information est obligatoire.");
  });

  it("renders paths in words: nested indexes, keys it does not know, quoted keys, the request itself", () => {
    const fields = explainProblems([
      problem("account.overdueInvoices[1].amount", "invalid_amount"),
      problem("items[0].paid.taxes[2].rate", "invalid_rate"),
      problem("items[3].autoRenewal", "unknown_field"),
      problem('options.marketplace["acme.crm-sync"].days', "wrong_type"),
      problem("", "invalid_json"),
    ]).map((p) => p.field);
    expect(fields).toEqual([
      "Account › Overdue invoice 2 › Amount",
      "Item 1 › Paid › Tax 3 › Rate",
      "Item 4 › autoRenewal",
      "Options › MarketPlace › acme.crm-sync › days",
      "Request",
    ]);
  });

  it("has a sentence for every problem code, in every shipped language", () => {
    const codes = Object.keys(enProblems).filter((key) => key.startsWith("problem.") && key !== "problem.text").map((key) => key.slice(8) as ProblemCode);
    expect(codes).toContain("wrong_item_type");
    for (const locale of [undefined, ...SHIPPED]) {
      const messages = explainProblems(codes.map((code) => problem("asOf", code)), locale ? { locale } : {}).map((p) => p.message);
      expect(new Set(messages).size, locale?.code ?? "en").toBe(codes.length);
      expect(messages.filter((message) => !/^\p{Lu}.*\.$/u.test(message)), locale?.code ?? "en").toEqual([]);
    }
  });

  it("explains the problems of a thrown RefundPolicyError too", () => {
    const error = new RefundPolicyError([problem("items", "no_items")]);
    expect(explainProblems(error.problems, { locale: de })[0]!.text).toBe("Position: Fügen Sie mindestens eine Position hinzu.");
  });

  it("lets a caller word a problem their own way", () => {
    const [explained] = explainProblems([problem("asOf", "missing")], { messages: { "problem.missing": "Please fill this in.", "field.asOf": "As of" } });
    expect(explained!.text).toBe("As of: Please fill this in.");
  });
});

describe("explainProblems with paths it cannot name", () => {
  it("shows a path that is only an index as it is", () => {
    expect(explainProblems([problem("[0]", "wrong_type")])[0]!.field).toBe("[0]");
  });
});
