import { describe, expect, it } from "vitest";
import type {
  CreditNote,
  OpenInvoiceInput,
  PaymentMethod,
  SettlementInput,
  SettlementInvoiceInput,
  SettlementOptions,
  SettlementPaymentInput,
  SettlementPlan,
  SettlementStep,
} from "../../src/contract/settlement.js";
import { supportedCurrencies } from "../../src/rules/index.js";
import { schema, validateSettlementOptions, verdict } from "./schemas.js";

// The settlement schemas are generated from src/contract/settlement.ts like the others. These tests pin
// that the generation kept every field and its required-ness, and the enumerations the types name.

type Fields<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? "optional" : "required" };
type Node = { properties?: Record<string, unknown>; required?: string[]; $ref?: string; anyOf?: Node[]; $defs?: Record<string, Node>; enum?: unknown[]; const?: unknown };

function deref(root: Node, node: Node): Node {
  if (node.$ref !== undefined) return deref(root, root.$defs![node.$ref.replace("#/$defs/", "")]!);
  if (node.properties === undefined && node.anyOf !== undefined && node.anyOf.some((branch) => (branch as { type?: string }).type === "null")) {
    return deref(root, node.anyOf.find((branch) => (branch as { type?: string }).type !== "null")!);
  }
  return node;
}

function at(root: Node, path: string[]): Node {
  let node = deref(root, root);
  for (const key of path) {
    node = deref(root, node.properties![key] as Node);
    if ((node as { items?: Node }).items !== undefined) node = deref(root, (node as { items: Node }).items);
  }
  return node;
}

function shapeOf(node: Node): Record<string, "required" | "optional"> {
  const required = new Set(node.required ?? []);
  return Object.fromEntries(Object.keys(node.properties ?? {}).map((key) => [key, required.has(key) ? "required" : "optional"]));
}

/** Every literal an enumeration-like schema admits (`enum`, or `anyOf` of `const`s, `null` left out). */
function literals(root: Node, node: Node): unknown[] {
  const resolved = node.$ref === undefined ? node : deref(root, node);
  if (resolved.enum !== undefined) return resolved.enum.filter((value) => value !== null);
  return (resolved.anyOf ?? []).flatMap((branch) => literals(root, branch));
}

describe("the settlement schemas have exactly the fields of the TypeScript types", () => {
  const input = schema("settlement-input") as Node;
  const plan = schema("settlement") as Node;

  it("settlement-input: the input, its invoices, payments and open invoices", () => {
    const fields: Fields<SettlementInput> = { decision: "required", invoices: "required", payments: "required", openInvoices: "optional" };
    const invoice: Fields<SettlementInvoiceInput> = { id: "required", number: "required", issuedOn: "required", itemIds: "required", gross: "optional", credited: "optional", currency: "optional" };
    const payment: Fields<SettlementPaymentInput> = {
      id: "required", invoiceId: "required", method: "required", amount: "required", refunded: "optional",
      capturedAt: "required", refundableUntil: "optional", refundable: "optional", currency: "optional",
    };
    const open: Fields<OpenInvoiceInput> = { id: "required", amount: "required", dueOn: "required" };
    expect(shapeOf(at(input, []))).toEqual(fields);
    expect(shapeOf(at(input, ["invoices"]))).toEqual(invoice);
    expect(shapeOf(at(input, ["payments"]))).toEqual(payment);
    expect(shapeOf(at(input, ["openInvoices"]))).toEqual(open);
  });

  it("settlement-options", () => {
    const fields: Fields<SettlementOptions> = { order: "optional", remainder: "optional", offset: "optional" };
    expect(shapeOf(at(schema("settlement-options") as Node, []))).toEqual(fields);
  });

  it("settlement: the plan and its credit notes", () => {
    const fields: Fields<SettlementPlan> = { planId: "required", decision: "required", currency: "required", total: "required", steps: "required", creditNotes: "required" };
    const note: Fields<CreditNote> = {
      id: "required", invoiceId: "required", invoiceNumber: "required", invoiceIssuedOn: "required", issuedOn: "required",
      currency: "required", lines: "required", taxes: "required", total: "required", settledBy: "required",
    };
    expect(shapeOf(at(plan, []))).toEqual(fields);
    expect(shapeOf(at(plan, ["creditNotes"]))).toEqual(note);
  });

  it("the plan's step types are the four the type names", () => {
    const steps = deref(plan, plan.$defs!.SettlementStep!).anyOf!.map((branch) => (deref(plan, branch).properties!.type as Node).const);
    const types: Record<SettlementStep["type"], true> = { offset_invoice: true, refund_payment: true, account_credit: true, out_of_band: true };
    expect(steps.sort()).toEqual(Object.keys(types).sort());
  });

  it("the payment methods, the options' values and the currencies are the types' own", () => {
    const methods: Record<PaymentMethod, true> = { card: true, direct_debit: true, bank_transfer: true, wallet: true, account_credit: true, other: true };
    expect(literals(input, input.$defs!.PaymentMethod!).sort()).toEqual(Object.keys(methods).sort());
    const options = schema("settlement-options") as Node;
    expect(literals(options, at(options, []).properties!.order as Node).sort()).toEqual(["earliest_first", "latest_first", "proportional"]);
    expect(literals(options, at(options, []).properties!.remainder as Node).sort()).toEqual(["account_credit", "out_of_band"]);
    expect(literals(options, at(options, []).properties!.offset as Node).sort()).toEqual(["none", "open_invoices"]);
    expect(plan.$defs!.CurrencyCode!.enum).toEqual(supportedCurrencies());
  });
});

describe("the settlement options schema reads options as the library does", () => {
  it("takes no options, null options and null fields (null is absent)", () => {
    for (const options of [{}, null, { order: null, remainder: null, offset: null }, { order: "proportional", remainder: "out_of_band", offset: "open_invoices" }]) {
      expect(verdict(validateSettlementOptions, options)).toEqual({ accepted: true, errors: [] });
    }
  });

  it("refuses an order, remainder or offset the library does not know", () => {
    for (const options of [{ order: "random" }, { remainder: "cash" }, { offset: "all" }]) {
      expect(verdict(validateSettlementOptions, options).accepted).toBe(false);
    }
  });
});
