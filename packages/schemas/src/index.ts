/**
 * @czt/schemas: the CZT-SS standard's artefacts (JSON Schemas, code lists, OpenAPI
 * documents) as data. Everything is generated into `src/generated/` from `schemas/`,
 * so importing this package never reads files (it works in a browser).
 */
import type { CodeListEntry } from "./code-list.js";
import { type CodeListId, codeLists } from "./generated/codelists.js";
import { currentVersion, type StandardVersion, standards, standardVersions } from "./generated/versions.js";

export type { Bilingual, CodeList, CodeListColumn, CodeListEntry, CodeListOpenness, CodeStatus } from "./code-list.js";
export { datePattern, dateTimePattern, formatPatterns } from "./date-patterns.js";
export { codeListPointers } from "./generated/code-list-pointers.js";
export { type CodeListId, codeListIds, codeLists } from "./generated/codelists.js";
export { annotationKeywords, metaSchemaId } from "./generated/meta.js";
export { openapiDocuments } from "./generated/openapi.js";
export { schemas } from "./generated/schemas.js";
export { sensitivePointers } from "./generated/sensitive-pointers.js";
export { currentVersion, releasedVersions, type StandardVersion, standards, standardVersions } from "./generated/versions.js";
export { schemaRuleOfKeyword } from "./schema-rule.js";
export type { RecordType, Sensitivity } from "./sensitivity.js";
export type { StandardArtefacts } from "./standard.js";

/**
 * Version of the standard the unversioned exports above describe: the current one, the
 * working tree `schemas/` (a package's `schemaVersion`). Other versions: `standards[version]`.
 */
export const schemaVersion = currentVersion;

/** `$id`s of the schemas a consumer validates against, in the version whose ids start with `base`. */
export function schemaIdsAt(base: string) {
  return {
    person: `${base}person.schema.json`,
    enrolment: `${base}enrolment.schema.json`,
    transfer: `${base}transfer.schema.json`,
    assistance: `${base}assistance.schema.json`,
    benefit: `${base}benefit.schema.json`,
    medicalRegistration: `${base}medicalRegistration.schema.json`,
    medicalSettlement: `${base}medicalSettlement.schema.json`,
    record: `${base}record.schema.json`,
    package: `${base}package.schema.json`,
    jsonlHeader: `${base}jsonl-header.schema.json`,
    report: `${base}report.schema.json`,
    common: `${base}common.schema.json`,
    codeList: `${base}codelists/codelist.schema.json`,
    organisation: `${base}organisation.schema.json`,
    donation: `${base}donation.schema.json`,
    consent: `${base}consent.schema.json`,
  } as const;
}

/** `$id`s of the current version's schemas a consumer validates against. */
export const recordSchemaIds = schemaIdsAt(standards[currentVersion].schemaBase);

/** Whether `version` is one this package carries (released or current). */
export function isStandardVersion(version: unknown): version is StandardVersion {
  return typeof version === "string" && (standardVersions as readonly string[]).includes(version);
}

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
