import { posix } from "node:path";
import type { StandardTree } from "./standard-tree.js";

/** A `$ref` resolved inside one version: the file (relative to the version's root) and the JSON pointer. */
export interface Target {
  file: string;
  pointer: string;
  /** `file#pointer`: equal keys in the old and the new version mean "the same place". */
  key: string;
  node: unknown;
}

/**
 * Resolves `$ref`s between the files of one version. Schemas are matched by their `$id`
 * relative to the version's base (`https://…/schemas/1.0/person.schema.json` → `person.schema.json`),
 * so moving the base from one version to the next changes no key.
 */
export class ReferenceIndex {
  private readonly documents = new Map<string, unknown>();
  private readonly fileOfId = new Map<string, string>();
  private readonly bases = new Set<string>();

  constructor(tree: StandardTree) {
    for (const [path, document] of [...tree.schemas, ...tree.openapi]) {
      this.documents.set(path, document);
      const id = (document as { $id?: unknown } | null)?.$id;
      if (typeof id !== "string") continue;
      const bare = id.split("#")[0]!;
      this.fileOfId.set(bare, path);
      if (bare.endsWith(`/${path}`)) this.bases.add(bare.slice(0, -path.length));
    }
  }

  /**
   * The version the `$id`s name (`1.0` for `https://…/schemas/1.0/…`), when all agree:
   * data that declares it (`schemaVersion`) is data of this version, not a value like any other.
   */
  version(): string | undefined {
    const names = new Set([...this.bases].map((base) => base.split("/").filter((segment) => segment !== "").at(-1)));
    return names.size === 1 ? [...names][0] : undefined;
  }

  document(file: string): unknown {
    return this.documents.get(file);
  }

  /** The file and pointer a `$ref` in `fromFile` names, the node there (undefined when absent). */
  resolve(ref: string, fromFile: string): Target {
    const hash = ref.indexOf("#");
    const uri = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? "" : decodeURIComponent(ref.slice(hash + 1));
    const file = uri === "" ? fromFile : this.fileOf(uri, fromFile);
    const node = pointerGet(this.documents.get(file), fragment);
    return { file, pointer: fragment, key: `${file}#${fragment}`, node };
  }

  private fileOf(uri: string, fromFile: string): string {
    const known = this.fileOfId.get(uri);
    if (known !== undefined) return known;
    if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) {
      for (const base of this.bases) if (uri.startsWith(base)) return uri.slice(base.length);
      return uri;
    }
    return posix.normalize(posix.join(posix.dirname(fromFile), uri));
  }
}

/** The node at a JSON pointer (`/a/b~1c`), undefined when there is none; "" is the document. */
export function pointerGet(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  if (!pointer.startsWith("/")) return undefined;
  let node = document;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** A JSON pointer one token deeper. */
export function pointerJoin(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + tokens.map((token) => `/${String(token).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}
