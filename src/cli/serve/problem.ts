/**
 * The service's failures as RFC 9457 problem details (`application/problem+json`): `type`, `title`,
 * `status`, `detail`, and `problems`, the library's own list (path, stable code, plain sentence,
 * `expected` where there is one), so a client reads a refused request the same way from the HTTP
 * service, the command line and the library.
 */
import type { ServerResponse } from "node:http";
import type { CliProblem } from "../report.js";

/** Every kind of failure the service answers with, by its problem type's last segment. */
export const PROBLEM_KINDS = {
  invalid_json: { status: 400, title: "Not valid JSON" },
  bad_request: { status: 400, title: "Not an HTTP/1.1 request" },
  not_found: { status: 404, title: "No such endpoint" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  timeout: { status: 408, title: "Request not received in time" },
  too_large: { status: 413, title: "Request body too large" },
  unsupported_media_type: { status: 415, title: "Unsupported content type" },
  headers_too_large: { status: 431, title: "Request headers too large" },
  invalid_request: { status: 422, title: "Request refused" },
  options_not_accepted: { status: 422, title: "Per-request options not accepted" },
  internal: { status: 500, title: "Internal error" },
  unavailable: { status: 503, title: "Service unavailable" },
} as const;

/** A kind of failure: `invalid_json`, `too_large`, `invalid_request`… */
export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** A problem's `type`: a URN, stable, never fetched (RFC 9457 §3.1.1: a type need not be dereferenceable). */
export function problemType(kind: ProblemKind): string {
  return `urn:refund-policy:problem:${kind}`;
}

/** A failure on its way to the client: its kind, the problems, and headers it calls for (`Allow`, `Retry-After`). */
export class HttpProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly problems: readonly CliProblem[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(problems.map((problem) => (problem.path === "" ? problem.message : `${problem.path}: ${problem.message}`)).join("; "));
  }

  get status(): number {
    return PROBLEM_KINDS[this.kind].status;
  }

  get title(): string {
    return PROBLEM_KINDS[this.kind].title;
  }

  /** The problem details object, as sent. */
  body(): { type: string; title: string; status: number; detail: string; problems: readonly CliProblem[] } {
    return { type: problemType(this.kind), title: this.title, status: this.status, detail: this.message, problems: this.problems };
  }
}

/** A failure with one problem. */
export function problem(kind: ProblemKind, path: string, code: string, message: string, headers?: Readonly<Record<string, string>>): HttpProblem {
  return new HttpProblem(kind, [{ path, code, message }], headers);
}

/**
 * A failure written straight to a socket, for a request Node's HTTP parser could not read (no response
 * object exists for it); the connection is closed after it.
 */
export function writeProblemToSocket(socket: { write(text: string): unknown; end(): unknown }, failure: HttpProblem): void {
  const text = `${JSON.stringify(failure.body(), null, 2)}\n`;
  socket.write(`HTTP/1.1 ${failure.status} ${failure.title}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`);
  socket.end();
}

/** Writes a failure: its status, `application/problem+json`, its headers; `close` ends the connection after it. */
export function sendProblem(response: ServerResponse, failure: HttpProblem, close = false): void {
  const text = `${JSON.stringify(failure.body(), null, 2)}\n`;
  response.writeHead(failure.status, {
    ...failure.headers,
    "content-type": "application/problem+json",
    "content-length": Buffer.byteLength(text),
    ...(close ? { connection: "close" } : {}),
  });
  response.end(text);
}
