// Every field of the request: the required ones are enough, each is reported when missing, optional ones are
// checked rather than ignored, and unknown ones are refused at every level.
import { describe, expect, it } from "vitest";
import { evaluateRefund, type RefundRequest } from "../../src/index.js";
import {
  checkDecision,
  incurredCharge,
  licenseKey,
  marketplaceApp,
  refunded,
  request,
  subscription,
  tax,
  telephonyCredit,
} from "../../src/testing/index.js";
import { codeAt, problemsOf } from "../helpers.js";

/** A request using every field of the contract, valid. */
const full = (): RefundRequest => ({
  asOf: "2026-06-20",
  action: "migrate_to_on_premise",
  account: { id: "acct-42", currency: "EUR", timeZone: "Europe/Berlin", status: "active", overdueInvoices: [{ id: "inv-7", amount: "49.00", dueOn: "2026-05-01" }] },
  migration: { status: "completed", completedOn: "2026-06-15" },
  items: [
    subscription({ taxes: [tax("VAT", "228.00", { rate: "0.19", refundable: true })], refunded: refunded("0.00", { VAT: "0.00" }), autoRenew: true, commercial: true }),
    licenseKey(),
    telephonyCredit({ number: { status: "active" } }),
    marketplaceApp({ start: "2026-06-01", end: "2026-07-01" }),
    incurredCharge({ incurredOn: "2026-05-31" }),
  ],
});

function without(path: (string | number)[]): unknown {
  const copy = structuredClone(full()) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  delete node[path[path.length - 1]!];
  return copy;
}

function replaced(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(full()) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const dotted = (path: (string | number)[]) => path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");

describe("the full request", () => {
  it("is valid", () => {
    expect(checkDecision(evaluateRefund(full()))).toEqual([]);
  });
});

describe("only the required fields", () => {
  it("are enough for every item type and the account", () => {
    const minimal: RefundRequest = {
      asOf: "2026-06-20",
      action: "refund",
      account: { currency: "EUR", overdueInvoices: [{ id: "i", amount: "1.00" }] },
      items: [
        { id: "s", type: "subscription", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "1.00" } },
        { id: "k", type: "license_key", paid: { net: "1.00" } },
        { id: "t", type: "telephony_credit", balance: "1.00", purpose: "calls" },
        { id: "a", type: "marketplace_app", appId: "x", purchasedOn: "2026-06-01", paid: { net: "1.00" }, developer: {} },
        { id: "c", type: "incurred_charge", amount: "1.00" },
      ],
    };
    expect(checkDecision(evaluateRefund(minimal))).toEqual([]);
    expect(evaluateRefund(minimal).lines[3]).toMatchObject({ outcome: "refer_to_developer", developer: {} });
  });
});

describe("every required field", () => {
  it.each([
    ["asOf"],
    ["action"],
    ["items"],
    ["account", "currency"],
    ["account", "overdueInvoices", 0, "id"],
    ["account", "overdueInvoices", 0, "amount"],
    ["migration"],
    ["migration", "status"],
    ["migration", "completedOn"],
    ["items", 0, "id"],
    ["items", 0, "type"],
    ["items", 0, "cycle"],
    ["items", 0, "period"],
    ["items", 0, "period", "start"],
    ["items", 0, "period", "end"],
    ["items", 0, "paid"],
    ["items", 0, "paid", "net"],
    ["items", 0, "paid", "taxes", 0, "code"],
    ["items", 0, "paid", "taxes", 0, "amount"],
    ["items", 0, "refunded", "net"],
    ["items", 0, "refunded", "taxes", 0, "code"],
    ["items", 0, "refunded", "taxes", 0, "amount"],
    ["items", 1, "paid"],
    ["items", 2, "balance"],
    ["items", 2, "purpose"],
    ["items", 2, "number", "status"],
    ["items", 3, "appId"],
    ["items", 3, "purchasedOn"],
    ["items", 3, "paid"],
    ["items", 4, "amount"],
  ] as (string | number)[][])("is reported as missing when %s… is left out", (...path) => {
    expect(problemsOf(without(path))).toContainEqual({ path: dotted(path), code: "missing", message: "is required" });
  });

  it("refuses an empty id", () => {
    expect(problemsOf(replaced(["items", 0, "id"], ""))).toEqual([{ path: "items[0].id", code: "missing", message: "must not be empty" }]);
  });

  it("names every missing required field", () => {
    expect(problemsOf({}).map((p) => [p.path, p.code])).toEqual([
      ["account", "missing"],
      ["asOf", "missing"],
      ["action", "missing"],
      ["items", "missing"],
    ]);
    const item = { id: "s", type: "subscription" };
    expect(problemsOf(request({}, item as never)).map((p) => p.path)).toEqual(["items[0].cycle", "items[0].period", "items[0].paid"]);
  });
});

describe("every optional field is checked, not ignored", () => {
  it.each([
    [["account", "id"], 5, "wrong_type", "must be a string, not the number 5"],
    [["account", "timeZone"], true, "wrong_type", "must be a string, not a boolean"],
    [["account", "overdueInvoices"], "inv-7", "wrong_type", 'must be an array, not "inv-7"'],
    [["account", "overdueInvoices", 0], 5, "wrong_type", "must be an object"],
    [["account", "overdueInvoices", 0, "dueOn"], "May 1st", "invalid_date", 'must be a real calendar date YYYY-MM-DD (years 0001-9999) or an ISO 8601 instant with an offset, not "May 1st"'],
    [["migration", "expectedCompletionOn"], "soon", "invalid_date", 'must be a real calendar date YYYY-MM-DD (years 0001-9999) or an ISO 8601 instant with an offset, not "soon"'],
    [["items", 0], 5, "wrong_type", "each item must be an object"],
    [["items", 0, "plan"], 5, "wrong_type", "must be a string, not the number 5"],
    [["items", 0, "commercial"], "yes", "wrong_type", 'must be true or false, not "yes"'],
    [["items", 0, "autoRenew"], "no", "wrong_type", 'must be true or false, not "no"'],
    [["items", 0, "period"], [], "wrong_type", "must be an object, not an array"],
    [["items", 0, "paid", "taxes"], {}, "wrong_type", "must be an array, not an object"],
    [["items", 0, "paid", "taxes", 0], "VAT", "wrong_type", "each tax must be an object"],
    [["items", 0, "paid", "taxes", 0, "refundable"], 1, "wrong_type", "must be true or false, not the number 1"],
    [["items", 0, "paid", "taxes", 0, "rate"], 0.19, "invalid_rate", 'must be a decimal string such as "0.19", not the number 0.19'],
    [["items", 0, "refunded", "taxes", 0], 5, "wrong_type", "each tax must be an object"],
    [["items", 1, "product"], 5, "wrong_type", "must be a string, not the number 5"],
    [["items", 2, "number"], "active", "wrong_type", 'must be an object, not "active"'],
    [["items", 3, "developer"], "Acme", "wrong_type", 'must be an object, not "Acme"'],
    [["items", 3, "developer", "name"], 5, "wrong_type", "must be a string, not the number 5"],
    [["items", 3, "developer", "contact"], 5, "wrong_type", "must be a string, not the number 5"],
    [["items", 4, "description"], 5, "wrong_type", "must be a string, not the number 5"],
    [["items", 4, "incurredOn"], "2026-05-32", "invalid_date", 'must be a real calendar date YYYY-MM-DD (years 0001-9999) or an ISO 8601 instant with an offset, not "2026-05-32"'],
    [["items", 0, "paid", "net"], NaN, "wrong_type", 'must be a decimal string such as "12.30", not the number NaN'],
    [["items", 0, "paid", "net"], "x".repeat(50), "invalid_amount", `must be a decimal string such as "12.30", not "${"x".repeat(40)}…"`],
    [["action"], "refund please", "unknown_value", 'must be one of "refund", "cancel", "migrate_to_on_premise", "transfer_credit", "apply_credit_to_invoice", "pay_with_credit", not "refund please"'],
    [["account"], undefined, "missing", "is required"],
  ] as [(string | number)[], unknown, string, string][])("%j = %j gives %s", (path, value, code, message) => {
    expect(problemsOf(replaced(path, value)).map((p) => ({ path: p.path, code: p.code, message: p.message }))).toContainEqual({ path: dotted(path), code, message });
  });
});

describe("unknown fields, at every level", () => {
  it.each([
    [[], "the request"],
    [["account"], "account"],
    [["account", "overdueInvoices", 0], "account.overdueInvoices[0]"],
    [["migration"], "migration"],
    [["items", 0], "items[0]"],
    [["items", 0, "period"], "items[0].period"],
    [["items", 0, "paid"], "items[0].paid"],
    [["items", 0, "paid", "taxes", 0], "items[0].paid.taxes[0]"],
    [["items", 0, "refunded"], "items[0].refunded"],
    [["items", 0, "refunded", "taxes", 0], "items[0].refunded.taxes[0]"],
    [["items", 1], "items[1]"],
    [["items", 2], "items[2]"],
    [["items", 2, "number"], "items[2].number"],
    [["items", 3], "items[3]"],
    [["items", 3, "developer"], "items[3].developer"],
    [["items", 4], "items[4]"],
  ] as [(string | number)[], string][])("are refused in %j", (path, where) => {
    const problems = problemsOf(replaced([...path, "extra"], 1));
    expect(problems).toEqual([{ path: where === "the request" ? "extra" : `${where}.extra`, code: "unknown_field", message: `is not a field of ${where}` }]);
  });

  it("refuses unknown item types, unknown fields and unknown enum values", () => {
    expect(codeAt(request({}, { id: "x", type: "gift_card" } as never), "items[0].type")).toBe("unknown_value");
    expect(codeAt(request({}, { ...subscription(), autoRenewal: false } as never), "items[0].autoRenewal")).toBe("unknown_field");
    expect(codeAt(request({}, subscription({ cycle: "week" as never })), "items[0].cycle")).toBe("unknown_value");
    expect(codeAt(request({ account: { currency: "EUR", status: "closed" as never } }), "account.status")).toBe("unknown_value");
  });
});

describe("wrong types", () => {
  it.each([
    ["asOf", 20260620],
    ["items", {}],
    ["account", "EUR"],
  ])("refuses a wrong type at %s", (field, value) => {
    expect(codeAt({ ...request(), [field]: value }, field)).toBe("wrong_type");
  });

  it("checks the developer's contact fields of a MarketPlace app", () => {
    expect(codeAt(request({}, marketplaceApp({ developer: { name: 5 as never } })), "items[0].developer.name")).toBe("wrong_type");
  });
});
