import { normaliseIdNumber } from "@czt/domain";
import { schemaVersion } from "@czt/schemas";
import { createValidator, type Finding, rules, type Validator } from "@czt/validator";
import type { RecordStore, StoredRecord } from "../store/record-store.js";
import { familyOfScheme } from "../store/index-columns.js";

/** The validator's dataset rules a write must not break against what is stored. */
const conflictRules = ["dataset.duplicate-person", "dataset.duplicate-enrolment"] as const;

/** A stored record the new one conflicts with, by a validator rule. */
export interface DatasetConflict {
  ruleId: (typeof conflictRules)[number];
  pointer: string;
  /** The stored record's id. */
  existingId: string;
  /** The validator's message (personal data masked). */
  message: string;
}

let validator: Validator | undefined;

/** A validator that runs only the conflict rules: the same definitions as `czt validate`, not a copy of them. */
function conflictValidator(): Validator {
  validator ??= createValidator({
    disableRules: rules.map((rule) => rule.id).filter((id) => !(conflictRules as readonly string[]).includes(id)),
  });
  return validator;
}

type Body = Record<string, unknown>;

interface Entry {
  record: Body;
  /** The city that owns the record (a person's is its creator's): the export it would be in. */
  city: string;
}

/**
 * Runs the validator's duplicate rules over the new record and the stored records it
 * could conflict with — found through the store's indexes, never by a scan — and
 * returns the first conflict involving the new record. `city` is the owner of the new record.
 */
export function findDatasetConflict(store: RecordStore, record: Body, city: string): DatasetConflict | undefined {
  // A correction is checked against the other records, not against its own earlier version.
  const entries = candidates(store, record).filter((entry) => entry.record["id"] !== record["id"]);
  if (entries.length === 0) return undefined;
  entries.push({ record, city });
  const session = conflictValidator().createSession();
  const headed = new Set<string>();
  entries.forEach((entry, index) => {
    const file = `city-${entry.city}`;
    if (!headed.has(file)) {
      headed.add(file);
      // The stored records are of the current version (the version a header names selects the schemas and rules).
      session.add({ kind: "header", value: { recordType: "header", schemaVersion, city: entry.city }, location: { file, line: 0, recordIndex: 0 } });
    }
    session.add({ kind: "record", value: entry.record, location: { file, line: index + 1, recordIndex: index } });
  });
  const id = record["id"];
  for (const finding of session.finish().findings) {
    const conflict = conflictOf(finding, id);
    if (conflict !== undefined) return conflict;
  }
  return undefined;
}

function conflictOf(finding: Finding, newId: unknown): DatasetConflict | undefined {
  const ruleId = conflictRules.find((candidate) => candidate === finding.ruleId);
  if (ruleId === undefined) return undefined;
  const otherId = finding.params["otherId"];
  // The rules report the later record of a pair: the new one, or (an enrolment starting earlier) the stored one.
  if (finding.recordId === newId && typeof otherId === "string") return { ruleId, pointer: finding.pointer, existingId: otherId, message: finding.message };
  if (otherId === newId && finding.recordId !== undefined) return { ruleId, pointer: finding.pointer, existingId: finding.recordId, message: finding.message };
  return undefined;
}

/** Stored records that share the new record's identity number: persons, and their enrolments of the new enrolment's family. */
function candidates(store: RecordStore, record: Body): Entry[] {
  const entryOf = (stored: StoredRecord, city: string | null): Entry => ({ record: stored.body, city: city ?? "" });
  if (record["recordType"] === "person") {
    const idNumber = record["idNumber"];
    if (typeof idNumber !== "string") return [];
    return store.personsWithIdNumber(normaliseIdNumber(idNumber)).map((person) => entryOf(person, person.city));
  }
  if (record["recordType"] !== "enrolment" || typeof record["scheme"] !== "string" || typeof record["personId"] !== "string") return [];
  const family = familyOfScheme(record["scheme"]);
  const person = store.get(record["personId"]);
  const idNumber = person?.body["idNumber"];
  if (family === null || typeof idNumber !== "string") return [];
  const persons = store.personsWithIdNumber(normaliseIdNumber(idNumber));
  const enrolments = persons.flatMap((twin) => store.enrolmentsInFamily(twin.id, family).map((stored) => entryOf(stored, String(stored.body["city"] ?? ""))));
  if (enrolments.length === 0) return [];
  return [...persons.map((twin) => entryOf(twin, twin.city)), ...enrolments];
}
