// npm run bench:ndjson [N] [--workers W]: N single-subscription requests (default 1,000,000) piped through
// `refund-policy evaluate - --ndjson` (on every core, or W worker threads); prints the wall time and the
// CLI's peak RSS (from /usr/bin/time).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";

const workersAt = process.argv.indexOf("--workers");
const workers = workersAt === -1 ? [] : ["--workers", process.argv[workersAt + 1]];
const count = Number(process.argv.slice(2).find((arg, i, args) => /^\d+$/.test(arg) && args[i - 1] !== "--workers") ?? 1_000_000);
const line = `${JSON.stringify({
  asOf: "2026-06-20",
  action: "migrate_to_on_premise",
  account: { id: "acct-42", currency: "EUR" },
  migration: { status: "completed", completedOn: "2026-06-15" },
  items: [{ id: "sub-1", type: "subscription", plan: "professional", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: { net: "2388.00", taxes: [{ code: "DE-VAT", rate: "0.19", amount: "453.72" }] } }],
})}\n`;
const timer = existsSync("/usr/bin/time") ? ["/usr/bin/time", ["-f", "%e %M", process.execPath]] : [process.execPath, []];
const started = performance.now();
const child = spawn(timer[0], [...timer[1], "dist/cli.js", "evaluate", "-", "--ndjson", ...workers], { stdio: ["pipe", "pipe", "pipe"] });
let outputLines = 0;
child.stdout.on("data", (chunk) => {
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outputLines++;
});
let stderr = "";
child.stderr.on("data", (chunk) => (stderr += chunk));
const batch = line.repeat(1_000);
for (let sent = 0; sent < count; sent += 1_000) {
  if (!child.stdin.write(sent + 1_000 <= count ? batch : line.repeat(count - sent))) await once(child.stdin, "drain");
}
child.stdin.end();
await once(child, "close");
const seconds = (performance.now() - started) / 1_000;
const [, rssKb] = stderr.trim().split("\n").pop().split(" ");
console.log(`${count.toLocaleString("en")} requests -> ${outputLines.toLocaleString("en")} decisions in ${seconds.toFixed(1)} s (${Math.round(count / seconds).toLocaleString("en")}/s); peak RSS ${rssKb ? `${(Number(rssKb) / 1024).toFixed(0)} MB` : "n/a"}`);
console.log(stderr.trim().split("\n").slice(0, -1).join("\n"));
