/** The link targets of a Markdown text: inline links and images, and reference definitions. */
export function linkTargets(markdown: string): string[];
/** GitHub's heading anchors of a Markdown text. */
export function anchors(markdown: string): Set<string>;
/** Problems with the relative links of `files` (root-relative), as sentences. */
export function linkProblems(root: string, files: readonly string[], exists: (path: string) => boolean): string[];
/** README.md and docs/*.md of a directory, root-relative. */
export function guides(root: string): string[];
