import { readFileSync } from "node:fs";
import { evaluateRefund, explain, RefundPolicyError } from "refund-policy";
import * as lib from "refund-policy";
import * as testing from "refund-policy/testing";

const request = JSON.parse(readFileSync(new URL("./request.json", import.meta.url), "utf8"));
const decision = evaluateRefund(request);
if (decision.total.gross !== "1420.86") throw new Error(`ESM: unexpected gross ${decision.total.gross}`);
if (!explain(decision, { locale: "fr" }).summary.includes("1")) throw new Error("ESM: explain failed");
try {
  evaluateRefund({});
  throw new Error("ESM: a bad request was accepted");
} catch (error) {
  if (!(error instanceof RefundPolicyError)) throw error;
}
testing.assertDecision(evaluateRefund(testing.migrationRequest({ completedOn: "2026-06-15" }, testing.subscription())));
const exportsOf = (module) => Object.keys(module).filter((key) => key !== "default" && key !== "module.exports").sort();
console.log(JSON.stringify({ root: exportsOf(lib), testing: exportsOf(testing), decision }));
