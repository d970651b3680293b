import type { AgencyView, AssistanceView, EnrolmentView, MetaView, TransferView } from "../rules/support/record-view.js";

/** An agency a record names: its credit code, division and department, and where (the `creditCode` pointer). */
export interface AgencyRef {
  readonly creditCode: string;
  readonly division: string;
  readonly department: string;
  readonly pointer: string;
}

/** One distinct agency and the first record naming it. */
export interface AgencyUse extends AgencyRef {
  /** Index slot of the first record naming this agency. */
  readonly slot: number;
}

function push(refs: AgencyRef[] | undefined, agency: AgencyView | undefined, pointer: string): AgencyRef[] | undefined {
  // Records reach the index schema-valid: an agency present has all three.
  if (agency === undefined) return refs;
  const list = refs ?? [];
  list.push({ creditCode: agency.creditCode, division: agency.division, department: agency.department, pointer });
  return list;
}

/** The agencies a schema-valid record names, or undefined for none. Pure: safe in a worker thread. */
export function agencyRefsOf(record: Readonly<Record<string, unknown>>): AgencyRef[] | undefined {
  let refs = push(undefined, (record["meta"] as MetaView | undefined)?.sourceAgency, "/meta/sourceAgency/creditCode");
  switch (record["recordType"]) {
    case "enrolment":
      return push(refs, (record as unknown as EnrolmentView).agency, "/agency/creditCode");
    case "transfer": {
      const transfer = record as unknown as TransferView;
      refs = push(refs, transfer.from.agency, "/from/agency/creditCode");
      return push(refs, transfer.to.agency, "/to/agency/creditCode");
    }
    case "assistance":
      return push(refs, (record as unknown as AssistanceView).agency, "/agency/creditCode");
    case "benefit":
    case "medicalRegistration":
    case "medicalSettlement":
      return push(refs, (record as unknown as { agency?: AssistanceView["agency"] }).agency, "/agency/creditCode");
    default:
      return refs;
  }
}

function keyOf(agency: AgencyRef): string {
  return `${agency.creditCode} ${agency.division} ${agency.department}`;
}

/**
 * The distinct agencies the records of a dataset name, each with the first record that
 * names it. Agencies are few (a city has tens), so this stays small whatever the number
 * of records: one map lookup per agency named, nothing kept per record.
 */
export class AgencyUses {
  private readonly byKey = new Map<string, AgencyUse>();

  /** Notes the agencies of the record at index slot `slot`. */
  note(refs: readonly AgencyRef[], slot: number): void {
    for (const ref of refs) {
      const key = keyOf(ref);
      if (!this.byKey.has(key)) this.byKey.set(key, { ...ref, slot });
    }
  }

  /** Every distinct agency, in the order of the records that first named them. */
  list(): readonly AgencyUse[] {
    return [...this.byKey.values()].sort((a, b) => a.slot - b.slot);
  }

  /** Adds the agencies of another index whose slots start at `slotBase` (see `DatasetIndex.appendBatch`). */
  append(uses: readonly AgencyUse[], slotBase: number): void {
    for (const use of uses) {
      const key = keyOf(use);
      if (!this.byKey.has(key)) this.byKey.set(key, { ...use, slot: use.slot + slotBase });
    }
  }
}
