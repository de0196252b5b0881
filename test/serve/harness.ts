// Starts the BUILT command line's service (`node dist/cli.js serve --port 0 …`) and reads its URL from the
// first line on stdout, as a client in another language would; each test stops its own service.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { request as httpRequest, Agent } from "node:http";
import { connect, type Socket } from "node:net";
import { once } from "node:events";
import type { RefundRequest } from "../../src/index.js";

const CLI = "dist/cli.js";

/** A running service: its URL, its process, what it wrote on stderr so far. */
export interface Running {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  stderr(): string;
  /** Resolves with the exit status (or the signal that ended it) once it has exited by itself. */
  exited(): Promise<number | string | null>;
  /** Sends a signal (SIGTERM by default) and resolves with the exit status. */
  stop(signal?: NodeJS.Signals): Promise<number | string | null>;
}

const started: Running[] = [];

/** Starts `serve --port 0` with the flags given. */
export async function serve(flags: readonly string[] = []): Promise<Running> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (\`npm test\` does)`);
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0", ...flags], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr!.setEncoding("utf8").on("data", (text: string) => (err += text));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  let out = "";
  child.stdout!.setEncoding("utf8");
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (text: string) => {
      out += text;
      if (out.includes("\n")) resolve(out.slice(0, out.indexOf("\n")));
    });
    void exited.then((code) => reject(new Error(`serve exited ${code} before printing its URL: ${err}`)));
  });
  const running: Running = {
    url,
    port: Number(new URL(url).port),
    child,
    stderr: () => err,
    exited: async () => (await exited) ?? child.signalCode,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      return code ?? child.signalCode;
    },
  };
  started.push(running);
  return running;
}

/** Stops every service still running (afterEach / afterAll). */
export async function stopAll(): Promise<void> {
  await Promise.all(started.splice(0).map((running) => running.stop("SIGKILL")));
}

/** A POST with a JSON (or other) body; the response's status, headers and text. */
export async function post(url: string, body: unknown, contentType = "application/json"): Promise<{ status: number; headers: Headers; text: string; json: () => any }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": contentType }, body: typeof body === "string" ? body : body instanceof Uint8Array ? new Blob([new Uint8Array(body)]) : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

/** A raw socket to the service, for what fetch will not do (a body that stalls, a connection kept idle). */
export async function socketTo(running: Running): Promise<Socket> {
  const socket = connect(running.port, "127.0.0.1");
  await once(socket, "connect");
  return socket;
}

/** Everything a socket receives until the server closes it. */
export async function readToClose(socket: Socket): Promise<string> {
  let text = "";
  socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
  await once(socket, "close");
  return text;
}

/** A request on a keep-alive agent: the status, body text, and the socket it went on (kept by the agent). */
export function viaAgent(agent: Agent, url: string, method = "GET"): Promise<{ status: number; text: string; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { agent, method }, (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      response.on("end", () => setImmediate(() => resolve({ status: response.statusCode!, text, socket: request.socket as Socket })));
    });
    request.on("error", reject);
    request.end();
  });
}

/** A request from docs/examples. */
export const example = (name: string): RefundRequest => JSON.parse(readFileSync(`docs/examples/${name}`, "utf8")) as RefundRequest;

/** Spawning Node processes on a loaded 2-core machine takes a while. */
export const SLOW = { timeout: 60_000 } as const;
