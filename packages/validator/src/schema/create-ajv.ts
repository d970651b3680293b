import { Ajv2020 } from "ajv/dist/2020.js";
import * as addFormatsModule from "ajv-formats";
import { withoutFormatBackedPatterns } from "./format-backed-patterns.js";
import { formats } from "./format-table.js";
import type { SchemaSet } from "./schema-set.js";

// ajv-formats is CommonJS: under NodeNext its plugin is the namespace's `default`.
const addFormats = addFormatsModule.default as unknown as (ajv: Ajv2020) => Ajv2020;

/** The standard's annotation keywords: they carry metadata and never fail validation. */
const annotationKeywords = ["x-czt-title", "x-czt-codelist", "x-czt-sensitivity"];

function isMetaSchema(schema: object): boolean {
  const id = (schema as { $id?: unknown }).$id;
  return typeof id === "string" && id.includes("/meta/");
}

/**
 * The one ajv configuration of the validator — JSON Schema 2020-12, strict, all errors,
 * `verbose` so messages can read the failing schema — with every schema of the set
 * added. Used at run time for other schema sets and at build time for standalone code.
 * `formatsCode` is how generated code reaches the format functions.
 */
export function createAjv(set: SchemaSet, standalone?: { formatsCode: unknown }): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // Requiring one of several properties (`anyOf: [{required: [a]}, {required: [b]}]`) is idiomatic here.
    strictRequired: false,
    strictTypes: "log",
    logger: false,
    verbose: true,
    validateFormats: true,
    ...(standalone ? { code: { source: true, esm: true, formats: standalone.formatsCode as never } } : {}),
  });
  addFormats(ajv);
  // The standard's own date checks replace ajv-formats' regular expressions on the hot path.
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  for (const keyword of new Set([...annotationKeywords, ...(set.annotationKeywords ?? [])])) {
    ajv.addKeyword({ keyword, schemaType: ["string", "object", "boolean", "array"] });
  }
  for (const schema of Object.values(set.schemas)) if (isMetaSchema(schema)) ajv.addMetaSchema(schema);
  for (const schema of Object.values(set.schemas)) if (!isMetaSchema(schema)) ajv.addSchema(withoutFormatBackedPatterns(schema));
  return ajv;
}
