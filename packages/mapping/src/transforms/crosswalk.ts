import { type CodeListId, codeLists } from "@czt/schemas";
import { type Converted, converted, refused } from "./result.js";

/** Source systems whose local codes the code lists carry (`localCodesBySystem`): hrss = 人社 金保, nhsa = 医保 信息平台 (insutype), mps = 公安 (GA/T 517). */
export type CodeSystem = "hrss" | "nhsa" | "mps";

/** How a column's local codes become the standard's codes. */
export interface CrosswalkSpec {
  /** The standard code list the result belongs to. */
  list?: CodeListId;
  /** Take the local codes of this source system from the code list's `localCodesBySystem`. */
  system?: CodeSystem;
  /** The mapping's own table (local → standard code), for purely local codes; consulted first. */
  table?: Readonly<Record<string, string>>;
  /** Also accept the code's zh title (男性, 城镇) — default true when a list is named. */
  titles?: boolean;
  /** Also accept a value that already is a code of the list — default false (a local code could collide). */
  codes?: boolean;
}

/** local code → standard code for one list and system, computed on first use. */
const bySystem = new Map<string, ReadonlyMap<string, string>>();

function systemTable(list: CodeListId, system: CodeSystem): ReadonlyMap<string, string> {
  const key = `${list}|${system}`;
  let table = bySystem.get(key);
  if (!table) {
    const entries = new Map<string, string>();
    for (const entry of codeLists[list].codes) for (const local of entry.localCodesBySystem?.[system] ?? []) if (!entries.has(local)) entries.set(local, entry.code);
    table = entries;
    bySystem.set(key, table);
  }
  return table;
}

/** Whether a code list carries local codes for a system (a mapping naming a system for a list without them is an error). */
export function hasLocalCodes(list: CodeListId, system: CodeSystem): boolean {
  return systemTable(list, system).size > 0;
}

/**
 * A local code as the standard's code: from the mapping's table, then the list's codes of
 * the named system, then (if allowed) a zh title or the standard code itself. A value
 * found nowhere is refused with the value — never left blank or passed through.
 */
export function crosswalk(value: string, spec: CrosswalkSpec): Converted<string> {
  const text = value.trim();
  const fromTable = spec.table?.[text];
  if (fromTable !== undefined) return converted(fromTable);
  if (spec.list) {
    const list = codeLists[spec.list];
    if (spec.system) {
      const code = systemTable(spec.list, spec.system).get(text);
      if (code !== undefined) return converted(code);
    }
    if (spec.titles !== false) {
      const entry = list.codes.find((candidate) => candidate.title.zh === text);
      if (entry) return converted(entry.code);
    }
    if (spec.codes === true && list.codes.some((entry) => entry.code === text)) return converted(text);
  }
  const where = [spec.list ? `${spec.list}` : "", spec.system ? `${spec.system}` : "", spec.table ? "mapping table" : ""].filter(Boolean).join(", ");
  return refused(`代码 {value} 在对照表（${where}）中没有对应的标准代码`, `the code {value} has no standard code in the crosswalk (${where})`);
}
