/**
 * The worker threads' entry (dist/cli-worker.js): tinypool calls the default export
 * with one chunk at a time.
 */
import { type ChunkResult, type ChunkTask, runChunk } from "./chunk.js";

/**
 * Runs one chunk in a worker thread.
 *
 * @example
 * ```ts
 * // new Tinypool({ filename: new URL("./cli-worker.js", import.meta.url).href }).run(task)
 * ```
 */
export default function work(task: ChunkTask): ChunkResult {
  return runChunk(task);
}
