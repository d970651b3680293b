import type { AssistanceRecord, CztRecord, DatasetEntry, EnrolmentRecord, PersonRecord, TransferRecord } from "../records.js";

/** A dataset broken on purpose, and the record the broken rule must be reported on. */
export interface Mutation {
  entries: DatasetEntry[];
  /** Index (in `entries`) of the record that must carry the finding. */
  record: number;
}

/**
 * Breaks exactly one rule of a valid generated dataset. `pick` chooses among the
 * records the mutator can break, so fast-check explores (and shrinks) the choice.
 */
export interface Mutator {
  ruleId: string;
  /** What the mutation does, for failure messages. */
  description: string;
  /** Rules that may also fire as a direct consequence (e.g. a copied person is also a duplicate person). */
  alsoFires?: readonly string[];
  mutate(entries: readonly DatasetEntry[], pick: number): Mutation | undefined;
}

export function clone(entries: readonly DatasetEntry[]): DatasetEntry[] {
  return structuredClone(entries) as DatasetEntry[];
}

/** Indices of the records that satisfy `test`. */
export function candidates(entries: readonly DatasetEntry[], test: (record: CztRecord) => boolean): number[] {
  const found: number[] = [];
  entries.forEach((entry, index) => {
    if (test(entry.record)) found.push(index);
  });
  return found;
}

/**
 * Copies the dataset and lets `change` break the `pick`-th candidate record in place;
 * undefined when the dataset has no candidate (the property then skips the case).
 */
export function mutateOne<T extends CztRecord>(
  entries: readonly DatasetEntry[],
  pick: number,
  test: (record: CztRecord) => record is T,
  change: (record: T, copy: DatasetEntry[], index: number) => unknown,
): Mutation | undefined {
  const found = candidates(entries, test);
  if (found.length === 0) return undefined;
  const index = found[pick % found.length]!;
  const copy = clone(entries);
  const reported = change(copy[index]!.record as T, copy, index);
  return { entries: copy, record: typeof reported === "number" ? reported : index };
}

export const isPerson = (record: CztRecord): record is PersonRecord => record.recordType === "person";
export const isEnrolment = (record: CztRecord): record is EnrolmentRecord => record.recordType === "enrolment";
export const isTransfer = (record: CztRecord): record is TransferRecord => record.recordType === "transfer";
export const isAssistance = (record: CztRecord): record is AssistanceRecord => record.recordType === "assistance";
export const isDibaoCase = (record: CztRecord): record is AssistanceRecord =>
  isAssistance(record) && (record.programme === "dibao.urban" || record.programme === "dibao.rural") && record.household !== undefined;
