import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeEvaluateRefund, type RefundRequest } from "../../src/index.js";
import { formatCalendarDate, type CalendarDate } from "../../src/rules/index.js";
import {
  incurredCharge,
  licenseKey,
  marketplaceApp,
  migrationRequest,
  refunded,
  request,
  subscription,
  tax,
  telephonyCredit,
} from "../../src/testing/index.js";
import { completedMigration, day, options as optionsArbitrary, subscriptionCase } from "../arbitraries.js";
import { compileWarnings, validateDecision, validateOptions, validateRequest, verdict } from "./schemas.js";

const examples = import.meta.glob<unknown>("../../docs/examples/*.json", { eager: true, import: "default" });
const batches = import.meta.glob<string>("../../docs/examples/*.ndjson", { eager: true, query: "?raw", import: "default" });
const exampleOptions = examples["../../docs/examples/options.json"];

/** The request is decided, and the request, the options and the decision all pass their schemas. */
function expectDecidedAndValid(input: unknown, options?: unknown): void {
  const result = safeEvaluateRefund(input, options);
  expect(result.ok ? [] : result.problems, "the library decides this request").toEqual([]);
  expect(verdict(validateRequest, input)).toEqual({ accepted: true, errors: [] });
  if (options !== undefined) expect(verdict(validateOptions, options)).toEqual({ accepted: true, errors: [] });
  if (result.ok) expect(verdict(validateDecision, result.decision)).toEqual({ accepted: true, errors: [] });
}

describe("the published schemas compile", () => {
  it("compile under ajv's strict draft 2020-12 mode without a warning", () => {
    expect(compileWarnings).toEqual([]);
  });
});

describe("every request the documentation decides passes the request schema, and its decision the decision schema", () => {
  const requests = Object.entries(examples).filter(([path]) => !/\/(options|invalid)\.json$/.test(path));

  it("covers the sample requests in docs/examples", () => {
    expect(requests.length).toBeGreaterThanOrEqual(5);
  });

  it.each(requests)("%s", (_path, input) => {
    expectDecidedAndValid(input, exampleOptions);
  });

  it("accepts every line of the ndjson batch examples that the library decides", () => {
    // The batch example also carries lines the library refuses on purpose (not JSON, no items).
    const parsed = Object.values(batches)
      .flatMap((text) => text.split("\n"))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as unknown];
        } catch {
          return [];
        }
      });
    const decided = parsed.filter((input) => safeEvaluateRefund(input, exampleOptions).ok);
    expect(decided.length).toBeGreaterThanOrEqual(2);
    for (const input of decided) expectDecidedAndValid(input, exampleOptions);
  });

  it("accepts docs/examples/options.json as options", () => {
    expect(verdict(validateOptions, exampleOptions)).toEqual({ accepted: true, errors: [] });
  });
});

describe("every request the testing builders make passes the request schema, and its decision the decision schema", () => {
  const built: [string, RefundRequest][] = [
    ["the default request", request()],
    ["a completed migration of every item type", migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00", taxes: [tax("DE-VAT", "453.72", { rate: "0.19" })] }), licenseKey(), telephonyCredit(), marketplaceApp(), incurredCharge())],
    ["an estimated migration in JPY", migrationRequest({ expectedOn: "2026-06-30", currency: "JPY" }, subscription({ net: "12000", cycle: "month", start: "2026-06-01", end: "2026-07-01" }))],
    ["a cancelled migration", migrationRequest({ cancelled: true }, subscription())],
    ["a cancel on a suspended KWD account with overdue invoices", request({ action: "cancel", account: { currency: "KWD", status: "suspended", overdueInvoices: [{ id: "i", amount: "1.000", dueOn: "2026-05-01" }] } }, subscription({ net: "10.000" }), telephonyCredit({ balance: "1.000" }))],
    ["a credit transfer", request({ action: "transfer_credit" }, telephonyCredit({ number: { status: "terminated" } }))],
    ["credit applied to an invoice", request({ action: "apply_credit_to_invoice" }, telephonyCredit({ purpose: "number_rental" }))],
    ["paying with credit", request({ action: "pay_with_credit" }, telephonyCredit())],
    ["a refund after earlier refunds", request({}, subscription({ taxes: [tax("VAT", "228.00", { refundable: false })], refunded: refunded("100.00", { VAT: "19.00" }) }))],
    ["a period-based app", request({}, marketplaceApp({ start: "2026-06-01", end: "2026-07-01" }))],
    ["a free plan that does not renew", request({ action: "cancel" }, subscription({ commercial: false, autoRenew: false }))],
    ["instants in a named zone", request({ asOf: "2026-06-20T23:30:00-07:00", account: { currency: "USD", timeZone: "America/Los_Angeles" } }, subscription({ start: "2026-01-01T00:00:00Z", end: "2027-01-01T00:00:00.000+00:00" }))],
  ];

  it.each(built)("%s", (_name, input) => {
    expectDecidedAndValid(input, exampleOptions);
  });
});

describe("every request the property arbitraries make passes the request schema, and its decision the decision schema", () => {
  it("holds for completed migrations of any subscription case, under any JSON options", () => {
    fc.assert(
      fc.property(subscriptionCase, fc.integer({ min: 0, max: 800 }), optionsArbitrary, ({ currency, sub, start }, offset, options) => {
        expectDecidedAndValid(completedMigration(currency, sub, (start + offset) as CalendarDate), options);
      }),
    );
  });

  it("holds for refunds and cancels of any subscription case on any day", () => {
    fc.assert(
      fc.property(subscriptionCase, day, fc.constantFrom("refund" as const, "cancel" as const), ({ currency, sub }, asOf, action) => {
        expectDecidedAndValid(request({ action, currency, asOf: formatCalendarDate(asOf) }, sub));
      }),
    );
  });
});
