#!/usr/bin/env node
// Writes dist/schema/{request,options,decision,settlement-input,settlement-options,settlement}.json: JSON Schemas (draft 2020-12) GENERATED from the
// wire types in src/contract/*.ts, their TSDoc included (descriptions, @pattern, @minLength, @minItems,
// @minimum, @maximum). A field added to a type appears in the schema at the next build; nothing here
// names a field except the two conditional rules below, which TypeScript types cannot state, and they
// fail the build if the fields they name disappear.
//
// Run by tsup after each build (tsup.config.ts `onSuccess`), so `npm run build` and `npm test` always
// ship schemas that match the types. It reads `supportedCurrencies()` from the fresh dist/rules.js.
//
// What the generated schemas add to the plain types, and why:
// - request and options: an optional field may be `null` (read as absent; CONTRACT.md), and unknown
//   fields are allowed: the library refuses them unless `unknownFields: "ignore"`, and a schema must
//   never refuse what the library decides. The library may refuse more (2026-02-30, digits past a
//   currency's minor unit, duplicate ids...).
// - decision: closed objects (`additionalProperties: false`): it states exactly what the library writes.
// - `CurrencyCode` becomes the enum of every supported ISO 4217 code.
// - A union branch that JSON cannot satisfy (custom MarketPlace terms carry a function) is dropped.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createGenerator } from "ts-json-schema-generator";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The published schemas: file name, root type, and whether it is an input (open, nullable) or the output (closed). */
export const SCHEMAS = [
  { name: "request", type: "RefundRequest", input: true, title: "Refund request" },
  { name: "options", type: "RefundOptions", input: true, title: "Refund options (JSON)" },
  { name: "decision", type: "RefundDecision", input: false, title: "Refund decision" },
  { name: "settlement-input", type: "SettlementInput", input: true, title: "Settlement input" },
  { name: "settlement-options", type: "SettlementOptions", input: true, title: "Settlement options" },
  { name: "settlement", type: "SettlementPlan", input: false, title: "Settlement plan" },
];

const DRAFT = "https://json-schema.org/draft/2020-12/schema";

/** Every subschema of `schema` that describes values (not `if`/`then`/`else` conditions). */
function* subschemas(schema) {
  if (typeof schema !== "object" || schema === null) return;
  yield schema;
  for (const key of ["properties", "$defs"]) {
    for (const child of Object.values(schema[key] ?? {})) yield* subschemas(child);
  }
  for (const key of ["additionalProperties", "items", "not"]) yield* subschemas(schema[key]);
  for (const key of ["anyOf", "oneOf", "allOf", "prefixItems"]) {
    for (const child of schema[key] ?? []) yield* subschemas(child);
  }
}

/** draft-07 `definitions` / `#/definitions/X` to draft 2020-12 `$defs` / `#/$defs/X`. */
function toDraft2020(schema) {
  const text = JSON.stringify(schema).replaceAll('"#/definitions/', '"#/$defs/');
  const { $schema: _draft07, definitions, ...rest } = JSON.parse(text);
  return definitions === undefined ? rest : { ...rest, $defs: definitions };
}

function resolve(schema, defs) {
  return typeof schema.$ref === "string" ? defs[schema.$ref.slice("#/$defs/".length)] : schema;
}

/** A branch whose required property admits no value (`not: {}`, a hidden function) accepts no JSON. */
function unsatisfiable(branch, defs) {
  const schema = resolve(branch, defs);
  return (schema.required ?? []).some((key) => {
    const property = schema.properties?.[key];
    return property !== undefined && typeof property.not === "object" && Object.keys(property.not).length === 0;
  });
}

function dropUnsatisfiableBranches(schema) {
  const defs = schema.$defs ?? {};
  for (const node of subschemas(schema)) {
    if (!Array.isArray(node.anyOf)) continue;
    node.anyOf = node.anyOf.filter((branch) => !unsatisfiable(branch, defs));
    if (node.anyOf.length === 1) {
      const [only] = node.anyOf;
      delete node.anyOf;
      Object.assign(node, only);
    }
  }
}

/** Removes definitions no longer referenced (after dropping branches). */
function pruneDefs(schema) {
  for (;;) {
    const { $defs, ...rest } = schema;
    if ($defs === undefined) return;
    const used = JSON.stringify([rest, $defs]);
    const unused = Object.keys($defs).filter((name) => {
      const refs = used.split(`"#/$defs/${name}"`).length - 1;
      const selfRefs = JSON.stringify($defs[name]).split(`"#/$defs/${name}"`).length - 1;
      return refs === selfRefs;
    });
    if (unused.length === 0) return;
    for (const name of unused) delete $defs[name];
  }
}

/** `{@link X}` reads as `X` in a schema description. */
function plainDescriptions(schema) {
  for (const node of subschemas(schema)) {
    if (typeof node.description !== "string") continue;
    node.description = node.description
      .replace(/\{@link\s+([^}\s]+)\s*\}/g, "$1")
      .replace(/ +([.,;:)])/g, "$1")
      .replace(/ {2,}/g, " ");
  }
}

/** An optional input field may be `null`: it is read as absent (CONTRACT.md). */
function nullableOptionals(schema) {
  for (const node of [...subschemas(schema)]) {
    if (node.properties === undefined) continue;
    const required = new Set(node.required ?? []);
    for (const [key, property] of Object.entries(node.properties)) {
      if (required.has(key)) continue;
      const { description, ...value } = property;
      node.properties[key] = { ...(description === undefined ? {} : { description }), anyOf: [value, { type: "null" }] };
    }
  }
}

/** The output is closed: an object has exactly the fields its type names. */
function closeObjects(schema) {
  for (const node of subschemas(schema)) {
    if (node.properties !== undefined && node.additionalProperties === undefined) node.additionalProperties = false;
  }
}

/** The subschema at a dotted path of keys; the build fails if a field a rule names has gone. */
function at(schema, path) {
  let node = schema;
  for (const key of path.split(".")) {
    node = node?.[key];
    if (node === undefined) throw new Error(`build-schemas: ${path} is not in the generated schema; update scripts/build-schemas.mjs`);
  }
  return node;
}

/** Rules between fields that a TypeScript interface does not state (CONTRACT.md), written once here. */
function requestRules(schema) {
  at(schema, "properties.action");
  at(schema, "properties.migration");
  // A migration needs its state, and only a migration has one.
  schema.allOf = [
    ...(schema.allOf ?? []),
    {
      if: { properties: { action: { const: "migrate_to_on_premise" } }, required: ["action"] },
      then: { properties: { migration: { type: "object" } }, required: ["migration"] },
      else: { properties: { migration: { type: "null" } } },
    },
  ];
  // A completed migration needs its completion day.
  const migration = at(schema, "properties.migration");
  at(migration, "properties.status");
  at(migration, "properties.completedOn");
  migration.allOf = [
    ...(migration.allOf ?? []),
    {
      if: { properties: { status: { const: "completed" } }, required: ["status"] },
      then: { properties: { completedOn: { type: "string" } }, required: ["completedOn"] },
      else: { properties: { completedOn: { type: "null" } } },
    },
  ];
}

/**
 * The decision writes a supported code upper-case: the enum. A request's code is read in any letter
 * case (Stripe's "eur"), so an input schema offers the enum (for editors) or the same codes in any
 * case (a pattern, since JSON Schema has no case-insensitive enum): "eur" passes, "xau" does not.
 */
function currencies(schema, codes, input) {
  const currency = schema.$defs?.CurrencyCode;
  if (currency === undefined) return;
  if (!input) {
    currency.enum = codes;
    return;
  }
  const anyCase = codes.map((code) => [...code].map((letter) => `[${letter}${letter.toLowerCase()}]`).join("")).join("|");
  delete currency.type;
  currency.anyOf = [{ type: "string", enum: codes }, { type: "string", pattern: `^(?:${anyCase})$` }];
}

/**
 * Generates the published schemas from the types.
 * @param {readonly string[]} currencyCodes every supported ISO 4217 code
 */
export function buildSchemas(currencyCodes) {
  const generator = createGenerator({
    path: join(root, "src/contract/*.ts"),
    tsconfig: join(root, "scripts/tsconfig.schema.json"),
    expose: "export",
    topRef: false,
    jsDoc: "extended",
    additionalProperties: true,
    functions: "hide",
    skipTypeCheck: true,
    sortProps: false,
  });
  const schemas = {};
  for (const { name, type, input, title } of SCHEMAS) {
    const generated = toDraft2020(generator.createSchema(type));
    dropUnsatisfiableBranches(generated);
    pruneDefs(generated);
    plainDescriptions(generated);
    currencies(generated, [...currencyCodes], input);
    if (name === "request") requestRules(generated);
    if (input) nullableOptionals(generated);
    else closeObjects(generated);
    // The options argument itself is optional: `null` options are no options, as the library reads them.
    if ((name === "options" || name === "settlement-options") && generated.type === "object") {
      generated.type = ["object", "null"];
      // So are an app's `null` terms: no terms registered for that app.
      const registry = generated.properties?.marketplace?.anyOf?.find((branch) => branch.type === "object");
      if (registry?.additionalProperties) registry.additionalProperties = { anyOf: [registry.additionalProperties, { type: "null" }] };
    }
    schemas[name] = {
      $schema: DRAFT,
      $comment: `Generated from the TypeScript type ${type} of refund-policy by scripts/build-schemas.mjs; do not edit.`,
      title,
      ...generated,
    };
  }
  return schemas;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { supportedCurrencies } = await import(pathToFileURL(join(root, "dist/rules.js")).href);
  const out = join(root, "dist/schema");
  mkdirSync(out, { recursive: true });
  for (const [name, schema] of Object.entries(buildSchemas(supportedCurrencies()))) {
    writeFileSync(join(out, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
  }
  if (!process.argv.includes("--silent")) console.log(`schemas: ${SCHEMAS.length} written to dist/schema (from src/contract/*.ts)`);
}
