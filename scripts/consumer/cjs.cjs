const { readFileSync } = require("node:fs");
const lib = require("refund-policy");
const testing = require("refund-policy/testing");
const locales = Object.fromEntries(["de", "es", "pt-BR", "fr", "ru"].map((tag) => [`locale/${tag}`, require(`refund-policy/locale/${tag}`)]));

const request = JSON.parse(readFileSync(`${__dirname}/request.json`, "utf8"));
const decision = lib.evaluateRefund(request);
if (decision.total.gross !== "1420.86") throw new Error(`CJS: unexpected gross ${decision.total.gross}`);
testing.assertDecision(decision);
if (typeof require("refund-policy/einvoice").toUblCreditNote !== "function") throw new Error("CJS: refund-policy/einvoice has no toUblCreditNote");
if (!lib.explain(decision, { locale: locales["locale/de"].de }).summary.startsWith("Teilerstattung")) throw new Error("CJS: explain in German failed");
const exportsOf = (module) => Object.keys(module).filter((key) => key !== "default" && key !== "module.exports").sort();
const localeExports = Object.fromEntries(Object.entries(locales).map(([entry, module]) => [entry, exportsOf(module)]));
console.log(JSON.stringify({ root: exportsOf(lib), testing: exportsOf(testing), ...localeExports, decision }));
