import { type Change, isBreaking, isUnacknowledgedBreak, type Side } from "./change.js";
import { applyCorrections, type Correction } from "./corrections.js";
import { CodeListDelta } from "./code-list-delta.js";
import { compareCodeLists } from "./compare-code-lists.js";
import { OpenApiComparer } from "./compare-openapi.js";
import { Uses } from "./polarity.js";
import { ReferenceIndex } from "./reference-index.js";
import { SchemaComparer } from "./schema-comparer.js";
import type { StandardTree } from "./standard-tree.js";

export interface DiffSummary {
  /** Changes that break producers (data that was valid becomes invalid). */
  producer: number;
  /** Changes that break consumers (readers may meet data they did not expect). */
  consumer: number;
  /** Changes that break either side. */
  breaking: number;
  /** Changes that need a person to decide (counted as breaking until then). */
  review: number;
  /** Breaking changes the new version declares as corrections (listed, not counted by `--fail-on`). */
  corrections: number;
  compatible: number;
}

export interface StandardDiff {
  old: string;
  new: string;
  changes: Change[];
  summary: DiffSummary;
  /** Entries of the new version's corrections.json that no change matched (a stale or mistyped entry). */
  unmatchedCorrections: Correction[];
}

/** Stable report order: by area, file, location, then kind. */
function order(a: Change, b: Change): number {
  const keys = (change: Change) => [change.area === "schema" ? 0 : change.area === "codelist" ? 1 : 2, change.file, change.location, change.kind] as const;
  const [x, y] = [keys(a), keys(b)];
  for (let i = 0; i < x.length; i++) if (x[i]! !== y[i]!) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

export function summarize(changes: readonly Change[]): DiffSummary {
  return {
    producer: changes.filter((change) => isBreaking(change, "producer")).length,
    consumer: changes.filter((change) => isBreaking(change, "consumer")).length,
    breaking: changes.filter((change) => isBreaking(change)).length,
    review: changes.filter((change) => change.review).length,
    corrections: changes.filter((change) => isBreaking(change) && change.correction !== undefined).length,
    compatible: changes.filter((change) => !isBreaking(change)).length,
  };
}

/** Compares two versions of the standard: every JSON Schema file, code list and OpenAPI document. */
export function diffStandards(oldTree: StandardTree, newTree: StandardTree): StandardDiff {
  const changes: Change[] = [];
  const oldIndex = new ReferenceIndex(oldTree);
  const newIndex = new ReferenceIndex(newTree);
  const schemas = new SchemaComparer(oldIndex, newIndex, new CodeListDelta(oldTree, newTree), changes, new Uses(oldTree, oldIndex), new Uses(newTree, newIndex));
  for (const [file, oldSchema] of oldTree.schemas) {
    const place = { area: "schema" as const, oldFile: file, oldPointer: "", newFile: file, newPointer: "", label: file, path: "" };
    if (newTree.schemas.has(file)) schemas.compare(oldSchema, newTree.schemas.get(file), place);
    else schemas.emit("schema-removed", ["producer", "consumer"], place, `schema ${file} removed`);
  }
  for (const file of newTree.schemas.keys()) {
    if (!oldTree.schemas.has(file)) schemas.emit("schema-added", [], { area: "schema", oldFile: file, oldPointer: "", newFile: file, newPointer: "", label: file, path: "" }, `schema ${file} added`);
  }
  compareCodeLists(oldTree, newTree, changes);
  const openapi = new OpenApiComparer(oldIndex, newIndex, schemas);
  for (const file of oldTree.openapi.keys()) {
    if (newTree.openapi.has(file)) openapi.compare(file, file);
    else schemas.emit("schema-removed", ["producer", "consumer"], { area: "openapi", oldFile: file, oldPointer: "", newFile: file, newPointer: "", label: file, path: "" }, `API contract ${file} removed`);
  }
  for (const file of newTree.openapi.keys()) {
    if (!oldTree.openapi.has(file)) schemas.emit("schema-added", [], { area: "openapi", oldFile: file, oldPointer: "", newFile: file, newPointer: "", label: file, path: "" }, `API contract ${file} added`);
  }
  changes.sort(order);
  const unmatchedCorrections = applyCorrections(changes, newTree.corrections);
  return { old: oldTree.label, new: newTree.label, changes, summary: summarize(changes), unmatchedCorrections };
}

/** Whether the diff holds a change that breaks the given side (`any`: either) and is not a declared correction. */
export function hasBreaking(diff: StandardDiff, side: Side | "any"): boolean {
  return diff.changes.some((change) => isUnacknowledgedBreak(change, side));
}
