import { bothSides, type Side } from "./change.js";
import { pointerJoin, type ReferenceIndex } from "./reference-index.js";
import type { Place, SchemaComparer } from "./schema-comparer.js";

const producerOnly: readonly Side[] = ["producer"];
const consumerOnly: readonly Side[] = ["consumer"];
const noSide: readonly Side[] = [];

const methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

type Node = Record<string, unknown>;

function asNode(value: unknown): Node {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Node) : {};
}

/** An OpenAPI object with its `$ref`s (to parameters, request bodies, responses) followed, and where it lives. */
interface Located {
  node: Node;
  file: string;
  pointer: string;
}

function follow(index: ReferenceIndex, value: unknown, file: string, pointer: string): Located {
  let here: Located = { node: asNode(value), file, pointer };
  for (let hops = 0; typeof here.node["$ref"] === "string" && hops < 32; hops++) {
    const target = index.resolve(here.node["$ref"] as string, here.file);
    here = { node: asNode(target.node), file: target.file, pointer: target.pointer };
  }
  return here;
}

/** `/v1/persons/{personId}` and `/v1/persons/{id}` are the same path. */
function pathShape(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

/**
 * Compares two versions of an OpenAPI document: operations, parameters, request bodies,
 * responses and security, and every schema in them with the JSON Schema rules. In a request
 * the client produces the data and the server consumes it; in a response the other way round.
 */
export class OpenApiComparer {
  constructor(
    private readonly oldIndex: ReferenceIndex,
    private readonly newIndex: ReferenceIndex,
    private readonly schemas: SchemaComparer,
  ) {}

  compare(oldFile: string, newFile: string): void {
    const oldDocument = asNode(this.oldIndex.document(oldFile));
    const newDocument = asNode(this.newIndex.document(newFile));
    const base: Place = { area: "openapi", oldFile, oldPointer: "", newFile, newPointer: "", label: newFile, path: "" };
    const oldOperations = this.operations(oldDocument);
    const newOperations = this.operations(newDocument);
    for (const [key, oldOperation] of oldOperations) {
      const newOperation = newOperations.get(key);
      if (newOperation === undefined) {
        this.schemas.emit("operation-removed", bothSides, { ...base, oldPointer: oldOperation.pointer, label: oldOperation.name }, `operation ${oldOperation.name} removed`);
        continue;
      }
      const place: Place = { ...base, oldPointer: oldOperation.pointer, newPointer: newOperation.pointer, label: newOperation.name };
      this.compareSecurity(oldDocument, newDocument, oldOperation, newOperation, place);
      this.compareParameters(oldOperation, newOperation, place);
      this.compareRequestBody(oldOperation, newOperation, place);
      this.compareResponses(oldOperation, newOperation, place);
    }
    for (const [key, newOperation] of newOperations) {
      if (!oldOperations.has(key)) this.schemas.emit("operation-added", noSide, { ...base, newPointer: newOperation.pointer, label: newOperation.name }, `operation ${newOperation.name} added`);
    }
    const oldComponents = asNode(asNode(oldDocument["components"])["schemas"]);
    const newComponents = asNode(asNode(newDocument["components"])["schemas"]);
    for (const name of new Set([...Object.keys(oldComponents), ...Object.keys(newComponents)])) {
      const pointer = pointerJoin("/components/schemas", name);
      const place: Place = { ...base, oldPointer: pointer, newPointer: pointer, label: `${newFile}#${pointer}` };
      if (!Object.hasOwn(newComponents, name)) this.schemas.emit("definition-removed", bothSides, { ...place, newPointer: "" }, `component schema ${name} removed`);
      else if (!Object.hasOwn(oldComponents, name)) this.schemas.emit("definition-added", noSide, place, `component schema ${name} added`);
      else this.schemas.compareDefinition(oldComponents[name], newComponents[name], place);
    }
  }

  private operations(document: Node): Map<string, { name: string; pointer: string; node: Node; pathItem: Node }> {
    const found = new Map<string, { name: string; pointer: string; node: Node; pathItem: Node }>();
    for (const [path, pathItem] of Object.entries(asNode(document["paths"]))) {
      for (const method of methods) {
        const operation = asNode(pathItem)[method];
        if (operation === undefined) continue;
        found.set(`${method} ${pathShape(path)}`, { name: `${method.toUpperCase()} ${path}`, pointer: pointerJoin("/paths", path, method), node: asNode(operation), pathItem: asNode(pathItem) });
      }
    }
    return found;
  }

  /** Alternatives of an operation's security, each as scheme → scopes; `[]` or `{}` means anonymous access. */
  private security(document: Node, operation: Node): Map<string, Set<string>>[] {
    const requirements = (operation["security"] ?? document["security"] ?? []) as unknown[];
    return requirements.map((requirement) => new Map(Object.entries(asNode(requirement)).map(([scheme, scopes]) => [scheme, new Set(Array.isArray(scopes) ? (scopes as string[]) : [])])));
  }

  private compareSecurity(oldDocument: Node, newDocument: Node, oldOperation: { node: Node }, newOperation: { node: Node }, place: Place): void {
    const oldAlternatives = this.security(oldDocument, oldOperation.node);
    const newAlternatives = this.security(newDocument, newOperation.node);
    // `held` satisfies `needed` when it has every scheme and scope that `needed` asks for.
    const satisfies = (held: Map<string, Set<string>>, needed: Map<string, Set<string>>) =>
      [...needed].every(([scheme, scopes]) => held.has(scheme) && [...scopes].every((scope) => held.get(scheme)!.has(scope)));
    const anyone = (alternatives: Map<string, Set<string>>[]) => alternatives.length === 0 || alternatives.some((alternative) => alternative.size === 0);
    const accepts = (alternatives: Map<string, Set<string>>[], held: Map<string, Set<string>>) => anyone(alternatives) || alternatives.some((needed) => satisfies(held, needed));
    const describe = (alternatives: Map<string, Set<string>>[]) =>
      anyone(alternatives) ? "anyone" : alternatives.map((alternative) => [...alternative].map(([scheme, scopes]) => `${scheme}[${[...scopes].join(", ")}]`).join(" + ")).join(" or ");
    const oldCredentials = anyone(oldAlternatives) ? [new Map<string, Set<string>>()] : oldAlternatives;
    const newCredentials = anyone(newAlternatives) ? [new Map<string, Set<string>>()] : newAlternatives;
    const here = { ...place, newPointer: pointerJoin(place.newPointer, "security") };
    const message = `security ${describe(oldAlternatives)} → ${describe(newAlternatives)}`;
    if (oldCredentials.some((held) => !accepts(newAlternatives, held))) this.schemas.emit("security-tightened", producerOnly, here, `${message}: clients with the old credentials are refused`);
    else if (newCredentials.some((held) => !accepts(oldAlternatives, held))) this.schemas.emit("security-loosened", noSide, here, message);
  }

  /** An operation's parameters (the path item's and its own), keyed so that the same parameter has the same key in both versions. */
  private parameters(index: ReferenceIndex, file: string, operation: { name: string; node: Node; pathItem: Node; pointer: string }): Map<string, Located & { display: string }> {
    const found = new Map<string, Located & { display: string }>();
    const templates = [...operation.name.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
    const pathPointer = operation.pointer.slice(0, operation.pointer.lastIndexOf("/"));
    const lists: [unknown, string][] = [
      [operation.pathItem["parameters"], pointerJoin(pathPointer, "parameters")],
      [operation.node["parameters"], pointerJoin(operation.pointer, "parameters")],
    ];
    for (const [list, pointer] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((parameter, i) => {
        const located = follow(index, parameter, file, pointerJoin(pointer, i));
        const place = String(located.node["in"]);
        const name = String(located.node["name"]);
        // Header names are case-insensitive; a path parameter is the same by its position in the path (`{id}` → `{personId}`).
        const position = templates.indexOf(name);
        const key = place === "path" && position !== -1 ? `path #${position + 1}` : `${place} ${place === "header" ? name.toLowerCase() : name}`;
        found.set(key, { ...located, display: `${place} parameter ${name}` });
      });
    }
    return found;
  }

  private compareParameters(oldOperation: { name: string; node: Node; pathItem: Node; pointer: string }, newOperation: { name: string; node: Node; pathItem: Node; pointer: string }, place: Place): void {
    const oldParameters = this.parameters(this.oldIndex, place.oldFile, oldOperation);
    const newParameters = this.parameters(this.newIndex, place.newFile, newOperation);
    for (const [key, old] of oldParameters) {
      const current = newParameters.get(key);
      const label = `${place.label}: ${(current ?? old).display}`;
      if (current === undefined) {
        this.schemas.emit("parameter-removed", producerOnly, { ...place, label }, `${old.display} removed: requests that send it may be refused`);
        continue;
      }
      const here: Place = { ...place, oldFile: old.file, oldPointer: old.pointer, newFile: current.file, newPointer: current.pointer, label };
      const wasRequired = old.node["required"] === true;
      const isRequired = current.node["required"] === true;
      if (!wasRequired && isRequired) this.schemas.emit("parameter-now-required", producerOnly, here, `${current.display} is now required`);
      if (wasRequired && !isRequired) this.schemas.emit("parameter-now-optional", consumerOnly, here, `${current.display} is now optional: servers must handle its absence`);
      this.schemas.compare(old.node["schema"] ?? true, current.node["schema"] ?? true, { ...here, oldPointer: pointerJoin(old.pointer, "schema"), newPointer: pointerJoin(current.pointer, "schema") });
    }
    for (const [key, current] of newParameters) {
      if (oldParameters.has(key)) continue;
      const label = `${place.label}: ${current.display}`;
      const here: Place = { ...place, newFile: current.file, newPointer: current.pointer, label };
      if (current.node["required"] === true) this.schemas.emit("parameter-added", producerOnly, here, `required ${current.display} added: requests without it are refused`);
      else this.schemas.emit("parameter-added", noSide, here, `optional ${current.display} added`);
    }
  }

  private compareRequestBody(oldOperation: { node: Node; pointer: string }, newOperation: { node: Node; pointer: string }, place: Place): void {
    const oldBody = oldOperation.node["requestBody"];
    const newBody = newOperation.node["requestBody"];
    const label = `${place.label}: request body`;
    if (oldBody === undefined && newBody === undefined) return;
    if (newBody === undefined) {
      this.schemas.emit("request-body-removed", producerOnly, { ...place, label }, "request body removed: requests that send one may be refused");
      return;
    }
    const current = follow(this.newIndex, newBody, place.newFile, pointerJoin(newOperation.pointer, "requestBody"));
    if (oldBody === undefined) {
      const required = current.node["required"] === true;
      this.schemas.emit("request-body-added", required ? producerOnly : noSide, { ...place, label }, `${required ? "required" : "optional"} request body added`);
      return;
    }
    const old = follow(this.oldIndex, oldBody, place.oldFile, pointerJoin(oldOperation.pointer, "requestBody"));
    const here: Place = { ...place, oldFile: old.file, oldPointer: old.pointer, newFile: current.file, newPointer: current.pointer, label };
    if (old.node["required"] !== true && current.node["required"] === true) this.schemas.emit("request-body-now-required", producerOnly, here, "request body is now required");
    if (old.node["required"] === true && current.node["required"] !== true) this.schemas.emit("request-body-now-optional", consumerOnly, here, "request body is now optional: servers must handle its absence");
    this.compareContent(old, current, here, true);
  }

  private compareResponses(oldOperation: { node: Node; pointer: string }, newOperation: { node: Node; pointer: string }, place: Place): void {
    const oldResponses = asNode(oldOperation.node["responses"]);
    const newResponses = asNode(newOperation.node["responses"]);
    for (const status of Object.keys(oldResponses)) {
      const label = `${place.label}: response ${status}`;
      if (!Object.hasOwn(newResponses, status)) {
        this.schemas.emit("status-removed", bothSides, { ...place, label }, `response ${status} removed`);
        continue;
      }
      const old = follow(this.oldIndex, oldResponses[status], place.oldFile, pointerJoin(oldOperation.pointer, "responses", status));
      const current = follow(this.newIndex, newResponses[status], place.newFile, pointerJoin(newOperation.pointer, "responses", status));
      this.compareContent(old, current, { ...place, oldFile: old.file, oldPointer: old.pointer, newFile: current.file, newPointer: current.pointer, label }, false);
    }
    for (const status of Object.keys(newResponses)) {
      if (Object.hasOwn(oldResponses, status)) continue;
      // Clients handle error classes as a whole; a new success or redirect status is one they do not expect.
      const unexpected = /^[123]/.test(status) || status === "default";
      const here = { ...place, newPointer: pointerJoin(newOperation.pointer, "responses", status), label: `${place.label}: response ${status}` };
      this.schemas.emit("status-added", unexpected ? consumerOnly : noSide, here, `response ${status} added`);
    }
  }

  private compareContent(old: Located, current: Located, place: Place, isRequest: boolean): void {
    const oldContent = asNode(old.node["content"]);
    const newContent = asNode(current.node["content"]);
    for (const mediaType of Object.keys(oldContent)) {
      const label = `${place.label} ${mediaType}`;
      if (!Object.hasOwn(newContent, mediaType)) {
        this.schemas.emit("media-type-removed", bothSides, { ...place, label }, `media type ${mediaType} removed`);
        continue;
      }
      const oldPointer = pointerJoin(old.pointer, "content", mediaType, "schema");
      const newPointer = pointerJoin(current.pointer, "content", mediaType, "schema");
      const oldSchema = asNode(oldContent[mediaType])["schema"] ?? true;
      const newSchema = asNode(newContent[mediaType])["schema"] ?? true;
      this.schemas.compare(oldSchema, newSchema, { ...place, oldPointer, newPointer, label });
    }
    for (const mediaType of Object.keys(newContent)) {
      if (Object.hasOwn(oldContent, mediaType)) continue;
      const here = { ...place, newPointer: pointerJoin(current.pointer, "content", mediaType), label: `${place.label} ${mediaType}` };
      this.schemas.emit("media-type-added", isRequest ? noSide : consumerOnly, here, `media type ${mediaType} added`);
    }
  }
}
