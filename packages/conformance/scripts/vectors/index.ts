import type { Group } from "./builders.js";
import { careGroups } from "./care.js";
import { codeListGroups } from "./codelists.js";
import { datasetGroups } from "./datasets.js";
import { identifierGroups } from "./identifiers.js";
import { inputGroups } from "./input.js";
import { recordGroups } from "./records.js";
import { schemaGroups } from "./schema.js";

/** Every vector file of `conformance/vectors/`, by file name. */
export function buildVectorFiles(schemasDirectory: string): Record<string, Group[]> {
  return {
    "codelists.json": codeListGroups(schemasDirectory),
    "datasets.json": datasetGroups,
    "identifiers.json": identifierGroups,
    "input.json": inputGroups,
    "records.json": recordGroups,
    "schema.json": schemaGroups,
    "care.json": careGroups,
  };
}

/** The text of a vector file as committed: two-space JSON and a final newline. */
export function vectorFileText(groups: Group[]): string {
  return `${JSON.stringify(groups, null, 2)}\n`;
}
