// Stopping: SIGTERM (or SIGINT) stops taking connections, answers the requests in flight, closes idle
// keep-alive connections at once, and exits 0. And the start: the URL first, or a failure and its status.
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { Agent } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { example, readToClose, serve, socketTo, SLOW, stopAll, viaAgent } from "./harness.js";

afterEach(stopAll);

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });

describe("a graceful stop", SLOW, () => {
  it("on SIGTERM answers the request in flight, takes no new connection, and exits 0", async () => {
    const service = await serve();
    const socket = await socketTo(service);
    const answer = readToClose(socket);
    const body = JSON.stringify({ request: example("cancel.json") });
    socket.write(`POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 20)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    service.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await refused(service.port)).toBe(true);
    expect(service.child.exitCode).toBeNull();
    socket.write(body.slice(20));
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 200 /);
    expect(text).toMatch(/\r\nconnection: close\r\n/i);
    expect(JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4)).outcome).toBe("no_refund");
    expect(await service.exited()).toBe(0);
    expect(service.stderr()).toBe("");
  });

  it("closes an idle keep-alive connection at once, not after the keep-alive timeout, and exits 0 (SIGINT too)", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const service = await serve(["--keep-alive-timeout", "60000"]);
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const { status, socket } = await viaAgent(agent, `${service.url}/healthz`);
      expect(status).toBe(200);
      expect(socket.destroyed).toBe(false);
      const closed = once(socket, "close");
      const started = Date.now();
      service.child.kill(signal);
      await closed;
      expect(await service.exited()).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
      agent.destroy();
    }
  });
});

describe("keep-alive", SLOW, () => {
  it("keeps a connection for the next request, and closes it once idle for --keep-alive-timeout", async () => {
    const service = await serve(["--keep-alive-timeout", "300"]);
    const socket = await socketTo(service);
    const all = readToClose(socket);
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const started = Date.now();
    const text = await all;
    expect(text.match(/HTTP\/1\.1 200 /g)).toHaveLength(2);
    expect(text).toContain("Keep-Alive: timeout=0");
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});

describe("the start", SLOW, () => {
  const start = (flags: string[]) => spawnSync(process.execPath, ["dist/cli.js", "serve", ...flags], { encoding: "utf8", timeout: 20_000 });

  it("prints the URL it listens on as the first line", async () => {
    const service = await serve(["--host", "127.0.0.1"]);
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(service.port).toBeGreaterThan(0);
  });

  it("exits 1 (cannot_listen) when the port is taken", async () => {
    const service = await serve();
    const result = start(["--port", String(service.port)]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stderr).error).toMatchObject({ code: "cannot_listen", problems: [{ path: "--port", code: "cannot_listen" }] });
  });

  it("exits 2 before listening on flags or options it cannot use", () => {
    const port = start(["--port", "70000"]);
    expect(port.status).toBe(2);
    expect(JSON.parse(port.stderr).error.problems).toEqual([{ path: "--port", code: "unknown_value", message: '--port must be a whole number from 0 to 65,535, not "70000"' }]);
    expect(start(["--body-limit", "1MB"]).status).toBe(2);
    const options = start(["--options", "docs/examples/invalid.json"]);
    expect(options.status).toBe(2);
    expect(JSON.parse(options.stderr).error.code).toBe("invalid_options");
    const both = start(["--key-file", "package.json", "--signing-key-file", "package.json"]);
    expect(both.status).toBe(2);
    expect(start(["--signing-key-file", "/no/such/key"]).stderr).toContain('"path":"--signing-key-file"');
  });
});
