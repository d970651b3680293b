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

/**
 * `src` is the path from the module's folder to `src/`: `../` for the working tree's
 * modules in `src/generated/`, `../../../` for a release's in `src/generated/releases/<version>/`.
 */
export function codeListsModule(lists: readonly CodeList[], src = "../"): string {
  const sorted = [...lists].sort((a, b) => a.id.localeCompare(b.id));
  return `${banner}
import type { CodeList } from "${src}code-list.js";

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

export function sensitivePointersModule(pointers: Readonly<Record<RecordType, Record<string, Sensitivity>>>, src = "../"): string {
  return `${banner}
import type { RecordType, Sensitivity } from "${src}sensitivity.js";

/** JSON-pointer templates (\`*\` for array items) of the fields annotated with \`x-czt-sensitivity\`, per record type. */
export const sensitivePointers: Readonly<Record<RecordType, Readonly<Record<string, Sensitivity>>>> = ${literal(pointers)};
`;
}

export function metaModule(metaSchemaId: string, keywords: readonly string[], version: string, schemaBase: string): string {
  return `${banner}
/** The version of the standard these artefacts describe (the \`schemaVersion\` of its packages and JSON Lines headers). */
export const version = ${literal(version)};

/** Prefix of every \`$id\` of this version, e.g. \`https://czt-ss.org/schemas/1.1/\`. */
export const schemaBase = ${literal(schemaBase)};

/** \`$id\` of the standard's meta-schema; every schema of the standard declares it as \`$schema\`. */
export const metaSchemaId = ${literal(metaSchemaId)};

/** The annotation keywords declared by the meta-schema (register them with ajv's \`addVocabulary\`). */
export const annotationKeywords = ${literal(keywords)} as const;
`;
}

export function codeListPointersModule(pointers: Readonly<Record<RecordType, Record<string, string>>>, src = "../"): string {
  return `${banner}
import type { RecordType } from "${src}sensitivity.js";
import type { CodeListId } from "./codelists.js";

/**
 * JSON-pointer templates (\`*\` for array items) of the fields holding a code, with the
 * list the code comes from (\`x-czt-codelist\`), per record type. Lets a validator report
 * an unknown code of an open list as a warning and flag deprecated or retired codes.
 */
export const codeListPointers: Readonly<Record<RecordType, Readonly<Record<string, CodeListId>>>> = ${literal(pointers)};
`;
}

/** Module name of a released version's modules, e.g. \`release_1_0\`. */
function releaseName(version: string): string {
  return `release_${version.replace(/\./g, "_")}`;
}

/**
 * \`src/generated/versions.ts\`: every version of the standard this package carries, the
 * released ones (frozen under \`schemas/releases/\`) and the working one, with their artefacts.
 */
export function versionsModule(currentVersion: string, released: readonly string[]): string {
  const moduleNames = ["schemas", "codelists", "openapi", "sensitive-pointers", "code-list-pointers", "meta"];
  const imports = [
    ...released.flatMap((version) =>
      moduleNames.map((name) => `import * as ${releaseName(version)}_${name.replace(/-/g, "_")} from "./releases/${version}/${name}.js";`),
    ),
    ...moduleNames.map((name) => `import * as current_${name.replace(/-/g, "_")} from "./${name}.js";`),
  ];
  const entry = (version: string, prefix: string) => `  ${literal(version)}: {
    version: ${prefix}_meta.version,
    schemaBase: ${prefix}_meta.schemaBase,
    metaSchemaId: ${prefix}_meta.metaSchemaId,
    annotationKeywords: ${prefix}_meta.annotationKeywords,
    schemas: ${prefix}_schemas.schemas,
    codeLists: ${prefix}_codelists.codeLists,
    openapiDocuments: ${prefix}_openapi.openapiDocuments,
    sensitivePointers: ${prefix}_sensitive_pointers.sensitivePointers,
    codeListPointers: ${prefix}_code_list_pointers.codeListPointers,
  },`;
  const all = [...released, currentVersion];
  return `${banner}
import type { StandardArtefacts } from "../standard.js";
${imports.join("\n")}

/** The version of the standard in development: the working tree \`schemas/\`. */
export const currentVersion = ${literal(currentVersion)};

/** The released versions, frozen under \`schemas/releases/<version>/\`, oldest first. */
export const releasedVersions = ${literal(released)} as const;

/** Every version this package carries, oldest first; the last is \`currentVersion\`. */
export const standardVersions = ${literal(all)} as const;

export type StandardVersion = (typeof standardVersions)[number];

/** The artefacts of every version, by version. */
export const standards: Readonly<Record<StandardVersion, StandardArtefacts>> = {
${[...released.map((version) => entry(version, releaseName(version))), entry(currentVersion, "current")].join("\n")}
};
`;
}
