import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { evaluateRefund, explain, RefundPolicyError } from "refund-policy";
import * as testing from "refund-policy/testing";
import { fr } from "refund-policy/locale/fr";

const request = JSON.parse(readFileSync(new URL("./request.json", import.meta.url), "utf8"));
const decision = evaluateRefund(request);
if (decision.total.gross !== "1420.86") throw new Error(`ESM: unexpected gross ${decision.total.gross}`);
if (!explain(decision, { locale: fr }).summary.startsWith("Remboursement partiel")) throw new Error("ESM: explain in French failed");
try {
  evaluateRefund({});
  throw new Error("ESM: a bad request was accepted");
} catch (error) {
  if (!(error instanceof RefundPolicyError)) throw error;
}
testing.assertDecision(evaluateRefund(testing.migrationRequest({ completedOn: "2026-06-15" }, testing.subscription())));
if (typeof (await import("refund-policy/einvoice")).toUblCreditNote !== "function") throw new Error("ESM: refund-policy/einvoice has no toUblCreditNote");
// Every code entry the installed package.json exports, imported by its subpath as a consumer would.
const pkg = createRequire(import.meta.url)("refund-policy/package.json");
const subpaths = Object.keys(pkg.exports).filter((key) => typeof pkg.exports[key] === "object");
const exportsOf = (module) => Object.keys(module).filter((key) => key !== "default" && key !== "module.exports").sort();
const entries = {};
for (const subpath of subpaths) entries[subpath] = exportsOf(await import(`refund-policy${subpath.slice(1)}`));
console.log(JSON.stringify({ ...entries, decision }));
