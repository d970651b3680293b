/**
 * Turns the standard's schemas into one self-contained schema for json-schema-to-typescript.
 *
 * Every shared definition and code list becomes a named `definitions` entry, and every
 * reference to one becomes a `tsType` naming it, so the generator never resolves a `$ref`
 * (no network, no duplicated `Agency1` types). Conditional constraints (`if`/`then`) have
 * no TypeScript form and are left to the validator.
 */
import { codeLists, recordSchemaIds, schemas } from "@czt/schemas";

type Json = { [key: string]: unknown };

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

const pascal = (name: string): string => name.replace(/(^|[.-])([a-z])/g, (_m, _sep, c: string) => c.toUpperCase());

/** TypeScript names of the shared definitions of common.schema.json where the plain PascalCase would mislead. */
const definitionNames: Readonly<Record<string, string>> = { date: "IsoDate", dateTime: "IsoDateTime", month: "YearMonth", meta: "RecordMeta" };

export const commonTypeName = (def: string): string => definitionNames[def] ?? pascal(def);
export const codeTypeName = (listId: string): string => `${pascal(listId)}Code`;

const topLevelNames: Readonly<Record<string, string>> = {
  [recordSchemaIds.person]: "Person",
  [recordSchemaIds.enrolment]: "Enrolment",
  [recordSchemaIds.transfer]: "Transfer",
  [recordSchemaIds.assistance]: "Assistance",
  [recordSchemaIds.record]: "CztRecord",
  [recordSchemaIds.package]: "Package",
  [recordSchemaIds.jsonlHeader]: "JsonlHeader",
  [recordSchemaIds.benefit]: "Benefit",
  [recordSchemaIds.medicalRegistration]: "MedicalRegistration",
  [recordSchemaIds.medicalSettlement]: "MedicalSettlement",
  [recordSchemaIds.organisation]: "Organisation",
  [recordSchemaIds.donation]: "Donation",
  [recordSchemaIds.consent]: "Consent",
};

const dropped = new Set(["$schema", "$id", "$defs", "title", "if", "then", "else", "x-czt-title", "x-czt-sensitivity", "x-czt-codelist"]);

function describe(node: Json): string | undefined {
  const title = node["x-czt-title"];
  const description = typeof node["description"] === "string" ? node["description"] : undefined;
  const zh = isObject(title) && typeof title["zh"] === "string" ? title["zh"] : undefined;
  const sensitivity = typeof node["x-czt-sensitivity"] === "string" ? ` Sensitivity: ${node["x-czt-sensitivity"]}.` : "";
  if (zh === undefined) return description;
  return `${zh}: ${description ?? ""}${sensitivity}`;
}

function typeNameOfRef(ref: string, documentId: string): string {
  const [address = "", fragment = ""] = ref.split("#");
  const id = address === "" ? documentId : new URL(address, documentId).href;
  if (fragment === "") {
    const name = topLevelNames[id];
    if (name === undefined) throw new Error(`no TypeScript name for ${ref}`);
    return name;
  }
  const def = fragment.match(/^\/\$defs\/([^/]+)$/)?.[1];
  if (def === undefined || id !== recordSchemaIds.common) throw new Error(`unsupported $ref ${ref} in ${documentId}`);
  return commonTypeName(def);
}

/**
 * @param typeName name for the TypeScript interface of this node when it is an object with
 *   properties (`PersonDocument` for the items of Person.documents), so nested shapes are named.
 */
function convert(node: unknown, documentId: string, typeName?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => convert(item, documentId));
  if (!isObject(node)) return node;
  const description = describe(node);
  const annotation = description === undefined ? {} : { description };
  if (typeof node["x-czt-codelist"] === "string") return { ...annotation, tsType: codeTypeName(node["x-czt-codelist"]) };
  if (typeof node["$ref"] === "string") return { ...annotation, tsType: typeNameOfRef(node["$ref"], documentId) };
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (dropped.has(key)) continue;
    if (key === "allOf") {
      const kept = (value as unknown[]).filter((member) => !(isObject(member) && "if" in member));
      if (kept.length > 0) out[key] = convert(kept, documentId);
    } else if (key === "properties" && isObject(value)) {
      const child = (name: string) => (typeName === undefined ? undefined : `${typeName}${pascal(name)}`);
      out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, convert(schema, documentId, child(name))]));
    } else if (key === "items") {
      out[key] = convert(value, documentId, typeName?.replace(/s$/, ""));
    } else {
      out[key] = convert(value, documentId);
    }
  }
  const named = typeName !== undefined && isObject(out["properties"]) && out["type"] === "object" ? { title: typeName } : {};
  return { ...named, ...out, ...annotation };
}

function schemaById(id: string): Json {
  const schema = schemas[id];
  if (!isObject(schema)) throw new Error(`@czt/schemas has no schema ${id}`);
  return schema;
}

/** The single schema handed to json-schema-to-typescript. */
export function typeSchema(): Json {
  const definitions: Json = {};
  const common = schemaById(recordSchemaIds.common);
  for (const [name, def] of Object.entries((common["$defs"] ?? {}) as Json)) {
    definitions[commonTypeName(name)] = convert(def, recordSchemaIds.common, commonTypeName(name));
  }
  for (const list of Object.values(codeLists)) {
    const name = codeTypeName(list.id);
    definitions[name] = {
      title: name,
      description: `${list.title.zh}: code of the ${list.id} list (${list.openness}).`,
      type: "string",
      enum: list.codes.map((entry) => entry.code),
    };
    if (list.openness === "open") {
      // An open list accepts codes it does not know (the validator warns): keep the known ones for completion.
      definitions[name] = { ...(definitions[name] as Json), enum: undefined, tsType: `${list.codes.map((e) => JSON.stringify(e.code)).join(" | ")} | (string & {})` };
    }
  }
  for (const id of [recordSchemaIds.person, recordSchemaIds.enrolment, recordSchemaIds.transfer, recordSchemaIds.assistance, recordSchemaIds.package, recordSchemaIds.jsonlHeader, recordSchemaIds.benefit, recordSchemaIds.medicalRegistration, recordSchemaIds.medicalSettlement, recordSchemaIds.organisation, recordSchemaIds.donation, recordSchemaIds.consent]) {
    const name = topLevelNames[id]!;
    definitions[name] = convert(schemaById(id), id, name);
  }
  definitions["CztRecord"] = { title: "CztRecord", description: "Any record of the standard, by recordType.", tsType: "Person | Enrolment | Transfer | Assistance | Benefit | MedicalRegistration | MedicalSettlement | Organisation | Donation | Consent" };
  definitions["JsonLinesLine"] = { title: "JsonLinesLine", description: "One line of a JSON Lines export: the optional header or a record.", tsType: "JsonlHeader | CztRecord" };
  return {
    title: "CztDocument",
    description: "A CZT-SS export: a package, or one line of a JSON Lines file.",
    tsType: "Package | JsonLinesLine",
    definitions,
  };
}
