/**
 * Everything `npm run generate -w @czt/schemas` produces, computed in memory from the
 * sources so the drift test can compare it with the committed files.
 */
import type { CodeList } from "../src/code-list.js";
import type { RecordType, Sensitivity } from "../src/sensitivity.js";
import { codeListPointersModule, codeListsModule, metaModule, openapiModule, schemasModule, sensitivePointersModule } from "./emit-modules.js";
import { isObject, type JsonObject, jsonEqual, jsonText } from "./json.js";
import { codeListsPage, pageName, referenceIndexPage, schemaPage } from "./reference-docs.js";
import { SchemaIndex } from "./schema-index.js";
import { codeListPointersOf, sensitivePointersOf } from "./field-pointers.js";
import type { Sources } from "./sources.js";
import { standardBundles } from "./standard-bundles.js";
import { syncEnums } from "./sync-enums.js";

export const schemaBase = "https://czt-ss.org/schemas/v1/";
export const metaSchemaId = `${schemaBase}meta/czt-meta.schema.json`;
const recordTypes: readonly RecordType[] = ["person", "enrolment", "transfer", "assistance"];

export interface GeneratedFile {
  /** Repository-relative path. */
  path: string;
  content: string;
  /** json: compared structurally (a schema whose enums were re-synced); text: compared exactly. */
  compare: "json" | "text";
}

export interface GenerationResult {
  files: GeneratedFile[];
  /** The schemas after enum sync, by $id. */
  schemasById: Map<string, JsonObject>;
}

export function buildOutputs(sources: Sources): GenerationResult {
  const lists = new Map<string, CodeList>(sources.codeLists.map((source) => [source.json.id, source.json]));
  const files: GeneratedFile[] = [];
  const schemasById = new Map<string, JsonObject>();
  const topLevel: JsonObject[] = [];

  for (const source of sources.schemas) {
    const { schema, unknownLists } = syncEnums(source.json, lists);
    if (unknownLists.length > 0) throw new Error(`${source.path}: x-czt-codelist names unknown code lists: ${unknownLists.join(", ")}`);
    if (!isObject(schema)) continue;
    const id = schema["$id"];
    if (typeof id !== "string") throw new Error(`${source.path}: schema has no $id`);
    if (schemasById.has(id)) throw new Error(`${source.path}: duplicate $id ${id}`);
    schemasById.set(id, schema);
    // Rewrite only schemas whose enums changed, so other engineers' formatting is left alone.
    if (!jsonEqual(schema, source.json)) files.push({ path: source.path, content: jsonText(schema), compare: "json" });
    if (/^schemas\/[^/]+\.schema\.json$/.test(source.path)) topLevel.push(schema);
  }

  const index = new SchemaIndex([...schemasById.values()]);
  const meta = schemasById.get(metaSchemaId);
  const annotations = meta === undefined ? undefined : index.resolve("#/$defs/cztAnnotations", metaSchemaId).schema["properties"];
  if (!isObject(annotations)) throw new Error(`${metaSchemaId}: missing $defs/cztAnnotations/properties`);

  const pointers = {} as Record<RecordType, Record<string, Sensitivity>>;
  const codePointers = {} as Record<RecordType, Record<string, string>>;
  for (const type of recordTypes) {
    const schema = schemasById.get(`${schemaBase}${type}.schema.json`);
    if (schema === undefined) throw new Error(`schemas/${type}.schema.json is missing`);
    pointers[type] = sensitivePointersOf(schema, index);
    codePointers[type] = codeListPointersOf(schema, index);
  }

  const generated = "packages/schemas/src/generated";
  files.push(
    { path: `${generated}/schemas.ts`, content: schemasModule(schemasById), compare: "text" },
    { path: `${generated}/codelists.ts`, content: codeListsModule([...lists.values()]), compare: "text" },
    { path: `${generated}/openapi.ts`, content: openapiModule(new Map(sources.openapi.map((doc) => [doc.name, doc.json]))), compare: "text" },
    { path: `${generated}/sensitive-pointers.ts`, content: sensitivePointersModule(pointers), compare: "text" },
    { path: `${generated}/code-list-pointers.ts`, content: codeListPointersModule(codePointers), compare: "text" },
    { path: `${generated}/meta.ts`, content: metaModule(metaSchemaId, Object.keys(annotations)), compare: "text" },
  );

  const pages = topLevel.sort((a, b) => String(a["$id"]).localeCompare(String(b["$id"])));
  for (const schema of pages) {
    files.push({ path: `docs/reference/${pageName(String(schema["$id"]))}.md`, content: schemaPage(schema, index), compare: "text" });
  }
  files.push(
    { path: "docs/reference/codelists.md", content: codeListsPage([...lists.values()]), compare: "text" },
    { path: "docs/reference/README.md", content: referenceIndexPage(pages), compare: "text" },
  );

  // Bundles of the working tree and of every release (frozen: bundled as committed).
  files.push(...standardBundles(sources, schemasById));
  for (const release of sources.releases) {
    files.push(...standardBundles(release, new Map(release.schemas.map((s) => [String(s.json["$id"]), s.json]))));
  }
  return { files, schemasById };
}
