/**
 * The exchange contract, whose bodies are `$ref`s to the schemas of the standard
 * (`../person.schema.json`), as one self-contained OpenAPI 3.1 document: each referenced
 * schema is embedded once under `components/schemas` (`person`, `common.agency`) and every
 * reference is local. Browsers, linters, mock servers and code generators then need no
 * network and no file system. A `$ref` marked `x-czt-read-view` is then pointed at the
 * record's read view (read-views.ts).
 */
import { embedReferences } from "./embed-references.js";
import { isObject, type JsonObject } from "./json.js";
import { applyReadViews } from "./read-views.js";

/**
 * The bundle is served from anywhere (a file, a vendor's mock, the reference server), so
 * it may not name one host: every server URL is relative or built from server variables.
 */
function checkServers(contract: JsonObject, name: string): void {
  const servers = contract["servers"];
  if (!Array.isArray(servers)) return;
  for (const server of servers) {
    const url = isObject(server) ? server["url"] : undefined;
    if (typeof url !== "string" || /^[a-z][a-z0-9+.-]*:/i.test(url)) {
      throw new Error(`${name}: servers must be relative (e.g. "/") or use server variables, not ${JSON.stringify(url)}`);
    }
  }
}

/**
 * @param contractBase the URI the contract would have among the schemas' `$id`s
 *   (`https://czt-ss.org/schemas/1.1/openapi/czt-exchange.yaml`), against which `../person.schema.json` resolves.
 */
export function bundleOpenApi(contract: JsonObject, contractBase: string, schemasById: ReadonlyMap<string, JsonObject>): JsonObject {
  checkServers(contract, contractBase);
  const { document, schemas } = embedReferences(contract, { base: contractBase, schemasById, location: (name) => `#/components/schemas/${name}` });
  const components = isObject(document["components"]) ? { ...document["components"] } : {};
  const own = isObject(components["schemas"]) ? { ...components["schemas"] } : {};
  for (const [name, schema] of schemas) {
    if (name in own) throw new Error(`${contractBase}: components/schemas/${name} clashes with an embedded schema of the standard`);
    own[name] = schema;
  }
  components["schemas"] = own;
  const bundled = { ...document, components };
  applyReadViews(bundled);
  return bundled;
}
