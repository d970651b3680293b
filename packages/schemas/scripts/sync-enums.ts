/**
 * Enums generated from code lists: every schema node with `x-czt-codelist: <id>` gets
 * `enum` = all codes of that list, in list order. Retired and deprecated codes stay in
 * the enum (historic records keep them); the validator flags them from the list's status.
 */
import type { CodeList } from "../src/code-list.js";
import { isObject } from "./json.js";

export interface EnumSyncResult {
  /** The schema with its code-list enums rewritten (a copy; the input is not changed). */
  schema: unknown;
  /** Code-list ids named by `x-czt-codelist` that have no list. */
  unknownLists: string[];
}

export function codesOf(list: CodeList): string[] {
  return list.codes.map((entry) => entry.code);
}

export function syncEnums(schema: unknown, lists: ReadonlyMap<string, CodeList>): EnumSyncResult {
  const unknownLists: string[] = [];
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!isObject(node)) return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) copy[key] = visit(value);
    const listId = node["x-czt-codelist"];
    if (typeof listId === "string") {
      const list = lists.get(listId);
      if (list === undefined) unknownLists.push(listId);
      else copy["enum"] = codesOf(list);
    }
    return copy;
  };
  return { schema: visit(schema), unknownLists };
}

export interface EnumMismatch {
  /** Repository path of the schema and JSON pointer of the node with `x-czt-codelist`. */
  where: string;
  list: string;
  problem: string;
}

/** Code-list enums that differ from their lists (or name no list); empty when in sync. */
export function findEnumMismatches(
  schemas: readonly { path: string; json: unknown }[],
  lists: ReadonlyMap<string, CodeList>,
): EnumMismatch[] {
  const mismatches: EnumMismatch[] = [];
  const visit = (node: unknown, path: string, pointer: string): void => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) visit(item, path, `${pointer}/${i}`);
    }
    if (!isObject(node)) return;
    const listId = node["x-czt-codelist"];
    if (typeof listId === "string") {
      const list = lists.get(listId);
      const where = `${path}#${pointer}`;
      if (list === undefined) mismatches.push({ where, list: listId, problem: "no such code list" });
      else if (JSON.stringify(node["enum"]) !== JSON.stringify(codesOf(list))) {
        mismatches.push({ where, list: listId, problem: `enum ${JSON.stringify(node["enum"])} != codes ${JSON.stringify(codesOf(list))}` });
      }
    }
    for (const [key, value] of Object.entries(node)) visit(value, path, `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
  };
  for (const schema of schemas) visit(schema.json, schema.path, "");
  return mismatches;
}
