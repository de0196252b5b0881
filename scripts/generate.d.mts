/** Every generated file, repository-relative path -> the text scripts/generate.mjs writes. */
export function generatedFiles(): Record<string, string>;
/** Files of src/locale/ that no catalog asks for. */
export function strayLocaleEntries(): string[];
/** The generated files that differ from what the script would write, and stray entries: empty when all is current. */
export function drift(): string[];
