const { readFileSync } = require("node:fs");
const lib = require("refund-policy");
const testing = require("refund-policy/testing");
const { de } = require("refund-policy/locale/de");

const request = JSON.parse(readFileSync(`${__dirname}/request.json`, "utf8"));
const decision = lib.evaluateRefund(request);
if (decision.total.gross !== "1420.86") throw new Error(`CJS: unexpected gross ${decision.total.gross}`);
testing.assertDecision(decision);
if (typeof require("refund-policy/einvoice").toUblCreditNote !== "function") throw new Error("CJS: refund-policy/einvoice has no toUblCreditNote");
if (!lib.explain(decision, { locale: de }).summary.startsWith("Teilerstattung")) throw new Error("CJS: explain in German failed");
// Every code entry the installed package.json exports, required by its subpath as a consumer would.
const pkg = require("refund-policy/package.json");
const subpaths = Object.keys(pkg.exports).filter((key) => typeof pkg.exports[key] === "object");
const exportsOf = (module) => Object.keys(module).filter((key) => key !== "default" && key !== "module.exports").sort();
const entries = Object.fromEntries(subpaths.map((subpath) => [subpath, exportsOf(require(`refund-policy${subpath.slice(1)}`))]));
console.log(JSON.stringify({ ...entries, decision }));
