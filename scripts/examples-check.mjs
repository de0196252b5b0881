#!/usr/bin/env node
// The clients in other languages against the built package (this repository's dist/, `npm run build` first):
// starts `refund-policy serve --port 0`, runs examples/python/client.py and examples/php/client.php against it
// and against the co-process (`--ndjson --line-buffered`), then stops the service with SIGTERM and expects exit 0.
// Any surprise of a client (a status, a figure, an answer missing) fails the run.
//
//   node scripts/examples-check.mjs             # python3 and php must be on PATH (.ci/run installs php-cli)
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { once } from "node:events";

const CLI = "dist/cli.js";
const START_MS = 30_000;
const STOP_MS = 15_000;
const CLIENTS = [
  ["python3", "examples/python/client.py"],
  ["php", "examples/php/client.php"],
];

function fail(message) {
  console.error(`examples-check: ${message}`);
  process.exit(1);
}

if (!existsSync(CLI)) fail(`${CLI} is missing: run \`npm run build\` first`);
for (const [program] of CLIENTS) {
  if (spawnSync(program, ["--version"], { stdio: "ignore" }).status !== 0) fail(`${program} is not on PATH (.ci/run installs it from Debian)`);
}

const service = spawn(process.execPath, [CLI, "serve", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
const exited = once(service, "exit");
const url = await new Promise((resolve) => {
  let text = "";
  const timer = setTimeout(() => resolve(undefined), START_MS);
  service.stdout.setEncoding("utf8").on("data", (chunk) => {
    text += chunk;
    const end = text.indexOf("\n");
    if (end !== -1) {
      clearTimeout(timer);
      resolve(text.slice(0, end).trim());
    }
  });
  service.on("exit", () => resolve(undefined));
});
if (url === undefined || !/^http:\/\/[^/]+/.test(url)) {
  service.kill("SIGKILL");
  fail(`refund-policy serve --port 0 gave no URL on its first line within ${START_MS / 1000} s`);
}
console.log(`service at ${url}`);

let failed = false;
for (const [program, client] of CLIENTS) {
  const started = Date.now();
  const result = spawnSync(program, [client, url], { stdio: "inherit", timeout: 120_000 });
  console.log(`${program} ${client}: exit ${result.status ?? result.signal} (${Date.now() - started} ms)\n`);
  if (result.status !== 0) failed = true;
}

service.kill("SIGTERM");
const timer = setTimeout(() => {
  service.kill("SIGKILL");
  fail(`the service did not stop within ${STOP_MS / 1000} s of SIGTERM`);
}, STOP_MS);
const [code, signal] = await exited;
clearTimeout(timer);
if (code !== 0) fail(`the service stopped with ${code ?? signal} after SIGTERM, not 0`);
console.log("service stopped on SIGTERM, exit 0");
if (failed) fail("a client found a surprise (above)");
console.log("examples-check: the PHP and Python clients agree with the service and the co-process");
