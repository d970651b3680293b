/**
 * @czt/schemas: the CZT-SS standard's artefacts (JSON Schemas, code lists, OpenAPI
 * documents) as data. Everything is generated into `src/generated/` from `schemas/`,
 * so importing this package never reads files (it works in a browser).
 */
import type { CodeListEntry } from "./code-list.js";
import { type CodeListId, codeLists } from "./generated/codelists.js";

export type { Bilingual, CodeList, CodeListColumn, CodeListEntry, CodeListOpenness, CodeStatus } from "./code-list.js";
export { codeListPointers } from "./generated/code-list-pointers.js";
export { type CodeListId, codeListIds, codeLists } from "./generated/codelists.js";
export { annotationKeywords, metaSchemaId } from "./generated/meta.js";
export { openapiDocuments } from "./generated/openapi.js";
export { schemas } from "./generated/schemas.js";
export { datePattern, dateTimePattern, formatPatterns } from "./date-patterns.js";
export { schemaRuleOfKeyword } from "./schema-rule.js";
export { sensitivePointers } from "./generated/sensitive-pointers.js";
export type { RecordType, Sensitivity } from "./sensitivity.js";

/** Version of the standard these artefacts describe (a package's `schemaVersion`). */
export const schemaVersion = "1.0";

const base = "https://czt-ss.org/schemas/v1/";

/** `$id`s of the schemas a consumer validates against. */
export const recordSchemaIds = {
  person: `${base}person.schema.json`,
  enrolment: `${base}enrolment.schema.json`,
  transfer: `${base}transfer.schema.json`,
  assistance: `${base}assistance.schema.json`,
  record: `${base}record.schema.json`,
  package: `${base}package.schema.json`,
  jsonlHeader: `${base}jsonl-header.schema.json`,
  report: `${base}report.schema.json`,
  common: `${base}common.schema.json`,
  codeList: `${base}codelists/codelist.schema.json`,
} as const;

const entriesByList = new Map<string, ReadonlyMap<string, CodeListEntry>>();

/** The entry of `code` in a code list, or undefined when the list does not have it. */
export function codeEntry(list: CodeListId, code: string): CodeListEntry | undefined {
  let entries = entriesByList.get(list);
  if (entries === undefined) {
    entries = new Map(codeLists[list].codes.map((entry) => [entry.code, entry]));
    entriesByList.set(list, entries);
  }
  return entries.get(code);
}
