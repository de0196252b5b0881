import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateRefund, isRefundPolicyError } from "../src/index.js";
import { ITEM_TYPES } from "../src/items/registry.js";
import { buildRow, readRows, type CustomCall, type Row } from "./decision-table/rows.js";
import { referenceDecision, type Decision } from "./reference/model.js";
import { ROUNDING_MODES } from "../src/contract/options.js";

const rows = readRows(fileURLToPath(new URL("../docs/decision-table.md", import.meta.url)));

type Answer = { refused: true; problems: readonly { path: string; code: string }[] } | { refused: false; decision: Decision };

const ACTIONS = ["refund", "cancel", "migrate_to_on_premise", "transfer_credit", "apply_credit_to_invoice", "pay_with_credit"];
const MIGRATION_STATUSES = ["requested", "in_progress", "completed", "cancelled"];

function library(request: unknown, options: unknown): Answer {
  try {
    return { refused: false, decision: evaluateRefund(request as never, options as never) as unknown as Decision };
  } catch (error) {
    if (isRefundPolicyError(error)) return { refused: true, problems: error.problems };
    throw error;
  }
}

function writeNotice(notice: Decision["notices"][number]): string {
  if (notice.cause !== undefined) return `${notice.code}[${notice.cause}]`;
  if (notice.invoiceIds !== undefined) return `${notice.code}[${notice.invoiceIds.join(",")}:${notice.overdue ?? ""}]`;
  return notice.code;
}

/** Where an answer disagrees with its row, in words; empty when it agrees. */
function disagreements(row: Row, answer: Answer, calls: readonly CustomCall[]): string[] {
  const out: string[] = [];
  const differ = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) out.push(`${what}: got ${JSON.stringify(actual)}, the table says ${JSON.stringify(expected)}`);
  };
  if (row.outcome === "refused") {
    const [code, path] = row.clause.split(" @ ");
    if (!answer.refused) out.push(`decided (${answer.decision.lines[0]?.outcome}), the table says refused with ${row.clause}`);
    else if (!answer.problems.some((p) => p.code === code && p.path === path)) differ("problems", answer.problems.map((p) => `${p.code} @ ${p.path}`), [row.clause]);
    return out;
  }
  if (answer.refused) return [`refused (${answer.problems.map((p) => `${p.code} @ ${p.path}`).join("; ")}), the table says ${row.outcome}`];
  const { decision } = answer;
  const line = decision.lines.find((l) => l.itemId === "x");
  if (line === undefined) return ["no line for item x"];
  differ("outcome", line.outcome, row.outcome);
  differ("clause", line.clause, row.clause);
  differ("reason", line.reason, row.reason);
  differ("refund", `${line.refund.net}/${line.refund.tax}/${line.refund.gross}`, row.refund);
  const calc = line.calculation;
  differ("calculation", calc && `${calc.unit} ${calc.used}/${calc.unused}/${calc.total} from ${calc.unusedFrom}`, row.calculation);
  differ("notices", decision.notices.map(writeNotice), row.notices);
  differ("effects", decision.effects.map((e) => `${e.type}(${e.itemId}, ${e.on}, ${e.clause})`), row.effects);
  differ("status", decision.status, row.migration === "requested" || row.migration === "in_progress" ? "estimate" : "final");
  if (row.outcome === "refer_to_developer") differ("developer", line.developer, { name: "Acme", contact: "support@acme.example" });
  if (row.given.get("terms")?.[0]?.startsWith("custom:")) {
    const silent = row.action === "cancel" || row.migration === "cancelled" || !["refund", "migrate_to_on_premise"].includes(row.action);
    differ("custom evaluator calls (status told)", calls.map((c) => c.status), silent ? [] : [decision.status]);
  }
  return out;
}

function evaluateRow(row: Row, evaluate: (request: unknown, options: unknown) => Answer): string[] {
  const calls: CustomCall[] = [];
  const { request, options } = buildRow(row, calls);
  return disagreements(row, evaluate(request, options), calls);
}

describe("the decision table (docs/decision-table.md)", () => {
  it.each(rows.map((row) => [`${row.id}: ${row.action}${row.migration ? ` (${row.migration})` : ""} of ${/^[aeiou]/.test(row.item) ? "an" : "a"} ${row.item}${row.given.size > 0 ? ` with ${[...row.given.keys()].join(", ")}` : ""} gives ${row.outcome}`, row] as const))(
    "%s, as the table says",
    (_name, row) => {
      const found = evaluateRow(row, library);
      expect(found, `${row.text}\n  ${found.join("\n  ")}`).toEqual([]);
    },
  );

  it("is what the independent reference model decides, row by row", () => {
    const found = rows.flatMap((row) => evaluateRow(row, (request, options) => referenceDecision(request, options as never) as Answer).map((d) => `${row.id}: ${d}`));
    expect(found).toEqual([]);
  });
});

describe("the decision table covers the whole decision space", () => {
  const has = (predicate: (row: Row) => boolean) => rows.some(predicate);
  const term = (row: Row) => row.given.get("terms")?.[0]?.split(":")[0] ?? "none";

  it("has unique row ids and a justification on every row", () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.filter((r) => r.why.length < 4).map((r) => r.id)).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(140);
  });

  it("has a row for every action and item type, and for every migration status and item type", () => {
    const missing = ACTIONS.flatMap((a) => ITEM_TYPES.filter((t) => !has((r) => r.action === a && r.item === t && r.outcome !== "refused")).map((t) => `${a} × ${t}`));
    const missingStatus = MIGRATION_STATUSES.flatMap((s) => ITEM_TYPES.filter((t) => !has((r) => r.migration === s && r.item === t)).map((t) => `${s} × ${t}`));
    expect([...missing, ...missingStatus]).toEqual([]);
  });

  it("has every kind of MarketPlace terms on a refund, a cancel and each migration status", () => {
    const scopes: [string, (r: Row) => boolean][] = [
      ["refund", (r) => r.action === "refund"],
      ["cancel", (r) => r.action === "cancel"],
      ["completed", (r) => r.migration === "completed"],
      ["estimate", (r) => r.migration === "requested" || r.migration === "in_progress"],
      ["cancelled", (r) => r.migration === "cancelled"],
    ];
    const kinds = ["none", "non_refundable", "full_within_days", "prorated", "custom"];
    const missing = scopes.flatMap(([name, inScope]) => kinds.filter((k) => !has((r) => inScope(r) && r.item === "marketplace_app" && term(r) === k)).map((k) => `${name} × ${k}`));
    expect(missing).toEqual([]);
    expect(has((r) => term(r) === "full_within_days" && r.reason === "within_refund_window")).toBe(true);
    expect(has((r) => term(r) === "full_within_days" && r.reason === "outside_refund_window")).toBe(true);
  });

  it("has every account and number status, renewal on and off, free plans, and periods over or not yet begun", () => {
    for (const status of ["suspended", "terminated"]) {
      expect(has((r) => r.given.get("accountStatus")?.[0] === status)).toBe(true);
      expect(has((r) => r.given.get("number")?.[0] === status)).toBe(true);
    }
    expect(has((r) => r.given.get("number")?.[0] === "active")).toBe(true);
    for (const action of ["cancel", "migrate_to_on_premise"]) {
      expect(has((r) => r.action === action && r.item === "subscription" && r.given.get("autoRenew")?.[0] === "false")).toBe(true);
      expect(has((r) => r.action === action && r.item === "subscription" && !r.given.has("autoRenew"))).toBe(true);
    }
    expect(has((r) => r.given.get("commercial")?.[0] === "false")).toBe(true);
    expect(has((r) => (r.given.get("period")?.[0] ?? "").split("..")[1]! < "2026-06-15")).toBe(true);
    expect(has((r) => (r.given.get("period")?.[0] ?? "").split("..")[0]! > "2026-06-20")).toBe(true);
  });

  it("has every option value, every line reason, and the new bad inputs", () => {
    for (const rounding of ROUNDING_MODES) expect(has((r) => r.given.get("rounding")?.[0] === rounding)).toBe(true);
    for (const unit of ["auto", "day", "month"]) expect(has((r) => r.given.get("unit")?.[0] === unit)).toBe(true);
    expect(has((r) => r.given.get("completionDay")?.[0] === "unused")).toBe(true);
    for (const cycle of ["month", "quarter", "half_year", "two_years"]) expect(has((r) => r.given.get("cycle")?.[0] === cycle)).toBe(true);
    const reasons = ["not_commercial", "migration_cancelled", "no_unused_time", "rounds_to_zero", "already_refunded", "outside_refund_window", "within_refund_window", "terms_not_registered", "developer_terms"];
    expect(reasons.filter((reason) => !has((r) => r.reason === reason))).toEqual([]);
    const refusals = ["no_telephony_credit", "tax_rate_mismatch", "invalid_rate", "unknown_tax", "cycle_mismatch", "purchased_after_as_of", "missing"];
    expect(refusals.filter((code) => !has((r) => r.outcome === "refused" && r.clause.startsWith(`${code} @`)))).toEqual([]);
  });
});
