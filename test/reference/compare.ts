/**
 * Runs one account through the library (public entry only) and the reference model, and lists every
 * contract field on which they disagree, each with a kind that groups disagreements of the same cause.
 */
import { evaluateRefund, isRefundPolicyError } from "../../src/index.js";
import { buildOptions, type AccountCase, type CustomCall } from "./accounts.js";
import { CURRENCY_DIGITS } from "./money.js";
import { referenceDecision, type Decision } from "./model.js";

export interface Disagreement {
  /** Groups disagreements of one cause: field, action (and migration status), item type. */
  readonly kind: string;
  readonly path: string;
  readonly library: unknown;
  readonly reference: unknown;
}

/** JSON with sorted keys and no undefined: equal values give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

type LibraryResult = { refused: true; codes: string[] } | { refused: false; decision: Decision } | { threw: string };

function runLibrary(request: unknown, options: unknown): LibraryResult {
  try {
    return { refused: false, decision: evaluateRefund(request as never, options as never) as unknown as Decision };
  } catch (error) {
    if (isRefundPolicyError(error)) return { refused: true, codes: error.problems.map((p) => `${p.path}:${p.code}`) };
    return { threw: String(error) };
  }
}

function codes(list: readonly { code?: string; clause?: string; itemId?: string }[]): string[] {
  return list.map((entry) => entry.code ?? entry.clause ?? "?");
}

/** Every disagreement between the library and the reference on one account. */
export function compareAccount(account: AccountCase): Disagreement[] {
  const request = account.request;
  const currency = String((request.account as { currency: string }).currency).toUpperCase();
  const digits = CURRENCY_DIGITS[currency] ?? 2;
  const libraryCalls: CustomCall[] = [];
  const referenceCalls: CustomCall[] = [];
  const library = runLibrary(structuredClone(request), buildOptions(account.options, digits, libraryCalls));
  const reference = referenceDecision(structuredClone(request), buildOptions(account.options, digits, referenceCalls) as never);
  const action = String(request.action);
  const migration = request.migration as { status?: string } | undefined;
  // Kinds group by what changes the answer: credit actions together, estimates together.
  const scope = migration?.status
    ? `migration ${migration.status === "requested" || migration.status === "in_progress" ? "estimate" : migration.status}`
    : ["transfer_credit", "apply_credit_to_invoice", "pay_with_credit"].includes(action)
      ? "credit action"
      : action;
  const out: Disagreement[] = [];
  const add = (field: string, path: string, lib: unknown, ref: unknown, type = "") =>
    out.push({ kind: `${field} | ${scope}${type ? ` | ${type}` : ""}`, path, library: lib, reference: ref });

  if ("threw" in library) {
    add("library threw", "", library.threw, reference.refused ? reference.problems : "decided");
    return out;
  }
  if (library.refused || reference.refused) {
    if (library.refused !== reference.refused) {
      const why = reference.refused ? reference.problems.map((p) => `${p.path}:${p.code}`) : "decided";
      const libraryCodes = library.refused ? [...new Set(library.codes.map((c) => c.replace(/^.*:/, "")))].join(",") : "";
      add(library.refused ? `refused by library only (${libraryCodes})` : `refused by reference only (${reference.refused ? reference.problems.map((p) => p.code).join(",") : ""})`, "", library.refused ? library.codes : "decided", why);
    }
    return out;
  }
  const lib = library.decision;
  const ref = reference.decision;
  // What replay needs beside the policy: the library's version and a digest of the options, in their forms
  // (the reference does not recompute the digest; test/policy-over-time pins what it tells apart).
  const { library: libraryVersion, options: digest, ...policy } = lib.policy as typeof lib.policy & { library: string; options: string };
  if (!/^\d+\.\d+\.\d+/.test(libraryVersion) || !/^sha256:[0-9a-f]{64}$/.test(digest)) add("policy.replay", "policy", lib.policy, "a library version and a sha256 options digest");
  const digests = (lib as { digests?: { request?: string; decision?: string } }).digests;
  if (!/^sha256:[0-9a-f]{64}$/.test(digests?.request ?? "") || !/^sha256:[0-9a-f]{64}$/.test(digests?.decision ?? "")) add("digests", "digests", digests, "sha256 digests of the request and the decision");
  if (!same(policy, ref.policy)) add("policy", "policy", policy, ref.policy);
  for (const field of ["asOf", "action", "status", "outcome", "currency", "total"] as const) {
    if (!same(lib[field], ref[field])) add(field, field, lib[field], ref[field]);
  }
  if (lib.lines.length !== ref.lines.length) add("lines.length", "lines", lib.lines.length, ref.lines.length);
  ref.lines.forEach((refLine, i) => {
    const libLine = lib.lines[i];
    if (libLine === undefined) return;
    for (const field of ["itemId", "type", "outcome", "clause", "refund", "calculation", "reason", "developer", "label", "ref"] as const) {
      if (!same(libLine[field], refLine[field])) add(`lines[].${field}`, `lines[${i}].${field}`, libLine[field], refLine[field], refLine.type);
    }
  });
  // Notices compared code by code, so that one cause is one kind.
  for (const code of new Set([...codes(lib.notices), ...codes(ref.notices)])) {
    const libOnes = lib.notices.filter((n) => n.code === code);
    const refOnes = ref.notices.filter((n) => n.code === code);
    if (same(libOnes, refOnes)) continue;
    const what = libOnes.length > refOnes.length ? "extra" : libOnes.length < refOnes.length ? "missing" : "content";
    // Account-wide notices do not depend on the action: one kind for all of them.
    if (code === "billing.access-may-be-barred" || code === "taxes.exclusive") out.push({ kind: `notices ${code} ${what}`, path: "notices", library: libOnes, reference: refOnes });
    else add(`notices ${code} ${what}`, "notices", libOnes, refOnes);
  }
  if (same(lib.notices.map((n) => canonical(n)).sort(), ref.notices.map((n) => canonical(n)).sort()) && !same(lib.notices, ref.notices)) {
    add("notices order", "notices", lib.notices, ref.notices);
  }
  if (!same(lib.effects, ref.effects)) {
    const what = lib.effects.length === ref.effects.length ? "dates or items" : lib.effects.length < ref.effects.length ? "missing" : "extra";
    const clauses = [...new Set([...lib.effects, ...ref.effects].map((e) => e.clause))].join(",");
    add(`effects ${what} (${clauses})`, "effects", lib.effects, ref.effects);
  }
  if (!same(libraryCalls, referenceCalls)) add("custom evaluator calls", "options.marketplace[*].evaluate", libraryCalls, referenceCalls);
  return out;
}
