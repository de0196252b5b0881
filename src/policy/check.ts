import { parseCalendarDate } from "../calendar/calendar-date.js";
import { CLAUSES } from "../clauses.js";
import type { Problem } from "../errors.js";
import { ITEM_TYPES } from "../items/registry.js";

const POLICY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null && !Array.isArray(value);
const describe = (value: unknown): string =>
  value === null || value === undefined ? String(value) : Array.isArray(value) ? "an array" : typeof value === "string" ? `"${value.slice(0, 40)}"` : `a ${typeof value}`;

function checkClauses(clauses: unknown, path: string, problems: Problem[]): void {
  if (!Array.isArray(clauses)) {
    problems.push({ path, code: "wrong_type", message: `must be an array of clause ids, not ${describe(clauses)}` });
    return;
  }
  clauses.forEach((clause, index) => {
    if (!(CLAUSES as readonly unknown[]).includes(clause)) {
      problems.push({ path: `${path}[${index}]`, code: "unknown_value", message: `must be a clause id such as "taxes.exclusive", not ${describe(clause)}` });
    }
  });
}

/**
 * Every problem of a policy a caller composed: what TypeScript would have caught,
 * checked again at run time for JavaScript callers and policies built from data, so
 * an evaluation never meets a missing module with a raw TypeError.
 *
 * @example
 * ```ts
 * policyProblems({ ...bitrix24Policy, version: "2026-02-30" })[0]?.code; // "invalid_date"
 * ```
 */
export function policyProblems(policy: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!isObject(policy)) return [{ path: "", code: "wrong_type", message: `a policy must be an object, not ${describe(policy)}` }];
  const { id, version, modules, accountRules } = policy;
  if (typeof id !== "string" || !POLICY_ID.test(id)) {
    problems.push({ path: "id", code: id === undefined ? "missing" : "wrong_type", message: `must be 1-100 letters, digits, ".", "_" or "-" (such as "acme-resale"), not ${describe(id)}` });
  }
  if (typeof version !== "string" || parseCalendarDate(version) === undefined) {
    problems.push({ path: "version", code: version === undefined ? "missing" : "invalid_date", message: `must be the date the policy took effect, YYYY-MM-DD, not ${describe(version)}` });
  }
  if (!isObject(modules)) {
    problems.push({ path: "modules", code: modules === undefined ? "missing" : "wrong_type", message: `must be an object with a rule module per item type, not ${describe(modules)}` });
  } else {
    for (const type of ITEM_TYPES) {
      const module = modules[type];
      const path = `modules.${type}`;
      if (module === undefined) {
        problems.push({ path, code: "missing", message: `is required: every item type needs a rule module` });
      } else if (!isObject(module)) {
        problems.push({ path, code: "wrong_type", message: `must be a rule module (see defineRuleModule), not ${describe(module)}` });
      } else {
        if (module.itemType !== type) {
          problems.push({ path: `${path}.itemType`, code: "wrong_item_type", message: `the module registered for "${type}" handles ${describe(module.itemType)}` });
        }
        if (typeof module.evaluate !== "function") {
          problems.push({ path: `${path}.evaluate`, code: "wrong_type", message: `must be a function, not ${describe(module.evaluate)}` });
        }
        checkClauses(module.clauses, `${path}.clauses`, problems);
      }
    }
    for (const key of Object.keys(modules)) {
      if (!(ITEM_TYPES as readonly string[]).includes(key)) problems.push({ path: `modules.${key}`, code: "unknown_field", message: `is not an item type (${ITEM_TYPES.join(", ")})` });
    }
  }
  if (!Array.isArray(accountRules)) {
    problems.push({ path: "accountRules", code: accountRules === undefined ? "missing" : "wrong_type", message: `must be an array of account rules, not ${describe(accountRules)}` });
  } else {
    accountRules.forEach((rule: unknown, index) => {
      const path = `accountRules[${index}]`;
      if (!isObject(rule)) {
        problems.push({ path, code: "wrong_type", message: `must be an account rule (see defineAccountRule), not ${describe(rule)}` });
        return;
      }
      if (typeof rule.evaluate !== "function") problems.push({ path: `${path}.evaluate`, code: "wrong_type", message: `must be a function, not ${describe(rule.evaluate)}` });
      checkClauses(rule.clauses, `${path}.clauses`, problems);
    });
  }
  return problems;
}
