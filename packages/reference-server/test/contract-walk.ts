/** Walks a bundled OpenAPI contract: its operations, their bodies and the examples of each. */

export type Node = Record<string, unknown>;

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  node: Node;
}

/** A request or response body of one media type, with the pointer of its schema. */
export interface Body {
  /** `createPerson request application/json`, `getPerson 404 application/problem+json`. */
  where: string;
  /** `request`, or the response's status code. */
  status: string;
  mediaType: string;
  media: Node;
  schemaPointer: string;
}

export interface Example {
  name: string;
  value: unknown;
}

const methods = ["get", "put", "post", "delete", "patch"];

const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** Follows a local `$ref` (`#/components/…`) to its target; returns the node itself otherwise. */
export function resolve(contract: Readonly<Node>, node: Node): Node {
  const ref = node["$ref"];
  if (typeof ref !== "string") return node;
  let target: unknown = contract;
  for (const segment of ref.slice(2).split("/")) target = (target as Node)[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  if (target === undefined) throw new Error(`${ref} resolves to nothing`);
  return resolve(contract, target as Node);
}

/** A `$ref` as written, so that a body's schema can be compiled at the pointer it lives at. */
function pointerOf(node: Node, fallback: string): string {
  const ref = node["$ref"];
  return typeof ref === "string" ? ref.slice(1) : fallback;
}

export function operationsOf(contract: Readonly<Node>): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(contract["paths"] as Record<string, Node>)) {
    for (const method of methods) {
      const node = item[method] as Node | undefined;
      if (node !== undefined) operations.push({ operationId: String(node["operationId"]), method, path, node });
    }
  }
  return operations;
}

/** The request body's media types, then every response's, in the contract's order. */
export function bodiesOf(contract: Readonly<Node>, operation: Operation): Body[] {
  const bodies: Body[] = [];
  const base = `/paths/${escapePointer(operation.path)}/${operation.method}`;
  const add = (status: string, holder: Node | undefined, holderPointer: string) => {
    if (holder === undefined) return;
    const resolvedPointer = pointerOf(holder, holderPointer);
    const resolved = resolve(contract, holder);
    for (const [mediaType, media] of Object.entries((resolved["content"] ?? {}) as Record<string, Node>)) {
      bodies.push({
        where: `${operation.operationId} ${status} ${mediaType}`,
        status,
        mediaType,
        media,
        schemaPointer: `${resolvedPointer}/content/${escapePointer(mediaType)}/schema`,
      });
    }
  };
  add("request", operation.node["requestBody"] as Node | undefined, `${base}/requestBody`);
  for (const [status, response] of Object.entries((operation.node["responses"] ?? {}) as Record<string, Node>)) {
    add(status, response, `${base}/responses/${status}`);
  }
  return bodies;
}

/** The media type's `example`, and each of its `examples` (a `$ref` to components/examples followed). */
export function examplesOf(contract: Readonly<Node>, media: Node): Example[] {
  const examples: Example[] = [];
  if ("example" in media) examples.push({ name: "example", value: media["example"] });
  for (const [name, example] of Object.entries((media["examples"] ?? {}) as Record<string, Node>)) {
    examples.push({ name, value: resolve(contract, example)["value"] });
  }
  return examples;
}
