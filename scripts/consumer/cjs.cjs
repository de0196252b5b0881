const { readFileSync } = require("node:fs");
const lib = require("refund-policy");
const testing = require("refund-policy/testing");

const request = JSON.parse(readFileSync(`${__dirname}/request.json`, "utf8"));
const decision = lib.evaluateRefund(request);
if (decision.total.gross !== "1420.86") throw new Error(`CJS: unexpected gross ${decision.total.gross}`);
testing.assertDecision(decision);
const exportsOf = (module) => Object.keys(module).filter((key) => key !== "default" && key !== "module.exports").sort();
console.log(JSON.stringify({ root: exportsOf(lib), testing: exportsOf(testing), decision }));
