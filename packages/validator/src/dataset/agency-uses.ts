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

/**
 * The distinct agencies the records of a dataset name, each with the first record that
 * names it. Agencies are few (a city has tens), so this stays small whatever the number
 * of records: one map lookup per agency named, nothing kept per record. The map is keyed
 * by credit code, with the few division and department pairs of a code beside it: no key
 * string is built per record.
 */
export class AgencyUses {
  private readonly byCreditCode = new Map<string, AgencyUse[]>();
  /** In the order they were first named. */
  private readonly uses: AgencyUse[] = [];

  private add(ref: AgencyRef, slot: number): void {
    let sameCode = this.byCreditCode.get(ref.creditCode);
    if (sameCode === undefined) {
      sameCode = [];
      this.byCreditCode.set(ref.creditCode, sameCode);
    }
    for (const use of sameCode) if (use.division === ref.division && use.department === ref.department) return;
    const use: AgencyUse = { creditCode: ref.creditCode, division: ref.division, department: ref.department, pointer: ref.pointer, slot };
    sameCode.push(use);
    this.uses.push(use);
  }

  /** Notes the agencies of the record at index slot `slot`. */
  note(refs: readonly AgencyRef[], slot: number): void {
    for (let i = 0; i < refs.length; i++) this.add(refs[i]!, slot);
  }

  /** Every distinct agency, in the order of the records that first named them. */
  list(): readonly AgencyUse[] {
    return [...this.uses].sort((a, b) => a.slot - b.slot);
  }

  /** Adds the agencies of another index whose slots start at `slotBase` (see `DatasetIndex.appendBatch`). */
  append(uses: readonly AgencyUse[], slotBase: number): void {
    for (const use of uses) this.add(use, use.slot + slotBase);
  }
}
