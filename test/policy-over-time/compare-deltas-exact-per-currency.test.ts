// What a comparison report promises about money (docs/replay.md, "Impact"): B minus A, per currency, exact,
// with the currency's minor unit and sign; per clause, with "a -> b" when a line's clause changed; currencies
// and clauses in alphabetical order; and each changed request's record, field by field.
import { describe, expect, it } from "vitest";
import { bitrix24Policy, comparePolicies, type ChangedDecision, type RefundPolicy } from "../../src/index.js";
import { Money } from "../../src/rules/index.js";
import { keysVersion } from "./fixtures.js";
import { licenseKey, marketplaceApp, request, tax } from "../../src/testing/index.js";

/** A policy version whose license keys are refunded, net and taxes, under `clause`. */
function keysRefunded(clause: "products.non-refundable" | "migration.partial-refund" = "products.non-refundable"): RefundPolicy {
  return keysVersion((item) => ({ outcome: "refund", clause, refund: { net: item.payment.net, taxes: item.payment.taxes.map(({ code, amount }) => ({ code, amount })) } }), clause);
}

/** A policy version whose license keys refund the given net and VAT whatever was paid. */
function keysSplit(net: string, vat: string): RefundPolicy {
  return keysVersion(() => ({ outcome: "partial_refund", clause: "products.non-refundable", refund: { net: Money.parse(net), taxes: [{ code: "VAT", amount: Money.parse(vat) }] } }));
}

const today: { policy: RefundPolicy } = { policy: bitrix24Policy };

// Four currencies given out of alphabetical order, with 2, 3 and 0 decimals and amounts below one unit.
const corpus = [
  request({ currency: "USD", account: { id: "acct-usd", currency: "USD" } }, licenseKey({ net: "0.05" })),
  request({ currency: "KWD" }, licenseKey({ net: "1.234", taxes: [tax("VAT", "0.061", { rate: "0.05" })] })),
  request({ currency: "EUR" }, licenseKey({ net: "0.10" }), licenseKey({ id: "key-2", net: "0.02" })),
  request({ currency: "JPY" }, licenseKey({ net: "1500" })),
];

describe("the report's delta: B minus A, per currency, exact, in the currency's minor unit", () => {
  it("writes each currency with its own decimals, sums the lines, and lists currencies alphabetically", async () => {
    const report = await comparePolicies(corpus, today, { policy: keysRefunded() });
    expect(report.delta).toEqual({
      EUR: { net: "0.12", tax: "0.00", gross: "0.12" },
      JPY: { net: "1500", tax: "0", gross: "1500" },
      KWD: { net: "1.234", tax: "0.061", gross: "1.295" },
      USD: { net: "0.05", tax: "0.00", gross: "0.05" },
    });
    expect(Object.keys(report.delta)).toEqual(["EUR", "JPY", "KWD", "USD"]);
    expect(Object.keys(report.byClause["products.non-refundable"]!.delta)).toEqual(["EUR", "JPY", "KWD", "USD"]);
    expect(report.byClause["products.non-refundable"]!.changed).toBe(5);
    expect([report.requests, report.decided, report.changed]).toEqual([4, 4, 4]);
  });

  it("is negative, with a leading minus, when side B refunds less", async () => {
    const report = await comparePolicies(corpus, { policy: keysRefunded() }, today);
    expect(report.delta).toEqual({
      EUR: { net: "-0.12", tax: "0.00", gross: "-0.12" },
      JPY: { net: "-1500", tax: "0", gross: "-1500" },
      KWD: { net: "-1.234", tax: "-0.061", gross: "-1.295" },
      USD: { net: "-0.05", tax: "0.00", gross: "-0.05" },
    });
  });

  it("sees a line whose net and tax move while its gross stays (a different split of the same money)", async () => {
    const report = await comparePolicies([request({}, licenseKey({ net: "10.00" }))], { policy: keysSplit("10.00", "1.90") }, { policy: keysSplit("10.01", "1.89") });
    const delta = { EUR: { net: "0.01", tax: "-0.01", gross: "0.00" } };
    expect(report).toEqual({ requests: 1, decided: 1, refused: 0, changed: 1, delta, byClause: { "products.non-refundable": { changed: 1, delta } } });
  });
});

describe("the report's byClause: changed lines per deciding clause", () => {
  it("keys a line whose clause changed by both clauses, 'a -> b'", async () => {
    const report = await comparePolicies([request({}, licenseKey({ net: "99.00" }))], today, { policy: keysRefunded("migration.partial-refund") });
    expect(report.byClause).toEqual({ "products.non-refundable -> migration.partial-refund": { changed: 1, delta: { EUR: { net: "99.00", tax: "0.00", gross: "99.00" } } } });
  });

  it("lists clauses alphabetically, whatever order the lines came in", async () => {
    const options = { marketplace: { "acme.crm-sync": { terms: "full_within_days" as const, days: 30 } } };
    const report = await comparePolicies([request({}, licenseKey({ net: "99.00" }), marketplaceApp())], today, { policy: keysRefunded(), options });
    expect(Object.keys(report.byClause)).toEqual(["marketplace.developer-policy", "products.non-refundable"]);
    expect(report.byClause["marketplace.developer-policy"]!.delta.EUR!.gross).toBe("30.00");
    expect(report.delta.EUR!.gross).toBe("129.00");
  });
});

describe("the change records onChange receives", () => {
  it("carry the index, account id, currency, both outcomes and totals, and each moved line's figures on both sides", async () => {
    const changes: ChangedDecision[] = [];
    const requests = [request({}, licenseKey({ net: "1.00" })), request({}, licenseKey({ id: "key-7", net: "99.00", taxes: [tax("VAT", "18.81", { rate: "0.19" })] }))];
    await comparePolicies(requests, today, { policy: keysRefunded() }, (change) => changes.push(change));
    expect(changes[1]).toStrictEqual({
      index: 1,
      accountId: "acct-1",
      currency: "EUR",
      a: { outcome: "no_refund", total: { net: "0.00", tax: "0.00", gross: "0.00" } },
      b: { outcome: "refund", total: { net: "99.00", tax: "18.81", gross: "117.81" } },
      lines: [
        {
          itemId: "key-7",
          a: { outcome: "no_refund", clause: "products.non-refundable", net: "0.00", tax: "0.00", gross: "0.00" },
          b: { outcome: "refund", clause: "products.non-refundable", net: "99.00", tax: "18.81", gross: "117.81" },
        },
      ],
    });
    expect(changes.map((c) => c.index)).toEqual([0, 1]);
  });

  it("leave out accountId when the request's account has none", async () => {
    const changes: ChangedDecision[] = [];
    const anonymous = { ...request({}, licenseKey()), account: { currency: "EUR" } };
    await comparePolicies([anonymous], today, { policy: keysRefunded() }, (change) => changes.push(change));
    expect(changes).toHaveLength(1);
    expect("accountId" in changes[0]!).toBe(false);
  });
});
