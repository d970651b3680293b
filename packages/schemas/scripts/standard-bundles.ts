/**
 * The self-contained bundles of one version of the standard, written to
 * `packages/schemas/bundles/<version>/`: what vendors, code generators and third-party
 * validators load (no network, no file system, no knowledge of the standard's `$id`s).
 */
import { stringify as yamlText } from "yaml";
import { bundleOpenApi } from "./bundle-openapi.js";
import { bundleSchema } from "./bundle-schema.js";
import { isObject, type JsonObject, jsonText } from "./json.js";
import type { GeneratedFile } from "./outputs.js";
import type { StandardSources } from "./sources.js";

export const bundlesDirectory = "packages/schemas/bundles";

/** The documents bundled one per file: a record type each, the record union, the package and the JSON Lines header. */
export const bundledSchemas = ["person", "enrolment", "transfer", "assistance", "record", "package", "jsonl-header"] as const;

/** The exchange contract: `schemas/openapi/<name>.yaml`, bundled as `openapi.json` and `openapi.yaml`. */
const contractName = "czt-exchange";

/** The version a directory of the standard holds: the `schemaVersion` its package schema requires. */
export function versionOf(standard: StandardSources, schemasById: ReadonlyMap<string, JsonObject>): string {
  const source = standard.schemas.find((s) => s.path === `${standard.directory}/package.schema.json`);
  const schema = source === undefined ? undefined : schemasById.get(String(source.json["$id"]));
  const properties = schema?.["properties"];
  const declared = isObject(properties) && isObject(properties["schemaVersion"]) ? properties["schemaVersion"]["const"] : undefined;
  if (typeof declared !== "string") throw new Error(`${standard.directory}/package.schema.json: properties/schemaVersion has no const version`);
  const release = /\/releases\/([^/]+)$/.exec(standard.directory)?.[1];
  if (release !== undefined && release !== declared) throw new Error(`${standard.directory}: holds schemaVersion ${declared}, not ${release}`);
  return declared;
}

/**
 * @param schemasById the schemas of this version by `$id` (the working tree's after code-list sync).
 */
export function standardBundles(standard: StandardSources, schemasById: ReadonlyMap<string, JsonObject>): GeneratedFile[] {
  const version = versionOf(standard, schemasById);
  const directory = `${bundlesDirectory}/${version}`;
  const idOf = (name: string): string => {
    const source = standard.schemas.find((s) => s.path === `${standard.directory}/${name}.schema.json`);
    if (source === undefined) throw new Error(`${standard.directory}/${name}.schema.json is missing`);
    return String(source.json["$id"]);
  };
  const files: GeneratedFile[] = bundledSchemas.map((name) => ({
    path: `${directory}/${name}.schema.json`,
    content: jsonText(bundleSchema(idOf(name), schemasById)),
    compare: "text",
  }));

  const contract = standard.openapi.find((doc) => doc.name === contractName);
  if (contract === undefined) throw new Error(`${standard.directory}/openapi/${contractName}.yaml is missing`);
  const openapi = bundleOpenApi(contract.json, new URL(`openapi/${contractName}.yaml`, idOf("record")).href, schemasById);
  files.push(
    { path: `${directory}/openapi.json`, content: jsonText(openapi), compare: "text" },
    {
      path: `${directory}/openapi.yaml`,
      content: `# Generated from ${contract.path} and the schemas it refers to. Do not edit: npm run generate -w @czt/schemas\n${yamlText(openapi, { aliasDuplicateObjects: false, lineWidth: 0 })}`,
      compare: "text",
    },
  );
  return files;
}
