/**
 * Everything `npm run generate -w @czt/schemas` produces, computed in memory from the
 * sources so the drift test can compare it with the committed files.
 */
import type { CodeList } from "../src/code-list.js";
import type { RecordType, Sensitivity } from "../src/sensitivity.js";
import { codeListPointersModule, codeListsModule, metaModule, openapiModule, schemasModule, sensitivePointersModule, versionsModule } from "./emit-modules.js";
import { codeListPointersOf, sensitivePointersOf } from "./field-pointers.js";
import { isObject, type JsonObject, jsonEqual, jsonText } from "./json.js";
import { codeListsPage, pageName, referenceIndexPage, schemaPage } from "./reference-docs.js";
import { SchemaIndex } from "./schema-index.js";
import type { Sources } from "./sources.js";
import { standardBundles } from "./standard-bundles.js";
import { syncEnums } from "./sync-enums.js";

/** `$id` prefix of the working tree `schemas/` (the version in development). */
export const schemaBase = "https://czt-ss.org/schemas/1.1/";
export const metaSchemaId = `${schemaBase}meta/czt-meta.schema.json`;
const recordTypes: readonly RecordType[] = [
  "person",
  "enrolment",
  "transfer",
  "assistance",
  "benefit",
  "medicalRegistration",
  "medicalSettlement",
  "organisation",
  "donation",
  "consent",
];
/** Record types of 1.0: every tree has their schemas; a release may lack the later ones. */
const recordTypesOfEveryVersion: ReadonlySet<RecordType> = new Set(["person", "enrolment", "transfer", "assistance"]);

export interface GeneratedFile {
  /** Repository-relative path. */
  path: string;
  content: string;
  /** json: compared structurally (a schema whose enums were re-synced); text: compared exactly. */
  compare: "json" | "text";
}

export interface GenerationResult {
  files: GeneratedFile[];
  /** The working tree's schemas after enum sync, by $id. */
  schemasById: Map<string, JsonObject>;
}

/** One tree of the standard to generate from: the working tree, or a release. */
export interface StandardTree {
  /** Folder of the tree, repository-relative: `schemas` or `schemas/releases/<version>`. */
  folder: string;
  sources: Sources;
}

interface TreeOutputs {
  version: string;
  schemaBase: string;
  files: GeneratedFile[];
  schemasById: Map<string, JsonObject>;
  topLevel: JsonObject[];
  index: SchemaIndex;
  lists: Map<string, CodeList>;
}

/** The version a tree describes: the `schemaVersion` const of its package schema, and its `$id` prefix. */
function versionOf(schemasById: ReadonlyMap<string, JsonObject>, folder: string): { version: string; schemaBase: string } {
  for (const [id, schema] of schemasById) {
    if (!id.endsWith("/package.schema.json")) continue;
    const properties = schema["properties"];
    const declared = isObject(properties) && isObject(properties["schemaVersion"]) ? properties["schemaVersion"]["const"] : undefined;
    if (typeof declared !== "string") throw new Error(`${folder}/package.schema.json: properties.schemaVersion has no const version`);
    return { version: declared, schemaBase: id.slice(0, -"package.schema.json".length) };
  }
  throw new Error(`${folder}/package.schema.json is missing`);
}

/**
 * The modules of one tree: `src/generated/*.ts` for the working tree (whose schemas also get
 * their code-list enums re-synced), `src/generated/releases/<version>/*.ts` for a release
 * (frozen: its files are never rewritten).
 */
function treeOutputs(tree: StandardTree, release: boolean): TreeOutputs {
  const { sources, folder } = tree;
  const lists = new Map<string, CodeList>(sources.codeLists.map((source) => [source.json.id, source.json]));
  const files: GeneratedFile[] = [];
  const schemasById = new Map<string, JsonObject>();
  const topLevel: JsonObject[] = [];
  const topLevelPath = new RegExp(`^${folder.replace(/[.]/g, "\\.")}/[^/]+\\.schema\\.json$`);

  for (const source of sources.schemas) {
    const { schema, unknownLists } = syncEnums(source.json, lists);
    if (unknownLists.length > 0) throw new Error(`${source.path}: x-czt-codelist names unknown code lists: ${unknownLists.join(", ")}`);
    if (!isObject(schema)) continue;
    const id = schema["$id"];
    if (typeof id !== "string") throw new Error(`${source.path}: schema has no $id`);
    if (schemasById.has(id)) throw new Error(`${source.path}: duplicate $id ${id}`);
    if (release && !jsonEqual(schema, source.json)) throw new Error(`${source.path}: a released schema's code-list enums differ from its code lists`);
    schemasById.set(id, schema);
    // Rewrite only schemas whose enums changed, so other engineers' formatting is left alone.
    if (!jsonEqual(schema, source.json)) files.push({ path: source.path, content: jsonText(schema), compare: "json" });
    if (topLevelPath.test(source.path)) topLevel.push(schema);
  }

  const { version, schemaBase: base } = versionOf(schemasById, folder);
  const treeMetaSchemaId = `${base}meta/czt-meta.schema.json`;
  const index = new SchemaIndex([...schemasById.values()]);
  const meta = schemasById.get(treeMetaSchemaId);
  const annotations = meta === undefined ? undefined : index.resolve("#/$defs/cztAnnotations", treeMetaSchemaId).schema["properties"];
  if (!isObject(annotations)) throw new Error(`${treeMetaSchemaId}: missing $defs/cztAnnotations/properties`);

  const pointers = {} as Record<RecordType, Record<string, Sensitivity>>;
  const codePointers = {} as Record<RecordType, Record<string, string>>;
  for (const type of recordTypes) {
    const schema = schemasById.get(`${base}${type}.schema.json`);
    if (schema === undefined && release && !recordTypesOfEveryVersion.has(type)) {
      // A release from before the type: no fields, so nothing to mask or check.
      pointers[type] = {};
      codePointers[type] = {};
      continue;
    }
    if (schema === undefined) throw new Error(`${folder}/${type}.schema.json is missing`);
    pointers[type] = sensitivePointersOf(schema, index);
    codePointers[type] = codeListPointersOf(schema, index);
  }

  const generated = release ? `packages/schemas/src/generated/releases/${version}` : "packages/schemas/src/generated";
  const src = release ? "../../../" : "../";
  files.push(
    { path: `${generated}/schemas.ts`, content: schemasModule(schemasById), compare: "text" },
    { path: `${generated}/codelists.ts`, content: codeListsModule([...lists.values()], src), compare: "text" },
    { path: `${generated}/openapi.ts`, content: openapiModule(new Map(sources.openapi.map((doc) => [doc.name, doc.json]))), compare: "text" },
    { path: `${generated}/sensitive-pointers.ts`, content: sensitivePointersModule(pointers, src), compare: "text" },
    { path: `${generated}/code-list-pointers.ts`, content: codeListPointersModule(codePointers, src), compare: "text" },
    { path: `${generated}/meta.ts`, content: metaModule(treeMetaSchemaId, Object.keys(annotations), version, base), compare: "text" },
    ...standardBundles(tree, schemasById, version),
  );
  return { version, schemaBase: base, files, schemasById, topLevel, index, lists };
}

/**
 * Everything generated from the working tree `sources` and the frozen `releases`: the
 * modules of every version, the list of versions, and the reference docs (working tree only).
 */
export function buildOutputs(sources: Sources, releases: readonly StandardTree[] = []): GenerationResult {
  const working = treeOutputs({ folder: "schemas", sources }, false);
  if (working.schemaBase !== schemaBase) throw new Error(`schemas/package.schema.json: $id base ${working.schemaBase}, expected ${schemaBase}`);
  const released = releases.map((tree) => treeOutputs(tree, true));
  for (const tree of released) {
    if (tree.version === working.version) throw new Error(`${tree.version} is released already: the working tree schemas/ must name the next version`);
  }
  const files = [...working.files, ...released.flatMap((tree) => tree.files)];
  files.push({
    path: "packages/schemas/src/generated/versions.ts",
    content: versionsModule(working.version, released.map((tree) => tree.version)),
    compare: "text",
  });

  const { topLevel, index, lists } = working;
  const pages = topLevel.sort((a, b) => String(a["$id"]).localeCompare(String(b["$id"])));
  for (const schema of pages) {
    files.push({ path: `docs/reference/${pageName(String(schema["$id"]))}.md`, content: schemaPage(schema, index), compare: "text" });
  }
  files.push(
    { path: "docs/reference/codelists.md", content: codeListsPage([...lists.values()]), compare: "text" },
    { path: "docs/reference/README.md", content: referenceIndexPage(pages), compare: "text" },
  );
  return { files, schemasById: working.schemasById };
}
