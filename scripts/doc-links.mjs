// Checks the relative links of Markdown files: each must name a file that exists (in the repository:
// a tracked file; in an installed package: a file in the package) and must stay inside the root.
// An anchor (`policy.md#clauses`) must name a heading of the target Markdown file (GitHub's slugs).
// Used by test/docs-links.test.ts on the repository and, as a command, by scripts/smoke-consumer.sh on
// the installed tarball:  node scripts/doc-links.mjs <package dir>   (checks README.md and docs/*.md there)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Markdown text without fenced code blocks and inline code, where `[x](y)` is not a link. */
function prose(markdown) {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
}

/** The link targets of a Markdown text: inline links and images, and reference definitions. */
export function linkTargets(markdown) {
  const text = prose(markdown);
  const targets = [];
  for (const match of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(match[1]);
  for (const match of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(match[1]);
  return targets;
}

/** GitHub's heading anchors of a Markdown text. */
export function anchors(markdown) {
  const seen = new Map();
  const result = new Set();
  for (const match of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = match[1]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Problems with the relative links of `files` (paths relative to `root`), as sentences; `exists(path)`
 * says whether a root-relative path names a file. Links to web pages and mail addresses are not checked.
 */
export function linkProblems(root, files, exists) {
  const problems = [];
  for (const file of files) {
    const markdown = readFileSync(join(root, file), "utf8");
    for (const target of linkTargets(markdown)) {
      if (external.test(target)) continue;
      const [pathPart, anchor] = target.split("#", 2);
      const path = pathPart ? relative(root, resolve(root, dirname(file), decodeURI(pathPart))).split(sep).join("/") : file;
      if (path.startsWith("..") || resolve(root, path) === resolve(root, "..")) {
        problems.push(`${file}: ${target} points outside ${root === "." ? "the repository" : root}`);
      } else if (!exists(path)) {
        problems.push(`${file}: ${target} names no file (${path})`);
      } else if (anchor && path.endsWith(".md") && !anchors(readFileSync(join(root, path), "utf8")).has(anchor)) {
        problems.push(`${file}: ${target} names no heading of ${path}`);
      }
    }
  }
  return problems;
}

/** README.md and docs/*.md of a directory (an installed package, say), root-relative. */
export function guides(root) {
  const docs = existsSync(join(root, "docs")) ? readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md")) : [];
  return ["README.md", ...docs.map((name) => `docs/${name}`)].filter((file) => existsSync(join(root, file)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? ".";
  const files = guides(root);
  const problems = linkProblems(root, files, (path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile());
  if (!files.includes("README.md")) problems.push(`${root}: no README.md`);
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  const count = files.reduce((sum, file) => sum + linkTargets(readFileSync(join(root, file), "utf8")).length, 0);
  console.log(`links: ${count} in ${files.length} files, every relative one resolves in ${root}`);
}
