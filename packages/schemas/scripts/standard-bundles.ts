/**
 * The self-contained bundles of one version of the standard, written to
 * `packages/schemas/bundles/<version>/`: what vendors, code generators and third-party
 * validators load (no network, no file system, no knowledge of the standard's `$id`s).
 */
import { stringify as yamlText } from "yaml";
import { bundleOpenApi } from "./bundle-openapi.js";
import { bundleSchema } from "./bundle-schema.js";
import type { JsonObject } from "./json.js";
import { jsonText } from "./json.js";
import type { GeneratedFile, StandardTree } from "./outputs.js";

export const bundlesDirectory = "packages/schemas/bundles";

/** The documents bundled one per file: a record type each, the record union, the package and the JSON Lines header. */
export const bundledSchemas = [
  "person",
  "enrolment",
  "transfer",
  "assistance",
  "record",
  "package",
  "jsonl-header",
  "benefit",
  "medicalRegistration",
  "medicalSettlement",
  "organisation",
  "donation",
  "consent",
] as const;

/** The exchange contract: `schemas/openapi/<name>.yaml`, bundled as `openapi.json` and `openapi.yaml`. */
const contractName = "czt-exchange";

/**
 * @param schemasById the tree's schemas by `$id` (the working tree's after code-list sync).
 * @param version the version the tree holds, e.g. `1.1`.
 */
export function standardBundles(tree: StandardTree, schemasById: ReadonlyMap<string, JsonObject>, version: string): GeneratedFile[] {
  const { folder, sources } = tree;
  const directory = `${bundlesDirectory}/${version}`;
  const idOf = (name: string): string => {
    const source = sources.schemas.find((s) => s.path === `${folder}/${name}.schema.json`);
    if (source === undefined) throw new Error(`${folder}/${name}.schema.json is missing`);
    return String(source.json["$id"]);
  };
  // A release bundles the documents it has: 1.0 predates benefit and the 异地就医 records.
  const present = bundledSchemas.filter((name) => sources.schemas.some((s) => s.path === `${folder}/${name}.schema.json`));
  const files: GeneratedFile[] = present.map((name) => ({
    path: `${directory}/${name}.schema.json`,
    content: jsonText(bundleSchema(idOf(name), schemasById)),
    compare: "text",
  }));

  const contract = sources.openapi.find((doc) => doc.name === contractName);
  if (contract === undefined) throw new Error(`${folder}/openapi/${contractName}.yaml is missing`);
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
