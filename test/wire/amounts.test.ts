import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRefund } from "../../src/index.js";
import { type CalendarDate } from "../../src/rules/index.js";
import { licenseKey, request, subscription, tax } from "../../src/testing/index.js";
import { completedMigration, subscriptionCase } from "../arbitraries.js";
import { codeAt, mapStrings, problemsOf } from "./helpers.js";

const AMOUNT_KEYS = new Set(["net", "amount", "balance"]);

/** `text` with `zeros` more zeros after its last digit (and a point if it had none). */
function padded(text: string, zeros: number): string {
  return zeros === 0 ? text : `${text}${text.includes(".") ? "" : "."}${"0".repeat(zeros)}`;
}

const migrationOf = (currency: string, net: string, taxAmount?: string) =>
  request(
    { asOf: "2026-06-20", action: "migrate_to_on_premise", currency, migration: { status: "completed", completedOn: "2026-06-15" } },
    subscription({ net, taxes: taxAmount === undefined ? [] : [tax("VAT", taxAmount)] }),
  );

describe("amounts with zeros past the currency's minor unit", () => {
  it("reads a DECIMAL(12,4) column's EUR 2388.0000 as 2388.00", () => {
    expect(evaluateRefund(migrationOf("EUR", "2388.0000", "453.7200"))).toEqual(evaluateRefund(migrationOf("EUR", "2388.00", "453.72")));
  });

  it("reads JPY 1200.00 as 1200", () => {
    expect(evaluateRefund(migrationOf("JPY", "1200.00"))).toEqual(evaluateRefund(migrationOf("JPY", "1200")));
    expect(evaluateRefund(migrationOf("JPY", `1200.${"0".repeat(8)}`)).total.net).toBe("600");
  });

  it("writes the decision in the canonical form, exactly the minor-unit digits", () => {
    const eur = evaluateRefund(migrationOf("EUR", "2388.0000", "453.7200"));
    expect(eur.total).toEqual({ net: "1194.00", tax: "226.86", gross: "1420.86" });
    expect(eur.lines[0]!.refund.taxes).toEqual([{ code: "VAT", amount: "226.86" }]);
    const jpy = evaluateRefund(migrationOf("JPY", "1200.0000"));
    expect(jpy.total).toEqual({ net: "600", tax: "0", gross: "600" });
    const kwd = evaluateRefund(migrationOf("KWD", "10.0000"));
    expect(kwd.total.net).toBe("5.000");
  });

  it("writes an overdue invoice's sum canonically though it was given with trailing zeros", () => {
    const decision = evaluateRefund(
      request({ account: { currency: "EUR", overdueInvoices: [{ id: "inv-7", amount: "49.0000" }, { id: "inv-8", amount: "1.5" }] } }, licenseKey()),
    );
    expect(decision.notices.find((notice) => notice.code === "billing.access-may-be-barred")?.overdue).toBe("50.50");
  });

  it("still refuses a digit past the minor unit that is not zero, counting only significant decimals", () => {
    const jpy = problemsOf(migrationOf("JPY", "1200.50"));
    expect(jpy).toEqual([{ path: "items[0].paid.net", code: "too_many_decimals", message: "has 1 decimal; the currency allows 0", expected: "<=0", received: "1" }]);
    expect(problemsOf(migrationOf("EUR", "12.3450"))[0]).toMatchObject({ code: "too_many_decimals", message: "has 3 decimals; the currency allows 2" });
    expect(codeAt(migrationOf("EUR", "12.0001"), "items[0].paid.net")).toBe("too_many_decimals");
  });

  it.each(["1,200.00", "1e3", "+5", " 5", "5 ", "5.", ".5", "05.00", "-0.00", "0x10", "5.00.0", "٥"])("still refuses the amount %j as invalid_amount", (net) => {
    expect(codeAt(migrationOf("EUR", net), "items[0].paid.net")).toBe("invalid_amount");
  });

  it("never lets trailing zeros past 20 integer digits through", () => {
    expect(codeAt(migrationOf("EUR", `${"9".repeat(21)}.0000`), "items[0].paid.net")).toBe("amount_too_large");
  });

  it("appending zeros to every amount never changes the decision (property)", () => {
    fc.assert(
      fc.property(subscriptionCase, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 6 }), ({ currency, sub, start, end }, offset, zeros) => {
        const completedOn = Math.min(start + offset, end) as CalendarDate;
        const plain = completedMigration(currency, sub, completedOn);
        const padded_ = mapStrings(plain, (text, key) => (AMOUNT_KEYS.has(key) ? padded(text, zeros) : text));
        expect(evaluateRefund(padded_)).toEqual(evaluateRefund(plain));
      }),
    );
  });
});
