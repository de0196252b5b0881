// `npm run size`: the bundle budgets, min+gzip, per import path, about 5 % over the sizes measured once
// issues 20-23 and 25 were merged (the decision's digests bring SHA-256 and canonical JSON: evaluateRefund 30.09 kB).
// One entry per shipped language follows from the catalog folder (scripts/entries.mjs), so a new
// language is measured without a second list to keep.
import { localeExportName, localeTags } from "./scripts/entries.mjs";

const own = { ignore: ["decimal.js", "@date-fns/tz", "@noble/hashes"], gzip: true };
const preview = "{ evaluateRefund, explain }";

export default [
  { name: "evaluateRefund with its dependencies (min+gzip)", path: "dist/index.js", import: "{ evaluateRefund }", gzip: true, limit: "31.6 kB" },
  { name: "evaluateRefund + explain in English, the preview path (min+gzip)", path: "dist/index.js", import: preview, gzip: true, limit: "35.1 kB" },
  // Each language beside the preview path; the largest (Russian, Cyrillic: 38.0 kB) sets the one budget.
  ...localeTags().map((tag) => ({
    name: `the preview path + locale/${tag} (min+gzip)`,
    path: ["dist/index.js", `dist/locale/${tag}.js`],
    import: { "dist/index.js": preview, [`dist/locale/${tag}.js`]: `{ ${localeExportName(tag)} }` },
    gzip: true,
    limit: "39.9 kB",
  })),
  { name: "the preview path + explainProblems, English (min+gzip)", path: "dist/index.js", import: "{ evaluateRefund, explain, explainProblems }", gzip: true, limit: "37 kB" },
  { name: "evaluateRefund + settleRefund with their dependencies (min+gzip)", path: "dist/index.js", import: "{ evaluateRefund, settleRefund }", gzip: true, limit: "36.3 kB" },
  { name: "own code only, evaluateRefund (min+gzip)", path: "dist/index.js", import: "{ evaluateRefund }", ...own, limit: "15 kB" },
  { name: "refund-policy/einvoice, toUblCreditNote (min+gzip)", path: "dist/einvoice.js", import: "{ toUblCreditNote }", gzip: true, limit: "10 kB" },
  { name: "refund-policy/testing, own code (min+gzip)", path: "dist/testing.js", import: "*", ...own, limit: "3.85 kB" },
  { name: "refund-policy/rules, the whole kit, own code (min+gzip)", path: "dist/rules.js", import: "*", ...own, limit: "8.7 kB" },
];
