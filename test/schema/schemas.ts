/// <reference types="vite/client" />
// The published JSON Schemas as a PHP or Go service meets them: the built files dist/schema/*.json
// (written by `npm run build` / `npm test`'s pretest), compiled by ajv's draft 2020-12 validator in
// strict mode. Shared by the suites in this folder.
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";

const files = import.meta.glob<Record<string, unknown>>("../../dist/schema/*.json", { eager: true, import: "default" });

/** The schema file `dist/schema/<name>.json`; fails with a hint when the build has not run. */
export function schema(name: "request" | "options" | "decision" | "settlement-input" | "settlement-options" | "settlement"): Record<string, unknown> {
  const found = files[`../../dist/schema/${name}.json`];
  if (found === undefined) throw new Error(`dist/schema/${name}.json is missing: run npm run build first`);
  return found;
}

const warnings: string[] = [];
const ajv = new Ajv2020({
  strict: true,
  allErrors: true,
  logger: { log: () => undefined, warn: (...args: unknown[]) => warnings.push(args.join(" ")), error: (...args: unknown[]) => warnings.push(args.join(" ")) },
});

/** Anything ajv said while compiling (strict mode): a published schema should compile silently. */
export const compileWarnings: readonly string[] = warnings;

export const validateRequest: ValidateFunction = ajv.compile(schema("request"));
export const validateOptions: ValidateFunction = ajv.compile(schema("options"));
export const validateDecision: ValidateFunction = ajv.compile(schema("decision"));
export const validateSettlementInput: ValidateFunction = ajv.compile(schema("settlement-input"));
export const validateSettlementOptions: ValidateFunction = ajv.compile(schema("settlement-options"));
export const validateSettlement: ValidateFunction = ajv.compile(schema("settlement"));

/** ajv's errors in one readable line each, for assertion messages. */
export function errorsOf(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || "/"} ${error.message ?? error.keyword}`);
}

/** Whether `validate` accepts `value`, with its errors as the message when it does not. */
export function verdict(validate: ValidateFunction, value: unknown): { accepted: boolean; errors: string[] } {
  const accepted = validate(value);
  return { accepted, errors: accepted ? [] : errorsOf(validate) };
}
