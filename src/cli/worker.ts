/**
 * The worker threads' entry (dist/cli-worker.js): tinypool calls the default export
 * with one chunk at a time, and the chunk's output bytes move back to the main thread
 * without a copy.
 */
import Tinypool from "tinypool";
import { type ChunkTask, runChunk } from "./chunk.js";

/**
 * Runs one chunk in a worker thread; the answer's output buffer is transferred, not copied.
 *
 * @example
 * ```ts
 * // new Tinypool({ filename: new URL("./cli-worker.js", import.meta.url).href }).run(task)
 * ```
 */
export default function work(task: ChunkTask): object {
  const result = runChunk(task);
  // tinypool's own way to hand back an answer whose buffer moves: an object naming the
  // transferable and the value, marked with `Tinypool.move`.
  return Tinypool.move({ [Tinypool.transferableSymbol]: result.output.buffer, [Tinypool.valueSymbol]: result } as never);
}
