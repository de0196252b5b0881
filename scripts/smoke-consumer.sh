#!/usr/bin/env bash
# Pack the library and check the tarball the way consumers meet it:
#   Node ESM import and CJS require of every code entry in package.json giving the same decisions and the same
#   export lists, equal to those of the built dist/ (which `npm test` holds to its list, test/package/exports.test.ts),
#   tsc with moduleResolution node16 (.mts + .cts) and bundler, a Vite build of a page, and every relative
#   link of the installed README.md and docs/*.md naming a file inside node_modules/refund-policy.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# --pack-destination: `attw --pack .` deletes a same-named tarball in the cwd, so never pack into the repo root.
tgz="$(cd "$root" && npm pack --silent --pack-destination "$work")"
cp "$root"/scripts/consumer/* "$work"/
cp "$root"/docs/examples/migration-final.json "$work"/request.json
cd "$work"
echo '{ "name": "consumer", "version": "0.0.0", "private": true, "type": "module" }' > package.json
npm install --silent --no-audit --no-fund --ignore-scripts "./$tgz"

node esm.mjs > esm.out
node cjs.cjs > cjs.out
# What the built dist/ exports, entry by entry, to compare the tarball with.
(cd "$root" && node --input-type=module -e '
import { entries } from "./scripts/entries.mjs";
const names = {};
for (const { subpath, name } of entries()) names[subpath] = Object.keys(await import(`./dist/${name}.js`)).filter((key) => key !== "default").sort();
console.log(JSON.stringify(names));
') > built.out
node -e '
const read = (file) => JSON.parse(require("fs").readFileSync(file, "utf8"));
const [esm, cjs, built] = [read("esm.out"), read("cjs.out"), read("built.out")];
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const { decision: esmDecision, ...esmExports } = esm;
const { decision: cjsDecision, ...cjsExports } = cjs;
if (!same(esmExports, cjsExports)) { console.error("import and require export different names", esmExports, cjsExports); process.exit(1); }
if (!same(esmDecision, cjsDecision)) { console.error("import and require decide differently"); process.exit(1); }
if (!same(esmExports, built)) { console.error("the tarball exports other names than dist/; expected", built, "got", esmExports); process.exit(1); }
console.log("import/require: " + Object.entries(esmExports).map(([entry, names]) => entry + " " + names.length).join(", ") + " exports, same names as dist/, same decision");
'
# The JSON Schemas: each subpath resolves from CommonJS and imports from ESM, and parses as a draft 2020-12 schema.
node -e '
for (const name of ["request", "options", "decision"]) {
  const file = require.resolve(`refund-policy/schema/${name}.json`);
  const schema = JSON.parse(require("fs").readFileSync(file, "utf8"));
  if (schema.$schema !== "https://json-schema.org/draft/2020-12/schema" || ![schema.type].flat().includes("object")) { console.error(file, "is not a draft 2020-12 object schema"); process.exit(1); }
}
const currency = require("refund-policy/schema/request.json").$defs.CurrencyCode.anyOf; if (!currency[0].enum.includes("EUR") || !new RegExp(currency[1].pattern).test("eur")) process.exit(1);
'
node --input-type=module -e '
import request from "refund-policy/schema/request.json" with { type: "json" };
if (!request.required.includes("items")) process.exit(1);
console.log("schemas: refund-policy/schema/{request,options,decision}.json resolve, import and parse");
'
tsc="$root/node_modules/.bin/tsc"
"$tsc" -p tsconfig.node16.json
"$tsc" -p tsconfig.bundler.json
"$root/node_modules/.bin/vite" build --logLevel warn --outDir vite-dist . 
grep -q "evaluateRefund\|migrate_to_on_premise" vite-dist/assets/*.js
node "$root/scripts/doc-links.mjs" node_modules/refund-policy
test -f node_modules/refund-policy/LICENSE
echo "consumer smoke OK ($("$tsc" -v), vite $("$root/node_modules/.bin/vite" --version | cut -d' ' -f1))"
