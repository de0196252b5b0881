/** One code entry of the package. */
export interface Entry {
  /** The package.json exports key: `"."`, `"./rules"`, `"./locale/de"`. */
  subpath: string;
  /** The output name under dist/ (without extension): `"index"`, `"locale/de"`. */
  name: string;
  /** The source file, repository-relative. */
  source: string;
}
/** The entries written by hand. */
export const DECLARED: readonly Entry[];
/** Where the language catalogs live. */
export const CATALOG_DIR: string;
/** The shipped languages besides English, from the catalog folder, sorted by tag. */
export function localeTags(): string[];
/** The name a locale's catalog is exported under (`pt-BR` -> `ptBR`). */
export function localeExportName(tag: string): string;
/** Every code entry: the declared ones, then one per language. */
export function entries(): Entry[];
