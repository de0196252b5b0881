import { describe, expect, it } from "vitest";
import { safeEvaluateRefund, type RefundDecision } from "../../src/index.js";
import { licenseKey, migrationRequest, request, subscription, telephonyCredit } from "../../src/testing/index.js";
import { validateDecision, validateOptions, validateRequest } from "./schemas.js";

/** Structural mistakes a service in another language should catch before it calls the library. */
const mistakes: [string, unknown][] = [
  ["an unknown action", { ...request(), action: "refund_all" }],
  ["an unknown item type", request({}, { ...licenseKey(), type: "gift_card" } as never)],
  ["a migration without its migration block", { ...migrationRequest({ completedOn: "2026-06-15" }), migration: undefined }],
  ["a migration whose migration block is null", { ...migrationRequest({ completedOn: "2026-06-15" }), migration: null }],
  ["a completed migration without completedOn", { ...migrationRequest({ completedOn: "2026-06-15" }), migration: { status: "completed" } }],
  ["a completed migration whose completedOn is null", { ...migrationRequest({ completedOn: "2026-06-15" }), migration: { status: "completed", completedOn: null } }],
  ["a migration block on an action that is not a migration", { ...request(), migration: { status: "completed", completedOn: "2026-06-15" } }],
  ["a completion day on a migration still in progress", { ...migrationRequest({ completedOn: "2026-06-15" }), migration: { status: "in_progress", completedOn: "2026-06-15" } }],
  ["an unknown migration status", { ...migrationRequest({ completedOn: "2026-06-15" }), migration: { status: "done", completedOn: "2026-06-15" } }],
  ["no items", { ...request(), items: [] }],
  ["no items field", { ...request(), items: undefined }],
  ["a negative amount", request({}, licenseKey({ net: "-1.00" }))],
  ["an amount in exponent form", request({}, licenseKey({ net: "1e3" }))],
  ["an amount with a decimal comma", request({}, licenseKey({ net: "12,30" }))],
  ["an amount with a leading zero", request({}, licenseKey({ net: "01.00" }))],
  ["an amount with a dangling point", request({}, licenseKey({ net: "1." }))],
  ["an amount given as a JSON number", request({}, licenseKey({ net: 12.3 as never }))],
  ["an empty amount", request({}, telephonyCredit({ balance: "" }))],
  ["an unknown currency", request({ currency: "XAU" })],
  ["a lower-case unknown currency", request({ currency: "xau" })],
  ["a missing currency", { ...request(), account: { id: "a" } }],
  ["a date that is not a date", { ...request(), asOf: "20 June 2026" }],
  ["an instant without an offset", { ...request(), asOf: "2026-06-20T10:00:00" }],
  ["a required field given as null", { ...request(), asOf: null }],
  ["an item without an id", request({}, { ...licenseKey(), id: "" })],
  ["a subscription without a period", request({}, { ...subscription(), period: undefined } as never)],
  ["an unknown billing cycle", request({}, subscription({ cycle: "week" as never }))],
  ["a tax without an amount", request({}, licenseKey({ taxes: [{ code: "VAT" } as never] }))],
  ["a request that is not an object", [request()]],
];

describe("the request schema refuses structural mistakes", () => {
  it.each(mistakes)("refuses %s", (_name, input) => {
    const json: unknown = JSON.parse(JSON.stringify(input));
    expect(validateRequest(json)).toBe(false);
  });

  it.each(mistakes)("and the library refuses %s too", (_name, input) => {
    expect(safeEvaluateRefund(JSON.parse(JSON.stringify(input))).ok).toBe(false);
  });
});

describe("the options schema refuses what JSON options cannot mean", () => {
  it.each<[string, unknown]>([
    ["a bad rounding mode", { rounding: "bankers" }],
    ["a bad proration unit", { proration: { unit: "week" } }],
    ["a bad completion day", { proration: { completionDay: "half" } }],
    ["unknown MarketPlace terms", { marketplace: { "acme.crm-sync": { terms: "sometimes" } } }],
    ["custom terms, which need a TypeScript function", { marketplace: { "acme.crm-sync": { terms: "custom" } } }],
    ["a refund window without its days", { marketplace: { "acme.crm-sync": { terms: "full_within_days" } } }],
    ["a negative refund window", { marketplace: { "acme.crm-sync": { terms: "full_within_days", days: -1 } } }],
    ["a refund window in fractional days", { marketplace: { "acme.crm-sync": { terms: "full_within_days", days: 1.5 } } }],
    ["a refund window over ten years", { marketplace: { "acme.crm-sync": { terms: "full_within_days", days: 3661 } } }],
    ["options that are not an object", "half_up"],
  ])("refuses %s, as the library does", (_name, options) => {
    expect(validateOptions(options)).toBe(false);
    expect(safeEvaluateRefund(request(), options).ok).toBe(false);
  });
});

describe("the decision schema states exactly what a decision holds", () => {
  const decided = safeEvaluateRefund(migrationRequest({ completedOn: "2026-06-15" }, subscription({ net: "2388.00" }), telephonyCredit()));
  if (!decided.ok) throw new Error("the sample migration is decided");
  const decision: RefundDecision = decided.decision;

  it("accepts the decision itself", () => {
    expect(validateDecision(decision)).toBe(true);
  });

  it.each<[string, (d: Record<string, unknown> & RefundDecision) => void]>([
    ["an amount as a JSON number", (d) => void ((d.total as Record<string, unknown>).net = 1194)],
    ["an unknown outcome", (d) => void (d.outcome = "maybe" as never)],
    ["an unknown clause", (d) => void (d.lines[0]!.clause = "policy.whim" as never)],
    ["a field the library never writes", (d) => void (d.extra = true)],
    ["a line without its refund", (d) => void delete (d.lines[0] as Partial<RefundDecision["lines"][number]>).refund],
    ["an unknown currency", (d) => void (d.currency = "XAU")],
  ])("refuses a decision with %s", (_name, change) => {
    const broken = structuredClone(decision) as Record<string, unknown> & RefundDecision;
    change(broken);
    expect(validateDecision(broken)).toBe(false);
  });
});
