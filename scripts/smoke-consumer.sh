#!/usr/bin/env bash
# Pack the library and check the tarball the way consumers meet it:
#   Node ESM import and CJS require (root and /testing) giving the same decisions and the same export lists,
#   the export lists equal to the committed scripts/consumer/exports.json (no export dropped by accident),
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
node -e '
const esm = JSON.parse(require("fs").readFileSync("esm.out", "utf8"));
const cjs = JSON.parse(require("fs").readFileSync("cjs.out", "utf8"));
const expected = JSON.parse(require("fs").readFileSync("exports.json", "utf8"));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const { decision: esmDecision, ...esmExports } = esm;
const { decision: cjsDecision, ...cjsExports } = cjs;
if (!same(esmExports, cjsExports)) { console.error("import and require export different names", esmExports, cjsExports); process.exit(1); }
if (!same(esmDecision, cjsDecision)) { console.error("import and require decide differently"); process.exit(1); }
if (process.env.UPDATE_EXPORTS) { require("fs").writeFileSync(process.env.UPDATE_EXPORTS, JSON.stringify(esmExports, null, 2) + "\n"); }
else if (!same(esmExports, expected)) { console.error("export list changed; expected", expected, "got", esmExports, "\nRun UPDATE_EXPORTS=$PWD/scripts/consumer/exports.json bash scripts/smoke-consumer.sh if intended."); process.exit(1); }
console.log("import/require: " + Object.entries(esmExports).map(([entry, names]) => entry + " " + names.length).join(", ") + " exports, same names, same decision");
'
# The JSON Schemas: each subpath resolves from CommonJS and imports from ESM, and parses as a draft 2020-12 schema.
node -e '
for (const name of ["request", "options", "decision"]) {
  const file = require.resolve(`refund-policy/schema/${name}.json`);
  const schema = JSON.parse(require("fs").readFileSync(file, "utf8"));
  if (schema.$schema !== "https://json-schema.org/draft/2020-12/schema" || ![schema.type].flat().includes("object")) { console.error(file, "is not a draft 2020-12 object schema"); process.exit(1); }
}
if (!require("refund-policy/schema/request.json").$defs.CurrencyCode.enum.includes("EUR")) process.exit(1);
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
