/** Text of the generated TypeScript modules of `@czt/schemas` (`src/generated/*.ts`): data only, no fs at import time. */
import type { CodeList } from "../src/code-list.js";
import type { RecordType, Sensitivity } from "../src/sensitivity.js";

export const regenerateCommand = "npm run generate -w @czt/schemas";

const banner = `// Generated from schemas/ by \`${regenerateCommand}\`. Do not edit: edit the sources and regenerate.\n`;

function literal(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export function schemasModule(schemasById: ReadonlyMap<string, unknown>): string {
  const entries = [...schemasById.keys()].sort().map((id) => [id, schemasById.get(id)]);
  return `${banner}
/** Every JSON Schema of the standard (meta-schema included), by \`$id\`. */
export const schemas: Readonly<Record<string, object>> = ${literal(Object.fromEntries(entries))};
`;
}

export function codeListsModule(lists: readonly CodeList[]): string {
  const sorted = [...lists].sort((a, b) => a.id.localeCompare(b.id));
  return `${banner}
import type { CodeList } from "../code-list.js";

export const codeListIds = ${literal(sorted.map((list) => list.id))} as const;

export type CodeListId = (typeof codeListIds)[number];

/** The code lists of \`schemas/codelists/\`, by id. */
export const codeLists: Readonly<Record<CodeListId, CodeList>> = ${literal(Object.fromEntries(sorted.map((list) => [list.id, list])))};
`;
}

export function openapiModule(documents: ReadonlyMap<string, unknown>): string {
  const entries = [...documents.keys()].sort().map((name) => [name, documents.get(name)]);
  return `${banner}
/** The OpenAPI documents of \`schemas/openapi/\`, parsed, by file name without extension. */
export const openapiDocuments: Readonly<Record<string, object>> = ${literal(Object.fromEntries(entries))};
`;
}

export function sensitivePointersModule(pointers: Readonly<Record<RecordType, Record<string, Sensitivity>>>): string {
  return `${banner}
import type { RecordType, Sensitivity } from "../sensitivity.js";

/** JSON-pointer templates (\`*\` for array items) of the fields annotated with \`x-czt-sensitivity\`, per record type. */
export const sensitivePointers: Readonly<Record<RecordType, Readonly<Record<string, Sensitivity>>>> = ${literal(pointers)};
`;
}

export function metaModule(metaSchemaId: string, keywords: readonly string[]): string {
  return `${banner}
/** \`$id\` of the standard's meta-schema; every schema of the standard declares it as \`$schema\`. */
export const metaSchemaId = ${literal(metaSchemaId)};

/** The annotation keywords declared by the meta-schema (register them with ajv's \`addVocabulary\`). */
export const annotationKeywords = ${literal(keywords)} as const;
`;
}

export function codeListPointersModule(pointers: Readonly<Record<RecordType, Record<string, string>>>): string {
  return `${banner}
import type { RecordType } from "../sensitivity.js";
import type { CodeListId } from "./codelists.js";

/**
 * JSON-pointer templates (\`*\` for array items) of the fields holding a code, with the
 * list the code comes from (\`x-czt-codelist\`), per record type. Lets a validator report
 * an unknown code of an open list as a warning and flag deprecated or retired codes.
 */
export const codeListPointers: Readonly<Record<RecordType, Readonly<Record<string, CodeListId>>>> = ${literal(pointers)};
`;
}
