import { ReferenceIndex } from "./reference-index.js";
import type { StandardTree } from "./standard-tree.js";

/** The version a tree's `$id`s name (`1.1` for `https://czt-ss.org/schemas/1.1/…`), undefined when they do not agree. */
export function standardVersion(tree: StandardTree): string | undefined {
  return new ReferenceIndex(tree).version();
}
