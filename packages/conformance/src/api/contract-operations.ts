/** What the contract documents for one operation's responses. */
export interface OperationSpec {
  operationId: string;
  method: string;
  /** Path template, e.g. `/v1/persons/{personId}`. */
  path: string;
  /** Status code → media type → JSON pointer of the schema inside the contract. */
  responses: Map<string, Map<string, string>>;
}

type Node = Record<string, unknown>;

const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

function resolveLocal(contract: Node, node: Node, pointer: string): { node: Node; pointer: string } {
  const ref = node["$ref"];
  if (typeof ref !== "string" || !ref.startsWith("#/")) return { node, pointer };
  let target: unknown = contract;
  for (const segment of ref.slice(2).split("/")) target = (target as Node)[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  return { node: target as Node, pointer: ref.slice(1) };
}

/** Every operation of the contract by operationId. */
export function contractOperations(contract: Readonly<Record<string, unknown>>): Map<string, OperationSpec> {
  const operations = new Map<string, OperationSpec>();
  const paths = (contract["paths"] ?? {}) as Record<string, Node>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      const operation = item[method] as Node | undefined;
      if (operation === undefined) continue;
      const responses = new Map<string, Map<string, string>>();
      for (const [status, raw] of Object.entries((operation["responses"] ?? {}) as Record<string, Node>)) {
        const base = `/paths/${escapePointer(path)}/${method}/responses/${status}`;
        const { node: response, pointer } = resolveLocal(contract as Node, raw, base);
        const media = new Map<string, string>();
        for (const type of Object.keys((response["content"] ?? {}) as Node)) media.set(type, `${pointer}/content/${escapePointer(type)}/schema`);
        responses.set(status, media);
      }
      operations.set(String(operation["operationId"]), { operationId: String(operation["operationId"]), method: method.toUpperCase(), path, responses });
    }
  }
  return operations;
}

/** The documented responses of a status: exact code, then `4XX`-style ranges, then `default`. */
export function documentedResponse(operation: OperationSpec, status: number): Map<string, string> | undefined {
  return operation.responses.get(String(status)) ?? operation.responses.get(`${String(status)[0]}XX`) ?? operation.responses.get("default");
}
