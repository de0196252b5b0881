/// <reference types="vite/client" />
// The sample requests of docs/examples, read through Vite so the suites run in Node and in the browser alike.
const json = import.meta.glob<unknown>("../../docs/examples/*.json", { eager: true, import: "default" });
const ndjson = import.meta.glob<string>("../../docs/examples/*.ndjson", { eager: true, query: "?raw", import: "default" });

const byName = <T>(files: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(files).map(([path, value]) => [path.slice(path.lastIndexOf("/") + 1), value]));

/** Every `docs/examples/*.json`, by file name (`cancel.json`), parsed. */
export const EXAMPLES: Readonly<Record<string, unknown>> = byName(json);
/** Every line of every `docs/examples/*.ndjson` that is JSON, parsed (the deliberate bad lines left out). */
export const BATCH_LINES: readonly unknown[] = Object.values(ndjson).flatMap((text) =>
  text.split("\n").flatMap((line) => {
    try {
      return line.trim() === "" ? [] : [JSON.parse(line) as unknown];
    } catch {
      return [];
    }
  }),
);
