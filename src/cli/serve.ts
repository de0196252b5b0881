/**
 * `refund-policy serve [--host h] [--port n] …`: the library as an HTTP/1.1 JSON service, for
 * back ends in other languages (docs/service.md). The first line on stdout is the URL it listens
 * on; SIGTERM or SIGINT stops it gracefully (in-flight requests answered, exit 0).
 */
import type { SettlementOptions } from "../contract/settlement.js";
import { LIBRARY_VERSION } from "../version.js";
import type { Command, CommandArgs, FlagSpec } from "./command.js";
import { OPTIONS_INPUT, readJson } from "./input.js";
import { checkedOptions } from "./ndjson.js";
import { CliFailure, EXIT, usage } from "./report.js";
import { Metrics } from "./serve/metrics.js";
import { openApiDocument, readSchemas } from "./serve/openapi.js";
import { makeServer, type Limits } from "./serve/server.js";
import { Service } from "./serve/service.js";
import { settlementOptionsProblems } from "./settle-chunk.js";
import { KEY_FILE_FLAG, signingKeyFrom } from "./signing.js";

/** The defaults of the limits (docs/service.md). */
export const SERVE_DEFAULTS = { host: "127.0.0.1", port: 8080, bodyLimit: 1_048_576, timeout: 30_000, maxConcurrent: 128, keepAliveTimeout: 5_000 } as const;

const whole = (placeholder: string, help: string): FlagSpec => ({ type: "string", placeholder, help });

/** `refund-policy serve`. */
export const serveCommand: Command & { readonly ownSignals: true } = {
  summary: "answer evaluate, explain, settle and verify over HTTP (JSON, NDJSON); prints its URL first; stops gracefully on SIGTERM",
  positionals: [],
  ownSignals: true,
  flags: {
    host: { type: "string", placeholder: "<host>", help: `the address to listen on (default ${SERVE_DEFAULTS.host}; 0.0.0.0 for every interface)` },
    port: whole("<n>", `the port (default ${SERVE_DEFAULTS.port}; 0 picks a free one)`),
    options: { type: "string", placeholder: "<file>", help: "JSON refund options every request is decided under" },
    "settle-options": { type: "string", placeholder: "<file>", help: "JSON settlement options every settlement is made under" },
    "signing-key-file": { ...KEY_FILE_FLAG, help: "a file holding a secret key: decisions are signed with it, and signed decisions checked (--key-file is the same flag)" },
    "key-file": KEY_FILE_FLAG,
    "allow-request-options": { type: "boolean", help: "a request's own options replace the service's (otherwise options that differ are refused, 422)" },
    "body-limit": whole("<bytes>", `the largest JSON body and NDJSON line (default ${SERVE_DEFAULTS.bodyLimit}, 1 MiB); over it is 413`),
    timeout: whole("<ms>", `time for a body to arrive whole, or between two reads of an NDJSON body (default ${SERVE_DEFAULTS.timeout}); after it 408`),
    "max-concurrent": whole("<n>", `POST requests answered at once (default ${SERVE_DEFAULTS.maxConcurrent}); one more is 503`),
    "keep-alive-timeout": whole("<ms>", `how long an idle keep-alive connection stays open (default ${SERVE_DEFAULTS.keepAliveTimeout})`),
  },
  async run({ flags }: CommandArgs): Promise<number> {
    const limits: Limits = {
      bodyLimit: wholeFlag(flags, "body-limit", SERVE_DEFAULTS.bodyLimit, 1, 32 * 1024 * 1024),
      timeout: wholeFlag(flags, "timeout", SERVE_DEFAULTS.timeout, 1, 3_600_000),
      maxConcurrent: wholeFlag(flags, "max-concurrent", SERVE_DEFAULTS.maxConcurrent, 1, 1_000_000),
      keepAliveTimeout: wholeFlag(flags, "keep-alive-timeout", SERVE_DEFAULTS.keepAliveTimeout, 0, 3_600_000),
    };
    const port = wholeFlag(flags, "port", SERVE_DEFAULTS.port, 0, 65_535);
    const host = typeof flags["host"] === "string" ? flags["host"] : SERVE_DEFAULTS.host;
    if (typeof flags["signing-key-file"] === "string" && typeof flags["key-file"] === "string") {
      throw usage("--key-file", "repeated", "--signing-key-file and --key-file are one flag: give it once");
    }
    const keyFlag = typeof flags["signing-key-file"] === "string" ? "--signing-key-file" : "--key-file";
    const options = checkedOptions(typeof flags["options"] === "string" ? await readJson(flags["options"], OPTIONS_INPUT) : undefined);
    const settleOptions = typeof flags["settle-options"] === "string" ? ((await readJson(flags["settle-options"], { ...OPTIONS_INPUT, what: "settlement options" })) as SettlementOptions) : undefined;
    const settleProblems = settlementOptionsProblems(settleOptions);
    if (settleProblems.length > 0) throw new CliFailure("invalid_options", settleProblems);
    const signingKey = await signingKeyFrom(flags["signing-key-file"] ?? flags["key-file"]).catch((error: unknown) => {
      if (error instanceof CliFailure) throw new CliFailure(error.code, error.problems.map((problem) => ({ ...problem, path: keyFlag })));
      throw error;
    });
    const openapi = `${JSON.stringify(openApiDocument(readSchemas(new URL("./schema/", import.meta.url)), LIBRARY_VERSION), null, 2)}\n`;
    const service = new Service({
      allowRequestOptions: flags["allow-request-options"] === true,
      ...(options === undefined ? {} : { options }),
      ...(settleOptions === undefined ? {} : { settleOptions }),
      ...(signingKey === undefined ? {} : { signingKey }),
    });
    const running = makeServer(service, new Metrics(), limits, () => openapi);
    await new Promise<void>((resolve, reject) => {
      running.server.once("error", (error: NodeJS.ErrnoException) =>
        reject(new CliFailure("cannot_listen", [{ path: "--port", code: "cannot_listen", message: `cannot listen on ${host}:${port}: ${error.message}` }])),
      );
      running.server.listen(port, host, () => resolve());
    });
    const address = running.server.address();
    const bound = typeof address === "object" && address !== null ? address.port : port;
    process.stdout.write(`http://${host.includes(":") ? `[${host}]` : host}:${bound}\n`);
    await stopOnSignal(running.stop, running.server, limits.timeout);
    return EXIT.decided;
  },
};

/** Resolves once a SIGTERM or SIGINT has stopped the service; a second signal, or `grace` ms, closes what is still open. */
function stopOnSignal(stop: () => Promise<void>, server: { closeAllConnections(): void }, grace: number): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (): void => {
      if (stopping) {
        server.closeAllConnections();
        return;
      }
      stopping = true;
      setTimeout(() => server.closeAllConnections(), grace).unref();
      // The handlers stay until the exit: a signal after the stop (a supervisor's second SIGTERM) changes no status.
      void stop().then(resolve);
    };
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
  });
}

/** A whole-number flag in its range, or its default. */
function wholeFlag(flags: CommandArgs["flags"], name: string, fallback: number, min: number, max: number): number {
  const value = flags[name];
  if (typeof value !== "string") return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw usage(`--${name}`, "unknown_value", `--${name} must be a whole number from ${min} to ${max.toLocaleString("en")}, not "${value}"`);
  }
  return number;
}
