// definePolicy refuses a policy that cannot work with every problem at its path, saying what each part must be and
// what it was instead (a long text cut to 40 characters).
import { describe, expect, it } from "vitest";
import { bitrix24Policy, definePolicy, type Problem } from "../../src/index.js";
import { ITEM_TYPES } from "../../src/items/registry.js";
import { problemsThrownBy } from "../helpers.js";

const refused = (policy: unknown): Problem[] => problemsThrownBy(() => definePolicy(policy as never));

const ID = 'must be 1-100 letters, digits, ".", "_" or "-" (such as "acme-resale"), not';

describe("definePolicy refuses", () => {
  it("a policy missing its parts, or with parts of the wrong type, saying what each must be", () => {
    expect(refused({})).toEqual([
      { path: "id", code: "missing", message: `${ID} undefined` },
      { path: "version", code: "missing", message: "must be the date the policy took effect, YYYY-MM-DD, not undefined" },
      { path: "modules", code: "missing", message: "must be an object with a rule module per item type, not undefined" },
      { path: "accountRules", code: "missing", message: "must be an array of account rules, not undefined" },
    ]);
    expect(refused({ id: 5, version: "2026-02-30", modules: [], accountRules: "x" })).toEqual([
      { path: "id", code: "wrong_type", message: `${ID} a number` },
      { path: "version", code: "invalid_date", message: 'must be the date the policy took effect, YYYY-MM-DD, not "2026-02-30"' },
      { path: "modules", code: "wrong_type", message: "must be an object with a rule module per item type, not an array" },
      { path: "accountRules", code: "wrong_type", message: 'must be an array of account rules, not "x"' },
    ]);
  });

  it("modules and account rules that are not rules, item types it does not know, and clause ids that are not clauses", () => {
    const policy = {
      ...bitrix24Policy,
      modules: { ...bitrix24Policy.modules, subscription: null, license_key: { clauses: "x", evaluate: 1 }, gadget: {} },
      accountRules: [5, { clauses: ["nope"], evaluate: () => [] }, { clauses: [] }],
    };
    expect(refused(policy)).toEqual([
      { path: "modules.subscription", code: "wrong_type", message: "must be a rule module (see defineRuleModule), not null" },
      { path: "modules.license_key.itemType", code: "wrong_item_type", message: 'the module registered for "license_key" handles undefined' },
      { path: "modules.license_key.evaluate", code: "wrong_type", message: "must be a function, not a number" },
      { path: "modules.license_key.clauses", code: "wrong_type", message: 'must be an array of clause ids, not "x"' },
      { path: "modules.gadget", code: "unknown_field", message: `is not an item type (${ITEM_TYPES.join(", ")})` },
      { path: "accountRules[0]", code: "wrong_type", message: "must be an account rule (see defineAccountRule), not a number" },
      { path: "accountRules[1].clauses[0]", code: "unknown_value", message: 'must be a clause id such as "taxes.exclusive", not "nope"' },
      { path: "accountRules[2].evaluate", code: "wrong_type", message: "must be a function, not undefined" },
    ]);
  });

  it("quotes at most 40 characters of a text given where a rule belongs", () => {
    expect(refused({ ...bitrix24Policy, modules: { ...bitrix24Policy.modules, subscription: "x".repeat(80) } })).toEqual([
      { path: "modules.subscription", code: "wrong_type", message: `must be a rule module (see defineRuleModule), not "${"x".repeat(40)}"` },
    ]);
  });
});
