/**
 * A decision's JSON text, written field by field: the same text `JSON.stringify` gives (a
 * test holds the two equal over random whole accounts and every decision-table row), with
 * less work per line for `evaluate --ndjson`.
 *
 * Strings the engine writes itself (amounts, dates, and the contract's enumerations) are
 * quoted as they are; every string that can come from a request or a policy (ids, tax codes,
 * clause ids, the policy's id and version, notices' fields) is escaped where it needs it.
 * The decision, its policy block, totals and lines have a fixed field order (the engine builds
 * them); notices, effects and a developer's contact come from rule modules, so they are
 * written in their own order, as `JSON.stringify` would.
 */
import type { DecisionLine, RefundAmounts, RefundDecision } from "../contract/decision.js";

/** Characters a JSON string must escape (and lone surrogates, which `JSON.stringify` escapes too). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON: quoted as is when nothing in it needs escaping. */
function text(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

/** An object of strings, numbers and arrays of strings, as `JSON.stringify` writes it (undefined fields left out). */
function flat(value: object): string {
  let out = "";
  for (const key in value) {
    const field: unknown = (value as Record<string, unknown>)[key];
    if (field === undefined) continue;
    const written = typeof field === "string" ? text(field) : Array.isArray(field) && field.every((entry) => typeof entry === "string") ? `[${field.map(text).join(",")}]` : JSON.stringify(field);
    out += `${out === "" ? "" : ","}${text(key)}:${written}`;
  }
  return `{${out}}`;
}

function amounts(refund: RefundAmounts): string {
  const taxes = list(refund.taxes, (entry) =>
    entry.rate === undefined ? `{"code":${text(entry.code)},"amount":"${entry.amount}"}` : `{"code":${text(entry.code)},"rate":"${entry.rate}","amount":"${entry.amount}"}`,
  );
  return `{"net":"${refund.net}","tax":"${refund.tax}","gross":"${refund.gross}","taxes":${taxes}}`;
}

function line(entry: DecisionLine): string {
  let out = `{"itemId":${text(entry.itemId)},"type":"${entry.type}","outcome":"${entry.outcome}","clause":${text(entry.clause)},"refund":${amounts(entry.refund)}`;
  const calculation = entry.calculation;
  if (calculation !== undefined) {
    const { unit, used, unused, total, unusedFrom, to } = calculation;
    out += `,"calculation":{"unit":"${unit}","used":${used},"unused":${unused},"total":${total},"unusedFrom":"${unusedFrom}","to":"${to}"}`;
  }
  if (entry.reason !== undefined) out += `,"reason":"${entry.reason}"`;
  if (entry.developer !== undefined) out += `,"developer":${flat(entry.developer)}`;
  if (entry.label !== undefined) out += `,"label":${text(entry.label)}`;
  if (entry.ref !== undefined) out += `,"ref":${text(entry.ref)}`;
  return `${out}}`;
}

function list<T>(entries: readonly T[], write: (entry: T) => string): string {
  let out = "";
  for (const entry of entries) out += `${out === "" ? "" : ","}${write(entry)}`;
  return `[${out}]`;
}

/**
 * `JSON.stringify(decision)`, written with less work for decisions the engine made.
 *
 * @example
 * ```ts
 * decisionJson(evaluateRefund(request)) === JSON.stringify(evaluateRefund(request)); // true
 * ```
 */
export function decisionJson(decision: RefundDecision): string {
  const { policy, total } = decision;
  return (
    `{"policy":{"id":${text(policy.id)},"version":${text(policy.version)},"effectiveFrom":"${policy.effectiveFrom}",` +
    `"chosenBy":{"field":"${policy.chosenBy.field}","date":"${policy.chosenBy.date}"},"library":${text(policy.library)},"options":"${policy.options}"},` +
    `"asOf":"${decision.asOf}","action":"${decision.action}","status":"${decision.status}","outcome":"${decision.outcome}","currency":"${decision.currency}",` +
    `"total":{"net":"${total.net}","tax":"${total.tax}","gross":"${total.gross}"},` +
    `"lines":${list(decision.lines, line)},"notices":${list(decision.notices, flat)},"effects":${list(decision.effects, flat)},` +
    `"digests":{"request":"${decision.digests.request}","decision":"${decision.digests.decision}"}}`
  );
}
