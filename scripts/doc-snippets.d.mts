export interface Snippet { id: string; file: string; line: number; flags: string[]; code: string }
export interface SnippetReport {
  id: string;
  flags: string[];
  /** How many `// =>` results the block shows. */
  assertions: number;
  typeErrors: string[];
  /** null: marked no-run. */
  run: null | {
    ran: boolean;
    error: string | null;
    shown: { where: string; ok: boolean; actual: string; expected: string }[];
    tests: { name: string; ok: boolean; error?: string }[];
  };
}
/** The ```ts / ```typescript blocks of the given Markdown files (root-relative), with their flags. */
export function extractSnippets(files: readonly string[]): Snippet[];
/** Rewrites shown results (`expr; // => value`) into assertions, line for line. */
export function withAssertions(snippet: Snippet): { code: string; shown: number };
/** Type-checks and runs every snippet of the files (default README.md and docs/*.md). */
export function checkSnippets(files?: readonly string[]): Promise<SnippetReport[]>;
/** The problems of one report entry, as sentences (none: the snippet is fine). */
export function snippetProblems(entry: SnippetReport): string[];
