/**
 * Mutators of the consent rules (1.1). Generated datasets hold no consent, so each mutation
 * adds a consent of an existing person, held by Changsha's civil affairs bureau, breaking its rule.
 */
import type { ConsentRecord, DatasetEntry } from "../records.js";
import { clone, isPerson, type Mutation, type Mutator } from "./mutator.js";

const civilAffairs = { creditCode: "12430000444876548X", division: "430100", department: "civilAffairs" } as const;

function consentOf(personId: string, changes: Partial<ConsentRecord>): ConsentRecord {
  return {
    recordType: "consent",
    id: "430100-C-900001",
    meta: { lastUpdated: "2025-03-01T09:00:00+08:00" },
    personId,
    city: "430100",
    agency: civilAffairs,
    grantedTo: [civilAffairs],
    scope: ["person", "assistance"],
    purposes: ["dibaoReview"],
    validFrom: "2025-03-01",
    validUntil: "2026-02-28",
    revoked: false,
    document: { number: "CS-HD-2025-900001", signedOn: "2025-03-01" },
    ...changes,
  };
}

/** The dataset with a consent of one of its persons (by `pick`) added to the first file; undefined without persons. */
function withConsent(entries: readonly DatasetEntry[], pick: number, changes: Partial<ConsentRecord>): Mutation | undefined {
  const persons = entries.filter((entry) => isPerson(entry.record));
  if (persons.length === 0) return undefined;
  const copy = clone(entries);
  copy.push({ file: copy[0]?.file ?? "430100-changsha.jsonl", record: consentOf(persons[pick % persons.length]!.record.id, changes) });
  return { entries: copy, record: entries.length };
}

export const consentMutators: readonly Mutator[] = [
  {
    ruleId: "consent.valid-until",
    description: "add a consent that ends the day before it starts",
    mutate: (entries, pick) => withConsent(entries, pick, { validFrom: "2025-03-01", validUntil: "2025-02-28" }),
  },
  {
    ruleId: "consent.revoked-at",
    description: "add a revoked consent without the time it was revoked",
    mutate: (entries, pick) => withConsent(entries, pick, { revoked: true }),
  },
];
