/**
 * The ordered pipeline behind `evaluate --ndjson`, `compare` and `verify`: input lines
 * are cut into chunks of whole lines, each chunk goes to a worker thread (a tinypool
 * pool, one thread per core), and the answers are handed on in input order. At most
 * two chunks per worker are in flight, so memory stays flat however long the input.
 */
import { once } from "node:events";
import { createReadStream } from "node:fs";
import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import { type ChunkResult, type ChunkTask, runChunk } from "./chunk.js";
import { REQUEST_INPUT, unreadable, withoutBom } from "./input.js";

/** Bytes of input per chunk: a few hundred lines, so a message to a worker carries real work. */
const CHUNK_BYTES = 128 * 1024;

/**
 * A worker's young generation, in MB: V8's default (48 MB on 64-bit) times three isolates put a
 * million-request `compare` near 280 MB peak RSS; 16 MB measured about 30 MB less, at no cost in CPU.
 */
const YOUNG_GENERATION_MB = 16;

/**
 * How many worker threads to use by default: one per core the machine has.
 *
 * @example
 * ```ts
 * defaultWorkers(); // 2 on a two-core machine
 * ```
 */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Streams `source` (a file, or `-` for stdin) through `workers` threads (in-process
 * when 1), one chunk of whole lines at a time; `onResult` gets each chunk's answer
 * in input order and may wait (for a drain) before the next is handed on.
 *
 * @example
 * ```ts
 * await runPipeline("requests.ndjson", (text, firstLine) => ({ kind: "evaluate", text, firstLine }), 2, (r) => process.stdout.write(r.output));
 * ```
 */
export async function runPipeline(
  source: string,
  makeTask: (text: string, firstLine: number) => ChunkTask,
  workers: number,
  onResult: (result: ChunkResult) => unknown,
): Promise<void> {
  const pool =
    workers > 1
      ? new Tinypool({
          filename: new URL("./cli-worker.js", import.meta.url).href,
          minThreads: workers,
          maxThreads: workers,
          idleTimeout: 60_000,
          resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        })
      : undefined;
  const run = (task: ChunkTask): Promise<ChunkResult> => (pool === undefined ? Promise.resolve(runChunk(task)) : (pool.run(task) as Promise<ChunkResult>));
  const inFlight: Promise<ChunkResult>[] = [];
  const maxInFlight = Math.max(1, workers * 2);
  let nextLine = 1;

  const submit = async (text: string): Promise<void> => {
    const task = makeTask(text, nextLine);
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) nextLine++;
    const answer = run(task);
    answer.catch(() => undefined); // awaited in order below; this only keeps a failure from being reported twice
    inFlight.push(answer);
    while (inFlight.length >= maxInFlight) await onResult(await inFlight.shift()!);
  };

  try {
    const input = source === "-" ? process.stdin : createReadStream(source, { highWaterMark: 1 << 20 });
    input.setEncoding("utf8");
    const chunks = (input as AsyncIterable<string>)[Symbol.asyncIterator]();
    let pending = "";
    for (let first = true; ; first = false) {
      let next: IteratorResult<string>;
      try {
        next = await chunks.next();
      } catch (error) {
        throw unreadable(source, REQUEST_INPUT, error);
      }
      if (next.done === true) break;
      // A byte-order mark at the start of the input is no part of the first line.
      pending += first ? withoutBom(next.value) : next.value;
      if (pending.length < CHUNK_BYTES) continue;
      const cut = pending.lastIndexOf("\n") + 1;
      if (cut === 0) continue;
      const text = pending.slice(0, cut);
      pending = pending.slice(cut);
      await submit(text);
    }
    if (pending !== "") await submit(pending);
    while (inFlight.length > 0) await onResult(await inFlight.shift()!);
  } finally {
    await pool?.destroy();
  }
}

/**
 * Writes to a stream, waiting for it to drain when its buffer is full.
 *
 * @example
 * ```ts
 * await write(process.stdout, "{}\n");
 * ```
 */
export async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text !== "" && !stream.write(text)) await once(stream, "drain");
}
