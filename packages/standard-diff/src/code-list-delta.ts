import type { StandardTree } from "./standard-tree.js";

/**
 * Which codes each code list gained and lost between two versions, so that the enums generated
 * from a list (`x-czt-codelist`) do not report the same code again at every schema that uses it.
 */
export class CodeListDelta {
  private readonly gained = new Map<string, Set<string>>();
  private readonly lost = new Map<string, Set<string>>();

  constructor(oldTree: StandardTree, newTree: StandardTree) {
    for (const [id, oldList] of oldTree.codeLists) {
      const newList = newTree.codeLists.get(id);
      if (newList === undefined) continue;
      const oldCodes = new Set((oldList.codes ?? []).map((entry) => entry.code));
      const newCodes = new Set((newList.codes ?? []).map((entry) => entry.code));
      this.lost.set(id, new Set([...oldCodes].filter((code) => !newCodes.has(code))));
      this.gained.set(id, new Set([...newCodes].filter((code) => !oldCodes.has(code))));
    }
  }

  added(list: string | undefined, value: unknown): boolean {
    return list !== undefined && typeof value === "string" && (this.gained.get(list)?.has(value) ?? false);
  }

  removed(list: string | undefined, value: unknown): boolean {
    return list !== undefined && typeof value === "string" && (this.lost.get(list)?.has(value) ?? false);
  }
}
