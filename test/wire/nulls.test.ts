import { describe, expect, it } from "vitest";
import { evaluateRefund, safeEvaluateRefund, type RefundRequest } from "../../src/index.js";
import { codeAt, problemsOf, withValue } from "./helpers.js";

/** A request that gives every optional field of the contract a value. */
const FULL: RefundRequest = {
  asOf: "2026-06-20",
  action: "migrate_to_on_premise",
  account: {
    id: "acct-42",
    currency: "EUR",
    timeZone: "Europe/Berlin",
    status: "active",
    overdueInvoices: [{ id: "inv-7", amount: "49.00", dueOn: "2026-05-01" }],
  },
  migration: { status: "completed", completedOn: "2026-06-15", expectedCompletionOn: "2026-06-14" },
  items: [
    {
      id: "sub-1",
      type: "subscription",
      plan: "professional",
      commercial: true,
      cycle: "year",
      period: { start: "2026-01-01", end: "2027-01-01" },
      paid: { net: "2388.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "453.72", refundable: true }] },
      refunded: { net: "10.00", taxes: [{ code: "DE-VAT", amount: "1.90" }] },
      autoRenew: true,
    },
    { id: "key-1", type: "license_key", product: "on-premise-business", paid: { net: "1490.00" } },
    { id: "tel-1", type: "telephony_credit", balance: "25.00", purpose: "calls", number: { status: "active" } },
    {
      id: "app-1",
      type: "marketplace_app",
      appId: "acme.crm-sync",
      developer: { name: "Acme", contact: "support@acme.example" },
      purchasedOn: "2026-06-01",
      period: { start: "2026-06-01", end: "2026-07-01" },
      paid: { net: "30.00" },
    },
    { id: "use-1", type: "incurred_charge", description: "SMS, May", amount: "3.20", incurredOn: "2026-05-31" },
  ],
};

const OPTIONAL: (string | number)[][] = [
  ["account", "id"],
  ["account", "timeZone"],
  ["account", "status"],
  ["account", "overdueInvoices"],
  ["account", "overdueInvoices", 0, "dueOn"],
  ["migration", "expectedCompletionOn"],
  ["items", 0, "plan"],
  ["items", 0, "commercial"],
  ["items", 0, "paid", "taxes"],
  ["items", 0, "paid", "taxes", 0, "rate"],
  ["items", 0, "paid", "taxes", 0, "refundable"],
  ["items", 0, "refunded"],
  ["items", 0, "refunded", "taxes"],
  ["items", 0, "autoRenew"],
  ["items", 1, "product"],
  ["items", 2, "number"],
  ["items", 3, "developer"],
  ["items", 3, "developer", "name"],
  ["items", 3, "developer", "contact"],
  ["items", 3, "period"],
  ["items", 4, "description"],
  ["items", 4, "incurredOn"],
];

const REQUIRED: [path: (string | number)[], problemPath: string][] = [
  [["asOf"], "asOf"],
  [["action"], "action"],
  [["account"], "account"],
  [["account", "currency"], "account.currency"],
  [["account", "overdueInvoices", 0, "id"], "account.overdueInvoices[0].id"],
  [["account", "overdueInvoices", 0, "amount"], "account.overdueInvoices[0].amount"],
  [["migration"], "migration"],
  [["migration", "status"], "migration.status"],
  [["migration", "completedOn"], "migration.completedOn"],
  [["items"], "items"],
  [["items", 0, "id"], "items[0].id"],
  [["items", 0, "type"], "items[0].type"],
  [["items", 0, "cycle"], "items[0].cycle"],
  [["items", 0, "period"], "items[0].period"],
  [["items", 0, "period", "start"], "items[0].period.start"],
  [["items", 0, "paid"], "items[0].paid"],
  [["items", 0, "paid", "net"], "items[0].paid.net"],
  [["items", 0, "paid", "taxes", 0, "code"], "items[0].paid.taxes[0].code"],
  [["items", 0, "paid", "taxes", 0, "amount"], "items[0].paid.taxes[0].amount"],
  [["items", 0, "refunded", "net"], "items[0].refunded.net"],
  [["items", 2, "balance"], "items[2].balance"],
  [["items", 2, "purpose"], "items[2].purpose"],
  [["items", 2, "number", "status"], "items[2].number.status"],
  [["items", 3, "appId"], "items[3].appId"],
  [["items", 3, "purchasedOn"], "items[3].purchasedOn"],
  [["items", 4, "amount"], "items[4].amount"],
];

describe("null in an optional field", () => {
  it("the full request is decided as it is", () => {
    expect(safeEvaluateRefund(FULL).ok).toBe(true);
  });

  // Compared as results: without `paid.taxes` the refunded tax was never paid, and both are refused alike.
  it.each(OPTIONAL.map((path) => [path.join("."), path] as const))("%s: null reads as absent", (_, path) => {
    expect(safeEvaluateRefund(withValue(FULL, path, null))).toEqual(safeEvaluateRefund(withValue(FULL, path, undefined)));
  });

  it("null in every optional field at once reads as all of them absent", () => {
    // Deepest first, so that a parent set to null does not hide its children.
    const deepestFirst = [...OPTIONAL].sort((a, b) => b.length - a.length);
    const nulls = deepestFirst.reduce((data, path) => withValue(data, path, null), FULL);
    const absent = deepestFirst.reduce((data, path) => withValue(data, path, undefined), FULL);
    expect(evaluateRefund(nulls)).toEqual(evaluateRefund(absent));
  });

  it("migration: null is absent on an action that takes no migration", () => {
    const refund = { ...withValue(FULL, ["migration"], null), action: "refund" };
    expect(evaluateRefund(refund)).toEqual(evaluateRefund({ ...withValue(FULL, ["migration"], undefined), action: "refund" }));
  });

  it("null options, and an app's null terms, read as absent", () => {
    expect(evaluateRefund(FULL, null)).toEqual(evaluateRefund(FULL));
    const withNullTerms = { marketplace: { "acme.crm-sync": null, "beta.forms": { terms: "prorated" } } };
    expect(evaluateRefund(FULL, withNullTerms)).toEqual(evaluateRefund(FULL, { marketplace: { "beta.forms": { terms: "prorated" } } }));
    expect(evaluateRefund(FULL, { rounding: null, proration: { unit: null, completionDay: null }, marketplace: null })).toEqual(evaluateRefund(FULL));
  });
});

describe("null in a required field", () => {
  it.each(REQUIRED.map(([path, at]) => [at, path] as const))("%s: null is missing", (at, path) => {
    expect(codeAt(withValue(FULL, path, null), at)).toBe("missing");
  });

  it("an app's days given null are missing", () => {
    expect(codeAt(FULL, 'options.marketplace["acme.crm-sync"].days', { marketplace: { "acme.crm-sync": { terms: "full_within_days", days: null } } })).toBe(
      "missing",
    );
  });

  it("a null list entry is still the wrong type: an entry is not an optional field", () => {
    expect(codeAt(withValue(FULL, ["items", 1], null), "items[1]")).toBe("wrong_type");
    expect(codeAt(withValue(FULL, ["items", 0, "paid", "taxes", 0], null), "items[0].paid.taxes[0]")).toBe("wrong_type");
  });

  it("a null request is still refused as a whole", () => {
    expect(problemsOf(null)).toEqual([{ path: "", code: "wrong_type", message: "the request must be a JSON object" }]);
  });
});
