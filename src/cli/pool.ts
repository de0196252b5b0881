/**
 * The ordered pipeline behind `evaluate --ndjson`, `compare` and `verify`: input bytes
 * are cut into chunks of whole lines, each chunk goes to a worker thread (a tinypool
 * pool, one thread per core), and the answers are handed on in input order. Chunks move
 * between threads as bytes, transferred rather than copied, and the main thread never
 * decodes or encodes a line. At most two chunks per worker are in flight, so memory stays
 * flat however long the input. Line-buffered (`--line-buffered`), there is no pool: each line is a
 * chunk of its own, decided in the main thread as soon as it has come, and answered before the next.
 */
import { once } from "node:events";
import { createReadStream } from "node:fs";
import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import { type ChunkResult, type ChunkTask, OVERSIZED_LINE, runChunk } from "./chunk.js";
import { type InputKind, REQUESTS_INPUT, unreadable } from "./input.js";
import { LIMITS } from "../validate/reader.js";
import { isStopping } from "./cleanup.js";

/** Bytes of input per chunk: a few hundred lines, so a message to a worker carries real work. */
const CHUNK_BYTES = 512 * 1024;

/**
 * The pipeline's mode for a co-process (`--line-buffered`): no worker threads, one line per chunk,
 * each answered as soon as it is decided.
 *
 * @example
 * ```ts
 * await runPipeline("-", (lines, firstLine) => ({ kind: "evaluate", lines, firstLine }), LINE_BUFFERED, (r) => process.stdout.write(r.output));
 * ```
 */
export const LINE_BUFFERED = "line-buffered";

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
 * Streams `source` (a file, or `-` for stdin) through `workers` threads (one thread
 * of its own even when 1), one chunk of whole lines at a time; `onResult` gets each chunk's answer
 * in input order and may wait (for a drain) before the next is handed on. With `"line-buffered"`
 * instead of a count, each line is decided in the main thread as soon as it has come (a co-process).
 *
 * @example
 * ```ts
 * await runPipeline("requests.ndjson", (lines, firstLine) => ({ kind: "evaluate", lines, firstLine }), 2, (r) => process.stdout.write(r.output));
 * ```
 */
export async function runPipeline(
  source: string,
  makeTask: (lines: Uint8Array, firstLine: number) => ChunkTask,
  workers: number | typeof LINE_BUFFERED,
  onResult: (result: ChunkResult) => unknown,
  kind: InputKind = REQUESTS_INPUT,
): Promise<void> {
  // Line-buffered, a chunk is one line: the first newline after one byte ends it. Its answer is handed
  // on before the next read (at most one chunk in flight, in-process), so a parent waiting for it gets it.
  const chunkBytes = workers === LINE_BUFFERED ? 1 : CHUNK_BYTES;
  // Even one worker is a thread of its own: a line that exhausts the heap ends that thread, and the run
  // with a JSON error (exit 1), never the process with a V8 abort.
  const pool =
    workers !== LINE_BUFFERED && workers >= 1
      ? new Tinypool({
          filename: new URL("./cli-worker.js", import.meta.url).href,
          minThreads: workers,
          maxThreads: workers,
          idleTimeout: 60_000,
          resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        })
      : undefined;
  // The chunk's bytes are the worker's from here on: transferred, not copied.
  const run = (task: ChunkTask): Promise<ChunkResult> =>
    pool === undefined ? Promise.resolve(runChunk(task)) : (pool.run(task, { transferList: [task.lines.buffer as ArrayBuffer] }) as Promise<ChunkResult>);
  const inFlight: Promise<ChunkResult>[] = [];
  const maxInFlight = pool === undefined ? 1 : Math.max(1, (workers as number) * 2);
  let nextLine = 1;

  const submit = async (lines: Uint8Array): Promise<void> => {
    const task = makeTask(lines, nextLine);
    for (let i = lines.indexOf(NEWLINE); i !== -1; i = lines.indexOf(NEWLINE, i + 1)) nextLine++;
    const answer = run(task);
    answer.catch(() => undefined); // awaited in order below; this only keeps a failure from being reported twice
    inFlight.push(answer);
    while (inFlight.length >= maxInFlight) await onResult(await inFlight.shift()!);
  };

  try {
    const input = source === "-" ? process.stdin : createReadStream(source, { highWaterMark: 1 << 20 });
    const reads = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    const pending = new Pending();
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await reads.next();
      } catch (error) {
        throw unreadable(source, kind, error);
      }
      if (next.done === true) break;
      pending.add(next.value);
      for (let lines = pending.takeLines(chunkBytes); lines !== undefined; lines = pending.takeLines(chunkBytes)) await submit(lines);
    }
    const rest = pending.takeAll();
    if (rest !== undefined) await submit(rest);
    while (inFlight.length > 0) await onResult(await inFlight.shift()!);
  } finally {
    await pool?.destroy();
  }
}

const NEWLINE = 10;

/** The longest line read, in bytes: a request's own size limit (docs/SECURITY.md). */
export const MAX_LINE_BYTES = LIMITS.maxRequestSize;

/** Bytes read and not yet handed on: whole lines are taken off the front, each into a buffer of its own. */
class Pending {
  #reads: Buffer[] = [];
  length = 0;
  /** Whether a newline is pending: a line longer than a chunk is joined once, when its end has come, not at every read. */
  #newline = false;
  /** Bytes since the last newline: the line being read. */
  #tail = 0;
  /** Bytes of an oversized line dropped so far, while its end has not come (`undefined`: none is being dropped). */
  #dropped: number | undefined;

  add(read: Buffer): void {
    if (this.#dropped !== undefined) {
      const end = read.indexOf(NEWLINE);
      if (end === -1) {
        this.#dropped += read.length;
        return;
      }
      this.#push(this.#marker(this.#dropped + end));
      this.#dropped = undefined;
      read = read.subarray(end);
    }
    this.#push(read);
    const last = read.lastIndexOf(NEWLINE);
    this.#tail = last === -1 ? this.#tail + read.length : read.length - last - 1;
    if (this.#tail > MAX_LINE_BYTES) {
      // The line being read is too long: the whole lines before it stay, its bytes go, and so will the rest of it.
      const all = Buffer.concat(this.#reads, this.length);
      const kept = all.subarray(0, all.length - this.#tail);
      this.#dropped = this.#tail;
      this.#reads = kept.length === 0 ? [] : [kept];
      this.length = kept.length;
      this.#newline = kept.includes(NEWLINE);
      this.#tail = 0;
    }
  }

  #push(read: Buffer): void {
    this.#reads.push(read);
    this.length += read.length;
    this.#newline ||= read.includes(NEWLINE);
  }

  #marker(bytes: number): Buffer {
    return Buffer.from(`${OVERSIZED_LINE}${bytes}`, "utf8");
  }

  /**
   * The whole lines in about the first `size` bytes (up to the last newline in them, or the
   * first one after), in a buffer of their own (one that can be transferred); `undefined`
   * until `size` bytes are pending, and while no newline has come.
   */
  takeLines(size: number): Uint8Array | undefined {
    if (this.length < size || !this.#newline) return undefined;
    const all = this.#reads.length === 1 ? this.#reads[0]! : Buffer.concat(this.#reads, this.length);
    let cut = all.lastIndexOf(NEWLINE, size - 1) + 1;
    if (cut === 0) cut = all.indexOf(NEWLINE, size) + 1;
    const rest = all.subarray(cut);
    this.#reads = rest.length === 0 ? [] : [rest];
    this.length = rest.length;
    this.#newline = rest.includes(NEWLINE);
    return copy(all.subarray(0, cut));
  }

  /** Whatever is left (a last line without its newline), in a buffer of its own. */
  takeAll(): Uint8Array | undefined {
    if (this.#dropped !== undefined) {
      this.#push(this.#marker(this.#dropped));
      this.#dropped = undefined;
    }
    if (this.length === 0) return undefined;
    const all = copy(Buffer.concat(this.#reads, this.length));
    this.#reads = [];
    this.length = 0;
    return all;
  }
}

/**
 * `bytes` in a new buffer of exactly their size: Node's small Buffers share one pooled
 * buffer, which must never be transferred to another thread.
 */
function copy(bytes: Uint8Array): Uint8Array {
  const own = new Uint8Array(bytes.length);
  own.set(bytes);
  return own;
}

/**
 * Writes to a stream, waiting for it to drain when its buffer is full.
 *
 * @example
 * ```ts
 * await write(process.stdout, "{}\n");
 * ```
 */
export async function write(stream: NodeJS.WritableStream, output: string | Uint8Array): Promise<void> {
  // A signal is ending the run: what was written is whole lines, and nothing more is.
  if (isStopping()) return;
  if (output.length > 0 && !stream.write(output)) await once(stream, "drain");
}
