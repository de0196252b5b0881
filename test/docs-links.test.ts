import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { guides, linkProblems } from "../scripts/doc-links.mjs";

/** The repository's files: tracked, or new and not ignored (so the check also runs before a commit). */
const tracked = new Set(
  execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" })
    .split("\n")
    .filter((file) => file !== ""),
);
const outsideDocsApi = [...tracked].filter((file) => !file.startsWith("docs/api/"));

describe("links in the documentation", () => {
  it("resolves every relative link of README.md and docs/*.md to a tracked file, and every anchor to a heading", () => {
    const files = guides(".");
    expect(files).toContain("README.md");
    expect(files).toContain("docs/policy.md");
    expect(files).toContain("docs/contract.md");
    expect(linkProblems(".", files, (path) => tracked.has(path))).toEqual([]);
  });

  it("keeps every Markdown link of the repository inside the repository", () => {
    const markdown = outsideDocsApi.filter((file) => file.endsWith(".md"));
    const outside = linkProblems(".", markdown, () => true).filter((problem) => problem.includes("points outside"));
    expect(outside).toEqual([]);
  });

  it("mentions the reference texts users never have in no tracked file outside docs/api", () => {
    const needles = ["../" + "shared", "/work/" + "shared", "shared/" + "policy", "shared/" + "contract"];
    const offenders = outsideDocsApi
      .filter((file) => !/\.(png|tgz)$/.test(file))
      .filter((file) => needles.some((needle) => readFileSync(file, "utf8").includes(needle)));
    expect(offenders).toEqual([]);
  });

  it("reports a missing file, a missing heading and a link that leaves the root", () => {
    const root = mkdtempSync(join(tmpdir(), "doc-links-"));
    try {
      mkdirSync(join(root, "docs"));
      writeFileSync(join(root, "docs", "a.md"), "# A page\n\n## Its part\n");
      writeFileSync(
        join(root, "README.md"),
        "[ok](docs/a.md#its-part) [gone](docs/b.md) [heading](docs/a.md#nope) [out](../x.md) [web](https://example.com)\n" +
          "```md\n[in code](docs/none.md)\n```\n`[inline](docs/none.md)`\n",
      );
      const exists = (path: string) => ["README.md", "docs/a.md"].includes(path);
      expect(linkProblems(root, ["README.md"], exists)).toEqual([
        "README.md: docs/b.md names no file (docs/b.md)",
        "README.md: docs/a.md#nope names no heading of docs/a.md",
        `README.md: ../x.md points outside ${root}`,
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the npm tarball", () => {
  const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" })) as [
    { files: { path: string }[]; size: number },
  ];
  const files = new Set(pack.files.map((file) => file.path));

  it("carries the licence, the README, the CHANGELOG and every file the README and the guides link to", () => {
    for (const file of ["LICENSE", "README.md", "CHANGELOG.md", "package.json", "dist/index.js", "dist/index.d.ts"]) expect(files, file).toContain(file);
    for (const guide of guides(".")) expect(files, guide).toContain(guide);
    expect(linkProblems(".", guides("."), (path) => files.has(path))).toEqual([]);
  });

  it("stays small: no API reference, no source maps, no sources, no tests, no other images", () => {
    const unexpected = [...files].filter(
      (file) => file.startsWith("docs/api/") || file.endsWith(".map") || /^(src|test|scripts|bench|examples)\//.test(file) || (file.endsWith(".png") && file !== "docs/preview.png"),
    );
    expect(unexpected).toEqual([]);
    // About 5 % over the measured 329,379 bytes (issue 20): raise it on purpose, in the commit that needs it.
    // Issue 21: 377,426 bytes with the settlement layer and its surfaces (the `settle` command in the command
    // line's bundle, explainSettlement and its catalogs, three schemas, docs/settlement.md); 5 % over that.
    // Issue 22: 416,402 bytes with refund-policy/einvoice (ESM, CJS, declarations) and docs/einvoice.md; 5 % over that.
    // Issue 25: 447,436 bytes with readings 18–21, labels and refs, the request schema's currency codes in any
    // case and their docs (432,232 on main before it); 5 % over that.
    // Issue 24: 515,845 bytes with `refund-policy serve` (prom-client bundled into dist/cli.js for /metrics, about
    // 40 kB gzipped, so the package's runtime dependencies stay as they are) and docs/service.md; 5 % over that.
    expect(pack.size).toBeLessThan(541_000);
  });
});
