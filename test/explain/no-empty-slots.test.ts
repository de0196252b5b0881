import { describe, expect, it } from "vitest";
import { explain, explainProblems, safeEvaluateRefund, type RefundDecision, type RefundRequest } from "../../src/index.js";
import { incurredCharge, licenseKey, marketplaceApp, migrationRequest, request, subscription, tax, telephonyCredit } from "../../src/testing/index.js";
import { BATCH_LINES, EXAMPLES } from "./examples.js";
import { EVERY_LANGUAGE, nameOf, slotProblems } from "./locales.js";

const options = EXAMPLES["options.json"];
const files = Object.keys(EXAMPLES).filter((name) => name !== "options.json");

/** Requests built to hit every "something is absent" case. */
const built: Record<string, RefundRequest> = {
  "an app with no developer named": request({}, marketplaceApp({ developer: undefined as never })),
  "an app whose developer gave a name but no contact": request({}, marketplaceApp({ developer: { name: "Acme" } })),
  "an app whose developer gave a contact but no name": request({}, marketplaceApp({ developer: { contact: "help@beta.example" } })),
  "a refund with no tax": migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00" })),
  "a refund with a tax that is not refundable": migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00", taxes: [tax("X", "10.00", { refundable: false })] })),
  "a line with nothing unused": migrationRequest({ completedOn: "2026-07-01", asOf: "2026-07-01" }, subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01" })),
  "an estimate": migrationRequest({ expectedOn: "2026-06-15" }, subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72")] })),
  "a cancelled migration": migrationRequest({ cancelled: true }, subscription()),
  "a cancellation": request({ action: "cancel" }, subscription()),
  "a cancellation with renewal already off": request({ action: "cancel" }, subscription({ autoRenew: false })),
  "a suspended account with overdue invoices": request(
    { account: { currency: "USD", status: "suspended", overdueInvoices: [{ id: "i1", amount: "5.00" }, { id: "i2", amount: "7.50" }] } },
    telephonyCredit(),
    licenseKey(),
    incurredCharge(),
  ),
  "a credit transfer": request({ action: "transfer_credit" }, telephonyCredit()),
};

function decisionsOf(): [string, RefundDecision][] {
  const cases: [string, RefundDecision][] = [];
  const add = (name: string, input: unknown, opts?: unknown) => {
    const result = safeEvaluateRefund(input, opts);
    if (result.ok) cases.push([name, result.decision]);
  };
  for (const file of files) {
    add(file, EXAMPLES[file]);
    add(`${file} with options.json`, EXAMPLES[file], options);
  }
  BATCH_LINES.forEach((input, index) => add(`batch.ndjson request ${index + 1}`, input));
  for (const [name, input] of Object.entries(built)) add(name, input);
  return cases;
}

const decisions = decisionsOf();

describe("explanations never show an empty slot", () => {
  it("has the examples and built requests to read (every built request is valid)", () => {
    expect(files).toEqual(expect.arrayContaining(["cancel.json", "invalid.json", "marketplace-refund.json", "migration-final.json"]));
    expect(BATCH_LINES.length).toBeGreaterThan(0);
    expect(decisions.length).toBeGreaterThanOrEqual(files.length + Object.keys(built).length);
    for (const name of Object.keys(built)) expect(decisions.map(([n]) => n)).toContain(name);
  });

  for (const locale of EVERY_LANGUAGE) {
    it(`reads cleanly in ${nameOf(locale)}: every example, every built request`, () => {
      const found: string[] = [];
      for (const [name, decision] of decisions) {
        const explanation = explain(decision, locale ? { locale } : {});
        expect(explanation.locale).toBe(nameOf(locale));
        const bad = slotProblems(explanation.text);
        if (bad.length > 0) found.push(`${name}: ${bad.join(", ")}\n${explanation.text}`);
      }
      expect(found).toEqual([]);
    });

    it(`explains every problem of the invalid examples cleanly in ${nameOf(locale)}`, () => {
      const found: string[] = [];
      for (const file of [...files, "options.json"]) {
        const result = safeEvaluateRefund(EXAMPLES[file]);
        if (result.ok) continue;
        for (const problem of explainProblems(result.problems, locale ? { locale } : {})) {
          const bad = slotProblems(problem.text);
          if (bad.length > 0 || problem.message === "" || problem.field === "") found.push(`${file} ${problem.path}: ${problem.text}`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});
