// Shared helpers of the policy-over-time tests: a second policy version, and request generators.
import fc from "fast-check";
import { amountOf } from "../arbitraries.js";
import { bitrix24Policy, definePolicy, type RefundPolicy, type RefundRequest } from "../../src/index.js";
import { defineRuleModule } from "../../src/rules/index.js";
import { incurredCharge, licenseKey, marketplaceApp, migrationRequest, request, subscription, tax, telephonyCredit } from "../../src/testing/index.js";

type KeyRule = Parameters<typeof defineRuleModule<"license_key">>[0];

/** A version in force from 2026-07-01 that decides license keys with `evaluate`, citing `clause`; the rest as the built-in policy. */
export function keysVersion(evaluate: KeyRule["evaluate"], clause: KeyRule["clauses"][number] = "products.non-refundable"): RefundPolicy {
  return definePolicy({
    ...bitrix24Policy,
    version: "2026-07-01",
    modules: { ...bitrix24Policy.modules, license_key: defineRuleModule({ itemType: "license_key", clauses: [clause], evaluate }) },
  });
}

/** A later version that refunds license keys in full: the change whose impact the tests measure. */
export const goodwillPolicy = keysVersion((item) => ({ outcome: "refund", clause: "products.non-refundable", refund: { net: item.payment.net, taxes: [] } }));

/** A whole-account request: one to eight items of every type, a migration or a plain refund, sometimes broken. */
export const accountRequest: fc.Arbitrary<unknown> = fc
  .record({
    migrate: fc.boolean(),
    completedDay: fc.integer({ min: 1, max: 28 }),
    currency: fc.constantFrom("EUR", "JPY", "KWD"),
    items: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 8 }),
    // At least 1,000 major units: a prorated share never rounds to zero, so rounding alone never turns a refund into none.
    netMinor: fc.integer({ min: 100_000, max: 99_999_999 }),
    broken: fc.integer({ min: 0, max: 19 }),
  })
  .map(({ migrate, completedDay, currency, items, netMinor, broken }) => {
    const digits = currency === "JPY" ? 0 : currency === "KWD" ? 3 : 2;
    const net = amountOf(BigInt(netMinor), digits);
    const vat = amountOf((BigInt(netMinor) * 19n) / 100n, digits);
    const made = items.map((kind, i) => {
      const id = `item-${i}`;
      switch (kind) {
        case 0:
          return subscription({ id, cycle: "year", start: "2026-01-01", end: "2027-01-01", net, taxes: [tax("VAT", vat, { rate: "0.19" })] });
        case 1:
          return subscription({ id, cycle: "month", start: "2026-06-01", end: "2026-07-01", net });
        case 2:
          return licenseKey({ id, net });
        case 3:
          return telephonyCredit({ id });
        case 4:
          return marketplaceApp({ id, appId: `app.${i}`, start: "2026-06-01", end: "2026-07-01" });
        default:
          return incurredCharge({ id });
      }
    });
    const day = `2026-06-${String(completedDay).padStart(2, "0")}`;
    const built: RefundRequest = migrate ? migrationRequest({ completedOn: day, asOf: "2026-06-28", currency }, ...made) : request({ currency }, ...made);
    return broken === 0 ? { ...built, asOf: "2026-02-30" } : built;
  });
