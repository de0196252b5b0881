/**
 * `GET /metrics`: the service's counters in the Prometheus text format, kept by prom-client (a
 * devDependency bundled into dist/cli.js: the library's runtime dependencies stay as they are).
 * Its own registry, never the global one: requests by route and status, refusals (422s and
 * NDJSON lines refused), NDJSON lines decided, requests in flight, a latency histogram, and the
 * process's own metrics (memory, CPU, event-loop delay, garbage collection).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** The service's metrics, one registry per service. */
export class Metrics {
  readonly registry = new Registry();
  readonly #requests = new Counter({
    name: "refund_policy_http_requests_total",
    help: "HTTP requests answered, by route and status",
    labelNames: ["route", "status"] as const,
    registers: [this.registry],
  });
  readonly #refusals = new Counter({
    name: "refund_policy_refusals_total",
    help: "Requests refused (422) and NDJSON lines refused, by route",
    labelNames: ["route"] as const,
    registers: [this.registry],
  });
  readonly #lines = new Counter({
    name: "refund_policy_ndjson_lines_total",
    help: "NDJSON lines answered, by outcome (decided, refused)",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });
  readonly #duration = new Histogram({
    name: "refund_policy_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by route",
    labelNames: ["route"] as const,
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly inFlight = new Gauge({ name: "refund_policy_http_requests_in_flight", help: "Requests being answered", registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts one answered request: its route (`unmatched` for a path no route has), status and time in seconds. */
  answered(route: string, status: number, seconds: number): void {
    this.#requests.inc({ route, status: String(status) });
    this.#duration.observe({ route }, seconds);
    if (status === 422) this.#refusals.inc({ route });
  }

  /** Counts the lines of one NDJSON body. */
  lines(decided: number, refused: number): void {
    if (decided > 0) this.#lines.inc({ outcome: "decided" }, decided);
    if (refused > 0) {
      this.#lines.inc({ outcome: "refused" }, refused);
      this.#refusals.inc({ route: "/v1/evaluate" }, refused);
    }
  }

  /** The text format and its content type. */
  async render(): Promise<{ text: string; contentType: string }> {
    return { text: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}
