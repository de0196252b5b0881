// Serves the repository on 127.0.0.1, opens the preview page in headless Chromium (Debian's package,
// driven by playwright-core) and checks what a customer sees: the page loads with no console errors,
// a filled form shows the expected estimate, and bad input shows the library's problems, not a crash.
import { createReadStream, statSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";

const root = resolve(new URL("..", import.meta.url).pathname);
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".css": "text/css", ".map": "application/json" };

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://localhost").pathname));
  let file = join(root, path);
  if (!file.startsWith(root)) return res.writeHead(403).end();
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
const url = `http://127.0.0.1:${server.address().port}/docs/examples/preview/`;

const profile = await mkdtemp(join(tmpdir(), "refund-preview-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1000, height: 720 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
});
const failures = [];
try {
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__rendered >= 1);
  const expect = (label, actual, expected) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    else console.log(`ok - ${label}`);
  };

  // The contract's example as a customer would type it: an estimate for completion on 2026-06-15.
  await page.fill("input[name=expected]", "2026-06-15");
  await page.waitForFunction(() => window.__decision?.total.gross === "1420.86");
  expect("the estimate's gross", await page.textContent("#figure"), "€1,420.86");
  expect("the status", await page.textContent(".status"), "estimate");
  const german = await (async () => {
    await page.selectOption("select[name=locale]", "de");
    await page.waitForFunction(() => document.querySelector("#result p")?.textContent?.startsWith("Teilerstattung"));
    return page.textContent("#result p");
  })();
  expect("the German summary", german?.replace(/\s/g, " "), "Teilerstattung von 1.420,86 €, davon 226,86 € Steuern (vorläufig).");
  await page.selectOption("select[name=locale]", "en");
  await page.waitForFunction(() => document.querySelector("#result p")?.textContent?.startsWith("Partial"));
  await mkdir(join(root, "reports"), { recursive: true });
  await page.screenshot({ path: join(root, process.env.SCREENSHOT ?? "reports/preview.png"), fullPage: true });

  // Bad input: the library's problems are listed, nothing crashes.
  await page.fill("input[name=net]", "12.345");
  await page.fill("input[name=start]", "2026-02-30");
  await page.waitForSelector("#problems");
  const problems = await page.$$eval("#problems li", (items) => items.map((item) => item.textContent));
  expect("the problems listed", problems, [
    "items[0].period.start: must be a real calendar date YYYY-MM-DD (years 0001-9999) or an ISO 8601 instant with an offset, not \"2026-02-30\" (invalid_date)",
    "items[0].paid.net: has 3 decimals; the currency allows 2 (too_many_decimals)",
  ]);
  expect("console errors", errors, []);
} finally {
  await context.close();
  server.close();
  await rm(profile, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("browser smoke OK");
