// The preview example (examples/preview/) as a frontend developer builds it, checked in a browser:
//   1. pack the library (dist/ must be built) and install the tarball into a temporary copy of the example
//      (only the tarball is installed: vite and typescript come from this repository's node_modules);
//   2. type-check the example with the repository's tsc and `vite build` it;
//   3. serve the built dist/ on 127.0.0.1 and open it in Debian's chromium through playwright-core;
//   4. check from the DOM what a customer sees: the estimate €1,420.86, the German summary, the settlement of
//      the final figure over the example's ledger, and for a bad request each problem beside its field
//      (aria-invalid, aria-describedby); no console errors.
// The screenshot goes to reports/preview.png, or where SCREENSHOT says (SCREENSHOT=docs/preview.png
// refreshes the README's image).
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const root = resolve(new URL("..", import.meta.url).pathname);
if (!existsSync(join(root, "dist/index.js"))) {
  console.error("dist/ is missing: run npm run build first");
  process.exit(1);
}
const work = await mkdtemp(join(tmpdir(), "refund-preview-"));
const app = join(work, "app");
const bin = (name) => join(root, "node_modules/.bin", name);
const run = (command, args, cwd, capture = false) => execFileSync(command, args, { cwd, stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"], encoding: "utf8" });

const failures = [];
let server;
let context;
try {
  // 1. The example with the packed library, as an application gets it.
  const tarball = run("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", work], root, true).trim().split("\n").pop();
  await cp(join(root, "examples/preview"), app, { recursive: true, filter: (path) => !/[/\\](node_modules|dist)$|\.tgz$/.test(path) });
  const manifest = JSON.parse(readFileSync(join(app, "package.json"), "utf8"));
  delete manifest.devDependencies; // vite and typescript: the repository's
  manifest.dependencies["refund-policy"] = `file:${join(work, tarball)}`;
  writeFileSync(join(app, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", "--silent"], app);
  console.log(`ok - packed ${tarball} and installed it into the example (${elapsed()})`);

  // 2. Type-check and build.
  run(bin("tsc"), ["-p", join(app, "tsconfig.json")], app);
  run(bin("vite"), ["build", app, "--logLevel", "warn"], app);
  console.log(`ok - the example type-checks and builds with vite (${elapsed()})`);

  // 3. Serve the build.
  const site = join(app, "dist");
  const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
  server = createServer((req, res) => {
    let file = join(site, normalize(decodeURIComponent(new URL(req.url, "http://localhost").pathname)));
    if (!file.startsWith(site)) return res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise((ready) => server.listen(0, "127.0.0.1", ready));

  // 4. What a customer sees.
  context = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 900, height: 600 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  const expect = (label, actual, expected) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    else console.log(`ok - ${label}`);
  };
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const result = page.getByRole("status", { name: "Refund estimate" });

  // The form's defaults: a yearly subscription, migration expected on 2026-06-30.
  await result.locator(".figure").waitFor();
  expect("the estimate's gross", await result.locator(".figure").textContent(), "€1,420.86");
  expect("the status", [await result.getAttribute("data-status"), await result.locator(".status").textContent()], ["estimate", "Estimate"]);
  expect(
    "the English summary",
    await result.locator(".summary").textContent(),
    "Partial refund of €1,420.86, including €226.86 tax (an estimate).",
  );
  const settlement = page.getByRole("region", { name: "Settlement" });
  // The credit note's id is the plan's (a hash of the ledger): its sentence is checked around it.
  const settled = await settlement.locator("li").allTextContents();
  expect(
    "the settlement of the final figure, over the example's ledger",
    settled.map((text) => text.replace(/^Credit note \S+ /, "Credit note … ")),
    [
      "€852.52 back to the card payment ch_2 (invoice INV-2026-0001).",
      "€568.34 back to the card payment ch_1 (invoice INV-2026-0001).",
      "Credit note … for invoice INV-2026-0001 of January 1, 2026: €1,420.86, including €226.86 tax.",
    ],
  );
  await mkdir(join(root, "reports"), { recursive: true });
  await page.locator("main").screenshot({ path: join(root, process.env.SCREENSHOT ?? "reports/preview.png") });

  await page.getByRole("combobox", { name: "Language" }).selectOption("de");
  await result.locator('.summary:text-matches("^Teilerstattung")').waitFor();
  expect(
    "the German summary",
    await result.locator(".summary").textContent(),
    "Teilerstattung von 1.420,86\u00a0€, davon 226,86\u00a0€ Steuern (vorläufig).",
  );
  expect("the German figure", await result.locator(".figure").textContent(), "1.420,86\u00a0€");
  expect("the German settlement", (await page.getByRole("region", { name: "Settlement" }).locator("li").first().textContent()).replace(/\s/g, " "), "852,52 € zurück auf die Kartenzahlung ch_2 (Rechnung INV-2026-0001).");
  await page.getByRole("combobox", { name: "Language" }).selectOption("en");

  // A bad request: no figure; each problem beside its field.
  await page.getByRole("textbox", { name: "Amount paid, net" }).fill("12.345");
  await page.getByRole("textbox", { name: "Period start" }).fill("2026-02-30");
  await page.locator('#result[data-status="invalid"]').waitFor();
  expect("no figure for a bad request", await result.locator(".figure").count(), 0);
  expect("no settlement for a bad request", await page.getByRole("region", { name: "Settlement" }).count(), 0);
  expect("the problem count", await result.locator(".summary").textContent(), "The request has 2 problems: see the marked fields.");
  const beside = await page.$$eval("form .field", (fields) =>
    fields
      .map((field) => {
        const control = field.querySelector("input, select");
        const note = field.querySelector(".problem");
        return { field: control.name, invalid: control.getAttribute("aria-invalid"), describedBy: control.getAttribute("aria-describedby") === note?.id, code: note?.dataset.code, text: note?.textContent };
      })
      .filter((entry) => entry.invalid !== null || entry.text !== undefined),
  );
  expect("the problems beside their fields", beside, [
    {
      field: "start",
      invalid: "true",
      describedBy: true,
      code: "invalid_date",
      text: "This is not a real calendar date (YYYY-MM-DD).",
    },
    { field: "net", invalid: "true", describedBy: true, code: "too_many_decimals", text: "This has more decimals than the currency allows." },
  ]);

  // Fixed again: the problems go, the figure comes back.
  await page.getByRole("textbox", { name: "Amount paid, net" }).fill("2388.00");
  await page.getByRole("textbox", { name: "Period start" }).fill("2026-01-01");
  await result.locator(".figure").waitFor();
  expect("the problems cleared once fixed", [await page.locator("form .problem").count(), await page.locator("form [aria-invalid]").count()], [0, 0]);
  expect("console errors", errors, []);
} finally {
  await context?.close();
  server?.close();
  await rm(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(`browser smoke OK in ${elapsed()}`);
