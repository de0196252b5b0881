/**
 * The HTTP server: Node's own `node:http` (no framework: see docs/service.md for the measurement),
 * the route table, the limits (body size, request timeout, requests in flight, keep-alive) and the
 * graceful stop (no new connections, in-flight requests answered, idle keep-alive connections closed).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import type { Duplex } from "node:stream";
import { bodyKind, parseBody, readBody } from "./body.js";
import type { Metrics } from "./metrics.js";
import { evaluateStream } from "./ndjson.js";
import { HttpProblem, problem, sendProblem, writeProblemToSocket } from "./problem.js";
import type { Service } from "./service.js";

/** The service's limits, each a flag of `serve` (defaults in docs/service.md). */
export interface Limits {
  /** Bytes of a JSON body (and of one NDJSON line); over it is 413. */
  readonly bodyLimit: number;
  /** Milliseconds a JSON body has to arrive whole (408 after), and an NDJSON body between two reads. */
  readonly timeout: number;
  /** POST requests answered at once; one more is 503 with `Retry-After`. */
  readonly maxConcurrent: number;
  /** Milliseconds an idle keep-alive connection is kept open. */
  readonly keepAliveTimeout: number;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/** A running service: its server, and the stop that answers what is in flight first. */
export interface RunningService {
  readonly server: Server;
  /** Stops taking requests, answers those in flight, closes idle connections; resolves once every connection is closed. */
  stop(): Promise<void>;
}

/**
 * Makes the server (not yet listening).
 *
 * @example
 * ```ts
 * const { server } = makeServer(new Service({ allowRequestOptions: false }), metrics, limits, openapi);
 * server.listen(0, "127.0.0.1");
 * ```
 */
export function makeServer(service: Service, metrics: Metrics, limits: Limits, openapi: () => string): RunningService {
  let stopping = false;
  let inFlight = 0;
  // Every response not yet finished: a stop marks those not yet begun to close their connection.
  const open = new Set<ServerResponse>();

  const answerJson = (response: ServerResponse, text: string, status = 200): void => {
    response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    response.end(text);
  };

  const jsonEndpoint =
    (work: (body: unknown) => string, ndjson = false): Handler =>
    async (request, response) => {
      const kind = bodyKind(request.headers["content-type"], ndjson);
      const timer = setTimeout(() => timedOut(response), limits.timeout);
      try {
        if (kind === "ndjson") {
          const counts = await evaluateStream(request, response, service, limits.bodyLimit, () => timer.refresh());
          metrics.lines(counts.decided, counts.refused);
          return;
        }
        const bytes = await readBody(request, limits.bodyLimit);
        clearTimeout(timer);
        answerJson(response, work(parseBody(bytes)));
      } finally {
        clearTimeout(timer);
      }
    };

  const routes: Record<string, Record<string, Handler>> = {
    "/v1/evaluate": { POST: jsonEndpoint((body) => service.evaluate(body), true) },
    "/v1/explain": { POST: jsonEndpoint((body) => service.explain(body)) },
    "/v1/settle": { POST: jsonEndpoint((body) => service.settle(body)) },
    "/v1/verify": { POST: jsonEndpoint((body) => service.verify(body)) },
    "/healthz": { GET: (_request, response) => answerJson(response, `${JSON.stringify({ status: stopping ? "stopping" : "ok" })}\n`, stopping ? 503 : 200) },
    "/v1/openapi.json": { GET: (_request, response) => answerJson(response, openapi()) },
    "/metrics": {
      GET: async (_request, response) => {
        const { text, contentType } = await metrics.render();
        response.writeHead(200, { "content-type": contentType, "content-length": Buffer.byteLength(text) });
        response.end(text);
      },
    },
  };

  const server = createServer({ keepAliveTimeout: limits.keepAliveTimeout, requestTimeout: 0 }, (request, response) => {
    const started = performance.now();
    const path = (request.url ?? "/").split("?")[0]!;
    const methods = Object.prototype.hasOwnProperty.call(routes, path) ? routes[path]! : undefined;
    const route = methods === undefined ? "unmatched" : path;
    const method = request.method === "HEAD" && methods?.["GET"] !== undefined ? "GET" : (request.method ?? "");
    const handler = methods?.[method];
    // POST requests count against --max-concurrent from when they are admitted until their answer is done.
    let admitted = false;
    // While stopping, every answer closes its connection: no request comes after it on that connection.
    if (stopping) response.setHeader("connection", "close");
    open.add(response);
    response.once("close", () => {
      open.delete(response);
      if (admitted) {
        inFlight--;
        metrics.inFlight.dec();
      }
      metrics.answered(route, response.statusCode, (performance.now() - started) / 1000);
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    const fail = (error: unknown): void => {
      const failure = error instanceof HttpProblem ? error : problem("internal", "", "internal", `the request could not be answered: ${error instanceof Error ? error.message : String(error)}`);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      // A body over the limit is not read to its end: its connection is closed after the answer. Any other
      // body left unread is dropped by Node once the answer is sent, and the connection kept.
      sendProblem(response, failure, failure.kind === "too_large" || failure.kind === "timeout");
    };
    if (methods === undefined) return fail(problem("not_found", "", "not_found", `no endpoint at ${path}; the endpoints are ${Object.keys(routes).join(", ")}`));
    if (handler === undefined) {
      const allowed = Object.keys(methods).flatMap((name) => (name === "GET" ? ["GET", "HEAD"] : [name]));
      return fail(problem("method_not_allowed", "", "method_not_allowed", `${path} answers ${allowed.join(", ")}, not ${request.method}`, { allow: allowed.join(", ") }));
    }
    if (method === "POST") {
      if (inFlight >= limits.maxConcurrent) {
        return fail(problem("unavailable", "", "busy", `${limits.maxConcurrent} requests are being answered (--max-concurrent); try again shortly`, { "retry-after": "1" }));
      }
      inFlight++;
      admitted = true;
      metrics.inFlight.inc();
    }
    try {
      const done = handler(request, response);
      if (done instanceof Promise) done.catch(fail);
    } catch (error) {
      fail(error);
    }
  });
  server.headersTimeout = Math.min(60_000, Math.max(limits.timeout, 1_000));
  // What Node's parser cannot read gets a problem too: 431 for headers over Node's limit (16 KiB), 408 for
  // headers that do not come in time, 400 for anything that is not HTTP/1.1.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const failure =
      error.code === "HPE_HEADER_OVERFLOW"
        ? problem("headers_too_large", "", "too_large", "the request's headers are larger than the service reads")
        : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? problem("timeout", "", "timeout", "the request's headers did not arrive in time")
          : problem("bad_request", "", "malformed", `the request is not HTTP/1.1 as the service reads it (${error.code ?? error.message})`);
    writeProblemToSocket(socket, failure);
  });

  const stop = (): Promise<void> => {
    stopping = true;
    for (const response of open) if (!response.headersSent) response.setHeader("connection", "close");
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    return closed;
  };
  return { server, stop };
}

/** A body that has not come whole in time: 408 if nothing was answered yet, and the connection closed. */
function timedOut(response: ServerResponse): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  sendProblem(response, problem("timeout", "", "timeout", "the request's body did not arrive in time (--timeout)"), true);
}
