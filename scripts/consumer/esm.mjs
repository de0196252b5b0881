import { readFileSync } from "node:fs";
import { evaluateRefund, explain, RefundPolicyError } from "refund-policy";
import * as lib from "refund-policy";
import * as testing from "refund-policy/testing";
import * as localeDe from "refund-policy/locale/de";
import * as localeEs from "refund-policy/locale/es";
import * as localePtBR from "refund-policy/locale/pt-BR";
import * as localeFr from "refund-policy/locale/fr";
import * as localeRu from "refund-policy/locale/ru";

const request = JSON.parse(readFileSync(new URL("./request.json", import.meta.url), "utf8"));
const decision = evaluateRefund(request);
if (decision.total.gross !== "1420.86") throw new Error(`ESM: unexpected gross ${decision.total.gross}`);
if (!explain(decision, { locale: localeFr.fr }).summary.startsWith("Remboursement partiel")) throw new Error("ESM: explain in French failed");
try {
  evaluateRefund({});
  throw new Error("ESM: a bad request was accepted");
} catch (error) {
  if (!(error instanceof RefundPolicyError)) throw error;
}
testing.assertDecision(evaluateRefund(testing.migrationRequest({ completedOn: "2026-06-15" }, testing.subscription())));
if (typeof (await import("refund-policy/einvoice")).toUblCreditNote !== "function") throw new Error("ESM: refund-policy/einvoice has no toUblCreditNote");
const exportsOf = (module) => Object.keys(module).filter((key) => key !== "default" && key !== "module.exports").sort();
const locales = { "locale/de": localeDe, "locale/es": localeEs, "locale/pt-BR": localePtBR, "locale/fr": localeFr, "locale/ru": localeRu };
const localeExports = Object.fromEntries(Object.entries(locales).map(([entry, module]) => [entry, exportsOf(module)]));
console.log(JSON.stringify({ root: exportsOf(lib), testing: exportsOf(testing), ...localeExports, decision }));
