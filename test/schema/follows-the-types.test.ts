import { describe, expect, it } from "vitest";
import {
  CLAUSES,
  OUTCOMES,
  type DecisionLine,
  type IncurredChargeInput,
  type LicenseKeyInput,
  type MarketplaceAppInput,
  type RefundDecision,
  type RefundOptions,
  type RefundRequest,
  type SubscriptionInput,
  type TelephonyCreditInput,
} from "../../src/index.js";
import { ROUNDING_MODES, supportedCurrencies } from "../../src/rules/index.js";
import { schema } from "./schemas.js";

// The schemas are generated from the wire types at build time (scripts/build-schemas.mjs). These tests
// pin that the generation kept every field and its required-ness, and the runtime lists the enums name.

/** Each field of `T`, marked as TypeScript sees it: required, or optional. The compiler checks the literals below. */
type Fields<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? "optional" : "required" };

type Node = { properties?: Record<string, unknown>; required?: string[]; $ref?: string; anyOf?: Node[]; $defs?: Record<string, Node> };

/** The object schema at a path of property names (through `$ref`s and the `null` branches of optional fields). */
function objectAt(root: Node, path: string[]): Node {
  const deref = (node: Node): Node => {
    if (node.$ref !== undefined) return deref(root.$defs![node.$ref.replace("#/$defs/", "")]!);
    if (node.properties === undefined && node.anyOf !== undefined) return deref(node.anyOf.find((branch) => (branch as { type?: string }).type !== "null")!);
    return node;
  };
  let node = deref(root);
  for (const key of path) node = deref(node.properties![key] as Node);
  return node;
}

function resolveRef(root: Node, node: Node): Node {
  return node.$ref === undefined ? node : root.$defs![node.$ref.replace("#/$defs/", "")]!;
}

/** The branch of the item union whose `type` is `type`. */
function itemSchema(type: string): Node {
  const request = schema("request") as Node;
  const branches = request.$defs!.ItemInput!.anyOf!.map((branch) => resolveRef(request, branch));
  return branches.find((node) => (node.properties!.type as { const?: string }).const === type)!;
}

function shapeOf(node: Node): Record<string, "required" | "optional"> {
  const required = new Set(node.required ?? []);
  return Object.fromEntries(Object.keys(node.properties ?? {}).map((key) => [key, required.has(key) ? "required" : "optional"]));
}

describe("the schemas have exactly the fields of the TypeScript types, required where the types require them", () => {
  it("request", () => {
    const fields: Fields<RefundRequest> = { asOf: "required", action: "required", account: "required", migration: "optional", items: "required" };
    expect(shapeOf(objectAt(schema("request") as Node, []))).toEqual(fields);
  });

  it("request.account and request.migration", () => {
    const account: Fields<RefundRequest["account"]> = { id: "optional", currency: "required", timeZone: "optional", status: "optional", overdueInvoices: "optional" };
    const migration: Fields<NonNullable<RefundRequest["migration"]>> = { status: "required", completedOn: "optional", expectedCompletionOn: "optional" };
    expect(shapeOf(objectAt(schema("request") as Node, ["account"]))).toEqual(account);
    expect(shapeOf(objectAt(schema("request") as Node, ["migration"]))).toEqual(migration);
  });

  it("each item type", () => {
    const subscription: Fields<SubscriptionInput> = { id: "required", type: "required", plan: "optional", commercial: "optional", cycle: "required", period: "required", paid: "required", refunded: "optional", autoRenew: "optional", label: "optional", ref: "optional" };
    const licenseKey: Fields<LicenseKeyInput> = { id: "required", type: "required", product: "optional", paid: "required", refunded: "optional", label: "optional", ref: "optional" };
    const telephony: Fields<TelephonyCreditInput> = { id: "required", type: "required", balance: "required", purpose: "required", number: "optional", label: "optional", ref: "optional" };
    const app: Fields<MarketplaceAppInput> = { id: "required", type: "required", appId: "required", developer: "optional", purchasedOn: "required", period: "optional", paid: "required", refunded: "optional", label: "optional", ref: "optional" };
    const charge: Fields<IncurredChargeInput> = { id: "required", type: "required", description: "optional", amount: "required", incurredOn: "optional", label: "optional", ref: "optional" };
    expect(shapeOf(itemSchema("subscription"))).toEqual(subscription);
    expect(shapeOf(itemSchema("license_key"))).toEqual(licenseKey);
    expect(shapeOf(itemSchema("telephony_credit"))).toEqual(telephony);
    expect(shapeOf(itemSchema("marketplace_app"))).toEqual(app);
    expect(shapeOf(itemSchema("incurred_charge"))).toEqual(charge);
  });

  it("options", () => {
    const fields: Fields<RefundOptions> = { rounding: "optional", proration: "optional", marketplace: "optional", unknownFields: "optional", versionDate: "optional" };
    expect(shapeOf(objectAt(schema("options") as Node, []))).toEqual(fields);
  });

  it("decision and its lines", () => {
    const fields: Fields<RefundDecision> = {
      policy: "required", asOf: "required", action: "required", status: "required", outcome: "required",
      currency: "required", total: "required", lines: "required", notices: "required", effects: "required", digests: "required",
    };
    const line: Fields<DecisionLine> = { itemId: "required", type: "required", outcome: "required", clause: "required", refund: "required", calculation: "optional", reason: "optional", developer: "optional", label: "optional", ref: "optional" };
    const decision = schema("decision") as Node;
    expect(shapeOf(objectAt(decision, []))).toEqual(fields);
    expect(shapeOf(resolveRef(decision, { $ref: "#/$defs/DecisionLine" }))).toEqual(line);
  });
});

describe("the schemas' enumerations are the library's own lists", () => {
  const defs = (name: "request" | "options" | "decision") => (schema(name) as { $defs: Record<string, { enum?: unknown[] }> }).$defs;

  it("every supported ISO 4217 currency, in the request and the decision", () => {
    // A request's code in any letter case (the pattern), a decision's upper-case (the enum).
    const [upper, anyCase] = (defs("request").CurrencyCode as { anyOf: { enum?: string[]; pattern?: string }[] }).anyOf;
    expect(upper!.enum).toEqual(supportedCurrencies());
    const pattern = new RegExp(anyCase!.pattern!);
    expect(supportedCurrencies().filter((code) => !pattern.test(code) || !pattern.test(code.toLowerCase()) || !pattern.test(code[0] + code.slice(1).toLowerCase()))).toEqual([]);
    expect(["XAU", "xau", "EURO", "eu"].filter((code) => pattern.test(code))).toEqual([]);
    expect(defs("decision").CurrencyCode!.enum).toEqual(supportedCurrencies());
  });

  it("the rounding modes", () => {
    expect(defs("options").RoundingMode!.enum).toEqual([...ROUNDING_MODES]);
  });

  it("the outcomes and the clause ids of a decision", () => {
    expect(defs("decision").Outcome!.enum).toEqual([...OUTCOMES]);
    expect(defs("decision").ClauseId!.enum).toEqual([...CLAUSES]);
  });

  it("are draft 2020-12 schemas", () => {
    for (const name of ["request", "options", "decision"] as const) {
      expect(schema(name).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    }
  });
});
