import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { DECLARED, entries, localeExportName, localeTags } from "../../scripts/entries.mjs";

// The runtime values each declared entry of the BUILT package exports (types aside). A name dropped or
// added by accident fails here; a name dropped or added on purpose changes this list in the same commit
// (and the CHANGELOG says so). Each language entry exports its catalog alone, under its tag's name.
const EXPORTS: Record<string, readonly string[]> = {
  ".": [
    "CLAUSES",
    "OUTCOMES",
    "RefundPolicyError",
    "bitrix24History",
    "bitrix24Policy",
    "comparePolicies",
    "createEvaluator",
    "definePolicy",
    "definePolicyHistory",
    "evaluateMany",
    "evaluateRefund",
    "evaluateStream",
    "explain",
    "explainProblems",
    "explainSettlement",
    "isRefundPolicyError",
    "safeEvaluateRefund",
    "safeSettleRefund",
    "settleRefund",
    "verifyDecision",
  ],
  "./testing": [
    "assertDecision",
    "checkDecision",
    "incurredCharge",
    "licenseKey",
    "marketplaceApp",
    "migrationRequest",
    "refunded",
    "request",
    "subscription",
    "tax",
    "telephonyCredit",
  ],
  "./rules": [
    "CREDIT_USE_REFUSED",
    "LIBRARY_VERSION",
    "Money",
    "ROUNDING_MODES",
    "addMonths",
    "byAction",
    "countUnused",
    "currencyDigits",
    "defineAccountRule",
    "defineRuleModule",
    "formatCalendarDate",
    "grantRefund",
    "incurredChargeRules",
    "isTimeZone",
    "licenseKeyRules",
    "marketplaceAppRules",
    "migrationRule",
    "monthBoundariesBefore",
    "nonPaymentRule",
    "parseCalendarDate",
    "parseDateField",
    "policyClauses",
    "subscriptionRules",
    "supportedCurrencies",
    "taxesRule",
    "telephonyCreditRules",
  ],
  "./einvoice": ["toUblCreditNote"],
};

/** At most this many runtime values at the root: what a billing service and a frontend call, and room for a few more. */
const ROOT_LIMIT = 20;

const require = createRequire(import.meta.url);
const built = (name: string, extension: "js" | "cjs") => resolve("dist", `${name}.${extension}`);
const namesOf = (module: object) => Object.keys(module).filter((key) => key !== "default" && key !== "module.exports").sort();
const expected = (subpath: string): readonly string[] => {
  const tag = subpath.startsWith("./locale/") ? subpath.slice("./locale/".length) : undefined;
  return tag === undefined ? [...EXPORTS[subpath]!].sort() : [localeExportName(tag)];
};

describe("the built entries export exactly the listed names", () => {
  expect(existsSync(join("dist", "index.js")), "run npm run build first").toBe(true);

  it("lists every declared entry here, and only those", () => {
    expect(Object.keys(EXPORTS).sort()).toEqual(DECLARED.map(({ subpath }) => subpath).sort());
  });

  it.each(entries().map((entry) => [entry.subpath, entry] as const))("%s: import and require give the listed names", async (subpath, { name }) => {
    const esm = (await import(pathToFileURL(built(name, "js")).href)) as object;
    const cjs = require(built(name, "cjs")) as object;
    expect(namesOf(esm)).toEqual(expected(subpath));
    expect(namesOf(cjs)).toEqual(expected(subpath));
  });

  it(`keeps the root small: at most ${ROOT_LIMIT} runtime values`, () => {
    expect(EXPORTS["."]!.length).toBeLessThanOrEqual(ROOT_LIMIT);
  });

  it("shares one copy of the code between entries: the rule kit's modules are the root's", async () => {
    const root = (await import(pathToFileURL(built("index", "js")).href)) as { bitrix24Policy: { modules: Record<string, unknown> } };
    const rules = (await import(pathToFileURL(built("rules", "js")).href)) as Record<string, unknown>;
    expect(rules.subscriptionRules).toBe(root.bitrix24Policy.modules.subscription);
    const rootCjs = require(built("index", "cjs")) as typeof root;
    const rulesCjs = require(built("rules", "cjs")) as Record<string, unknown>;
    expect(rulesCjs.subscriptionRules).toBe(rootCjs.bitrix24Policy.modules.subscription);
  });

  it("ships a language entry per catalog", () => {
    expect(localeTags().length).toBeGreaterThan(0);
    for (const tag of localeTags()) expect(existsSync(built(`locale/${tag}`, "js")), tag).toBe(true);
  });
});
