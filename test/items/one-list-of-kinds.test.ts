import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateRefund, explainProblems, safeEvaluateRefund, type ItemInput, type ItemType } from "../../src/index.js";
import { ITEM_KINDS, ITEM_TYPES } from "../../src/items/registry.js";
import { incurredCharge, licenseKey, marketplaceApp, request, subscription, telephonyCredit } from "../../src/testing/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A full item of each kind, every optional field given (the builders' defaults, and more). */
const FULL_ITEMS: { readonly [T in ItemType]: Extract<ItemInput, { type: T }> } = {
  subscription: subscription({ label: "Professional plan, 2026", ref: "il_1", plan: "professional", commercial: true, autoRenew: true, refunded: { net: "0.00" } }),
  license_key: licenseKey({ label: "Business licence", ref: "il_2", product: "business", refunded: { net: "0.00" } }),
  telephony_credit: telephonyCredit({ label: "Calls credit", ref: "il_3", number: { status: "active" } }),
  marketplace_app: marketplaceApp({ label: "CRM sync", ref: "il_4", developer: { name: "Acme", contact: "a@acme.example" }, period: { start: "2026-06-01", end: "2026-07-01" }, refunded: { net: "0.00" } }),
  incurred_charge: incurredCharge({ label: "SMS, May", ref: "il_5", description: "SMS", incurredOn: "2026-05-31" }),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|mts|mjs)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe("an item kind is listed once", () => {
  it("no file outside the registry lists three item types in a row (the reference model keeps its own reading on purpose)", () => {
    const name = `"(?:${ITEM_TYPES.join("|")})"`;
    const run = new RegExp(`${name}(?:\\s*[|,]\\s*${name}){2,}`);
    const lists = [...sourceFiles(join(root, "src")), ...sourceFiles(join(root, "test"))]
      .map((file) => relative(root, file).split("\\").join("/"))
      .filter((file) => !file.startsWith("test/reference/") && run.test(readFileSync(join(root, file), "utf8")));
    expect(lists).toEqual([]);
  });

  it("a kind's reader accepts every field it lists, and refuses one it does not", () => {
    for (const type of ITEM_TYPES) {
      const item = FULL_ITEMS[type];
      expect(Object.keys(item).sort(), type).toEqual([...ITEM_KINDS[type].fields].sort());
      expect(safeEvaluateRefund(request({}, item)).ok, type).toBe(true);
      const result = safeEvaluateRefund(request({}, { ...item, extra: 1 } as unknown as ItemInput));
      expect(result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`), type).toEqual(["items[0].extra:unknown_field"]);
    }
  });

  it("a kind's labelled fields are named in words when a request is refused", () => {
    for (const type of ITEM_TYPES) {
      for (const field of ITEM_KINDS[type].labelled) {
        const [shown] = explainProblems([{ path: `items[0].${field}`, code: "missing", message: "is required" }]);
        expect(shown?.field, `${type}.${field}`).not.toMatch(new RegExp(`› ${field}$`));
      }
    }
  });

  it("only a kind that renews is ever turned off by a cancel", () => {
    for (const type of ITEM_TYPES) {
      const decision = evaluateRefund(request({ action: "cancel" }, FULL_ITEMS[type]));
      expect(decision.effects.map((effect) => effect.type), type).toEqual(ITEM_KINDS[type].renews ? ["disable_auto_renewal"] : []);
    }
  });

  it("versionDate \"purchase\" takes a kind's purchase date, and asOf for a kind that has none", () => {
    for (const type of ITEM_TYPES) {
      const decision = evaluateRefund(request({}, FULL_ITEMS[type]), { versionDate: "purchase" });
      const path = ITEM_KINDS[type].purchaseDate;
      expect(decision.policy.chosenBy.field, type).toBe(path === undefined ? "asOf" : `items[0].${path.join(".")}`);
    }
  });
});
