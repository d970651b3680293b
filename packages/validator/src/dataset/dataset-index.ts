import type { RecordHandle } from "../rule.js";
import { type AgencyUse, AgencyUses } from "./agency-uses.js";
import { AsciiColumn, type AsciiColumnBatch } from "./ascii-column.js";
import { type CharityFundingEntry, type EntryOrigin, extractIndexEntry, type IndexEntry, openEnd, type ProjectEntry, type ResidenceEntry } from "./index-entry.js";
import { PackedJsonList, type PackedJsonBatch } from "./packed-json-list.js";
import { StringSlotTable } from "./string-slot-table.js";

/** Record types as stored in the index. */
export const Kind = {
  Person: 1,
  Enrolment: 2,
  Transfer: 3,
  Assistance: 4,
  Benefit: 5,
  MedicalRegistration: 6,
  MedicalSettlement: 7,
  Organisation: 8,
  Donation: 9,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

const kindOfType = {
  person: Kind.Person,
  enrolment: Kind.Enrolment,
  transfer: Kind.Transfer,
  assistance: Kind.Assistance,
  benefit: Kind.Benefit,
  medicalRegistration: Kind.MedicalRegistration,
  medicalSettlement: Kind.MedicalSettlement,
  organisation: Kind.Organisation,
  donation: Kind.Donation,
} as const;

/** The record type of each kind: the inverse of `kindOfType`. */
export const recordTypeOfKind = Object.fromEntries(Object.entries(kindOfType).map(([type, kind]) => [kind, type])) as {
  readonly [K in keyof typeof kindOfType as (typeof kindOfType)[K]]: K;
};

/** Whether records of a kind name a person in the `keys` column (a donation keeps its organisation there; an organisation nothing). */
function refersToPerson(kind: number): boolean {
  return kind !== Kind.Person && kind !== Kind.Organisation && kind !== Kind.Donation;
}

/** References a few records carry besides their person (transfers, households). */
interface ExtraReferences {
  readonly fromEnrolmentId: string | undefined;
  readonly toEnrolmentId: string | undefined;
  readonly headPersonId: string | undefined;
  readonly memberIds: readonly string[] | undefined;
  readonly uncoveredMembers: readonly number[] | undefined;
  /** Transfer: the receiving side is outside the dataset. */
  readonly toOutside?: boolean;
  /** Benefits and 异地就医 records: the enrolment and registration they name. */
  readonly enrolmentId?: string | undefined;
  readonly registrationId?: string | undefined;
  /** Assistance: the welfare institution the beneficiary lives in (1.1). */
  readonly institution?: ResidenceEntry;
  /** Assistance: the charity project that funded the relief (1.1). */
  readonly charity?: CharityFundingEntry;
  /** Organisation: its charity projects (1.1). */
  readonly projects?: readonly ProjectEntry[];
}

/** The keys of `ExtraReferences`, each stored as one character (see `PackedJsonList`). */
const extraReferenceKeys: readonly (keyof ExtraReferences)[] = [
  "fromEnrolmentId",
  "toEnrolmentId",
  "headPersonId",
  "memberIds",
  "uncoveredMembers",
  "toOutside",
  "enrolmentId",
  "registrationId",
  "institution",
  "charity",
  "projects",
];

/**
 * A whole index as plain data (see `exportBatch`): typed-array columns a worker thread
 * transfers without copying, the packed id and key columns, and the rare extra references.
 */
export interface IndexBatch {
  count: number;
  handles: Int32Array<ArrayBuffer>;
  kinds: Uint8Array<ArrayBuffer>;
  cities: Uint8Array<ArrayBuffer>;
  codes: Uint8Array<ArrayBuffer>;
  statuses: Uint8Array<ArrayBuffer>;
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  aux: Int32Array<ArrayBuffer>;
  assistanceCount: number;
  benefits: Float64Array<ArrayBuffer>;
  incomes: Float64Array<ArrayBuffer>;
  assistanceExtras: Int32Array<ArrayBuffer>;
  monthRangeCount: number;
  monthRanges: Int32Array<ArrayBuffer>;
  tiers: Uint8Array<ArrayBuffer>;
  paidCount: number;
  paidSlots: Int32Array<ArrayBuffer>;
  paidMonths: Int32Array<ArrayBuffer>;
  paidLines: Int32Array<ArrayBuffer>;
  medicalCount: number;
  medicalTreatment: Int32Array<ArrayBuffer>;
  medicalInsured: Int32Array<ArrayBuffer>;
  medicalExtras: Int32Array<ArrayBuffer>;
  ids: AsciiColumnBatch;
  keys: AsciiColumnBatch;
  extras: PackedJsonBatch;
  /** The distinct agencies named, with the batch slot of the first record naming each. */
  agencies: readonly AgencyUse[];
  /** Project codes the donations name, by number (see `projectCodes`). */
  projectCodes: string[];
}

/** The buffers of a batch, for `postMessage`'s transfer list. */
export function batchBuffers(batch: IndexBatch): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [batch.handles, batch.kinds, batch.cities, batch.codes, batch.statuses, batch.starts, batch.ends, batch.aux, batch.benefits, batch.incomes, batch.assistanceExtras, batch.monthRanges, batch.tiers];
  arrays.push(batch.paidSlots, batch.paidMonths, batch.paidLines);
  arrays.push(batch.medicalTreatment, batch.medicalInsured, batch.medicalExtras);
  arrays.push(batch.ids.bytes, batch.ids.lengths, batch.keys.bytes, batch.keys.lengths);
  arrays.push(batch.extras.bytes, batch.extras.ends);
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

const noExtras: ExtraReferences = { fromEnrolmentId: undefined, toEnrolmentId: undefined, headPersonId: undefined, memberIds: undefined, uncoveredMembers: undefined };

function grow<T extends Uint8Array | Int32Array | Float64Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array);
  return next;
}

/**
 * The compact index the dataset rules run over (pass 2), filled record by record while
 * the input streams (pass 1): one slot per schema-valid record, stored column-wise in
 * typed arrays, ids packed by half bytes (`AsciiColumn`), the rare extra references as
 * JSON bytes (`PackedJsonList`), so that a record costs a bounded number of bytes (58
 * at a million records of the benchmark's export; see scripts/measure-index-memory.ts)
 * and no record, and no per-record object, is kept in memory.
 *
 * Slot numbers are the index's own; rules report through `handleOf(slot)`, the engine's
 * record number. Lookups the rules share (id → slot) are built once, on first use.
 */
export class DatasetIndex {
  private count = 0;
  private capacity = 1024;
  /**
   * Handles by runs: from slot `handleRunSlots[r]` on, a slot's handle is the slot plus
   * `handleRunOffsets[r]`. Handles grow with slots and skip only the records left out of
   * the index (schema-invalid ones), so a clean export is one run: no 4 bytes per record.
   */
  private readonly handleRunSlots: number[] = [];
  private readonly handleRunOffsets: number[] = [];
  private kinds = new Uint8Array(this.capacity);
  private cities = new Uint8Array(this.capacity);
  /** person: sex; enrolment: scheme; transfer: kind; assistance: programme. */
  private codes = new Uint8Array(this.capacity);
  /** enrolment: contributionStatus; transfer: status; assistance: caseStatus. */
  private statuses = new Uint8Array(this.capacity);
  /** person: birth day; enrolment and assistance: first day. */
  private starts = new Int32Array(this.capacity);
  /** enrolment and assistance: last day or `openEnd`; person: death day or `openEnd` (support/death-day.ts). */
  private ends = new Int32Array(this.capacity);
  /**
   * person: name hash; transfer: its index in `extras`; assistance: its ordinal among
   * assistance records (into the assistance columns below); enrolment: bit 0 set when it
   * names an employer, bit 1 when a contribution year's months are unknown (its paid
   * months are partial), the bits above 1 + its offset in `monthRanges` when it has paid
   * months (else 0); benefit: its index in `extras` or -1; medical registration and
   * settlement: their ordinal among those (into the medical columns below).
   */
  private aux = new Int32Array(this.capacity);
  /** Per assistance record (by ordinal): benefit per covered member, per-capita income, index in `extras` (-1: none). */
  private assistanceCount = 0;
  private benefits = new Float64Array(256);
  private incomes = new Float64Array(256);
  private assistanceExtras = new Int32Array(256);
  /** Paid months of employee-scheme enrolments: at an offset, the pair count, then the pairs (first, last month number). */
  private monthRangeCount = 0;
  private monthRanges = new Int32Array(256);
  /** benefitTier per assistance record (0: none); one byte, beside benefits and incomes. */
  private tiers = new Uint8Array(256);
  /**
   * Records with payment lines (assistance, benefit), in slot order: the slot, the latest
   * month with an effective payment (year × 12 + month − 1) and that line's index in
   * `payments`. A side table, so records without payments cost nothing.
   */
  private paidCount = 0;
  private paidSlots = new Int32Array(256);
  private paidMonths = new Int32Array(256);
  private paidLines = new Int32Array(256);
  /** Per 异地就医 record (by ordinal): 就医地 and 参保地 (settlements) as numbers, index in `extras` (-1: none). */
  private medicalCount = 0;
  private medicalTreatment = new Int32Array(64);
  private medicalInsured = new Int32Array(64);
  private medicalExtras = new Int32Array(64);
  private ids = new AsciiColumn();
  /** person: idNumber; others: personId (or absent). */
  private keys = new AsciiColumn();
  /** Extra references of transfers, households, institutions, charity funding and organisations, packed (see `PackedJsonList`). */
  private readonly extras = new PackedJsonList<ExtraReferences>(extraReferenceKeys);
  /** The distinct agencies the records name (a few per city, not per record). */
  private readonly agencies = new AgencyUses();
  /**
   * The project codes donations name, each once: a donation keeps the code's number in
   * `aux` (-1: none), so a million donations to a few campaigns cost no string each.
   */
  private readonly projectCodes: string[] = [];
  private readonly projectNumbers = new Map<string, number>();
  /** Lookups built on first use after the last add (pass 2). */
  private idTable: StringSlotTable | undefined;
  /** The slots whose id an earlier slot has, with that first slot (built with `idTable`; empty in a clean export). */
  private idRepeats: Map<number, number> | undefined;
  /** The non-person records whose personId names no person, by personId (built with the groups). */
  private personIdTable: StringSlotTable | undefined;
  private groups: Int32Array | undefined;

  get size(): number {
    return this.count;
  }

  /** Adds a record (schema-valid) under the engine's handle; other values are ignored. */
  add(record: Readonly<Record<string, unknown>>, handle: RecordHandle, origin?: EntryOrigin): void {
    const entry = extractIndexEntry(record, origin);
    if (entry) this.addEntry(entry, handle);
  }

  /** Adds an entry built by `extractIndexEntry` (possibly in a worker thread). */
  addEntry(entry: IndexEntry, handle: RecordHandle): void {
    if (this.count === this.capacity) this.growColumns();
    const slot = this.count++;
    this.idTable = undefined;
    this.idRepeats = undefined;
    this.personIdTable = undefined;
    this.groups = undefined;
    this.noteHandle(slot, handle);
    this.kinds[slot] = kindOfType[entry.recordType];
    this.cities[slot] = entry.city;
    this.ids.set(slot, entry.id);
    if (entry.agencies !== undefined) this.agencies.note(entry.agencies, slot);
    switch (entry.recordType) {
      case "person":
        this.keys.set(slot, entry.idNumber);
        this.codes[slot] = entry.sex;
        this.starts[slot] = entry.birthDay;
        this.aux[slot] = entry.nameHash | 0;
        this.ends[slot] = entry.deathDay;
        return;
      case "enrolment":
        this.keys.set(slot, entry.personId);
        this.codes[slot] = entry.scheme;
        this.statuses[slot] = entry.contributionStatus;
        this.starts[slot] = entry.start;
        this.ends[slot] = entry.end;
        this.aux[slot] =
          ((entry.paidMonths === undefined ? 0 : this.addMonthRanges(entry.paidMonths)) << 2) | (entry.paidMonthsPartial === true ? 2 : 0) | (entry.hasEmployer === true ? 1 : 0);
        return;
      case "transfer":
        this.keys.set(slot, entry.personId);
        this.codes[slot] = entry.kind;
        this.statuses[slot] = entry.status;
        this.aux[slot] = this.extras.push({ fromEnrolmentId: entry.fromEnrolmentId, toEnrolmentId: entry.toEnrolmentId, headPersonId: undefined, memberIds: undefined, uncoveredMembers: undefined, toOutside: entry.toOutside });
        return;
      case "assistance": {
        this.keys.set(slot, entry.personId);
        this.codes[slot] = entry.programme;
        this.statuses[slot] = entry.caseStatus;
        this.starts[slot] = entry.start;
        this.ends[slot] = entry.end;
        if (this.assistanceCount === this.benefits.length) this.growAssistance();
        const ordinal = this.assistanceCount++;
        this.aux[slot] = ordinal;
        this.benefits[ordinal] = entry.benefitPerMember;
        this.incomes[ordinal] = entry.perCapitaIncome;
        this.assistanceExtras[ordinal] = -1;
        this.tiers[ordinal] = entry.tier;
        this.addPaid(slot, entry.latestPaidMonth, entry.latestPaidLine);
        if (entry.headPersonId !== undefined || entry.memberIds !== undefined || entry.institution !== undefined || entry.charity !== undefined) {
          this.assistanceExtras[ordinal] = this.extras.push({
            fromEnrolmentId: undefined,
            toEnrolmentId: undefined,
            headPersonId: entry.headPersonId,
            memberIds: entry.memberIds,
            uncoveredMembers: entry.uncoveredMembers,
            ...(entry.institution === undefined ? {} : { institution: entry.institution }),
            ...(entry.charity === undefined ? {} : { charity: entry.charity }),
          });
        }
        return;
      }
      case "benefit":
        this.keys.set(slot, entry.personId);
        this.codes[slot] = entry.benefitType;
        this.statuses[slot] = entry.status;
        this.starts[slot] = entry.start;
        this.ends[slot] = entry.end;
        this.aux[slot] = this.pushReferences(entry.enrolmentId, undefined);
        this.addPaid(slot, entry.latestPaidMonth, entry.latestPaidLine);
        return;
      case "medicalRegistration":
        this.keys.set(slot, entry.personId);
        this.codes[slot] = entry.registrationType;
        this.starts[slot] = entry.start;
        this.ends[slot] = entry.end;
        this.aux[slot] = this.addMedical(entry.treatmentDivision, 0, entry.enrolmentId, undefined);
        return;
      case "medicalSettlement":
        this.keys.set(slot, entry.personId);
        this.starts[slot] = entry.settlementDay;
        this.ends[slot] = entry.settlementDay;
        this.aux[slot] = this.addMedical(entry.treatmentDivision, entry.insuredDivision, entry.enrolmentId, entry.registrationId);
        return;
      case "organisation":
        // Every slot sets its key (the column packs slot by slot): an organisation names no one.
        this.keys.set(slot, undefined);
        this.codes[slot] = entry.kind;
        this.statuses[slot] = entry.ownership;
        this.starts[slot] = entry.capacity;
        this.aux[slot] = this.extras.push({ ...noExtras, ...(entry.projects === undefined ? {} : { projects: entry.projects }) });
        return;
      case "donation":
        this.keys.set(slot, entry.organisationId);
        this.codes[slot] = entry.donorType;
        this.statuses[slot] = entry.restricted ? 1 : 0;
        this.starts[slot] = entry.receivedOn;
        this.aux[slot] = entry.projectCode === undefined ? -1 : this.projectNumber(entry.projectCode);
        return;
    }
  }

  /** Stores packed month ranges; returns 1 + their offset. */
  private addMonthRanges(ranges: readonly number[]): number {
    const needed = this.monthRangeCount + ranges.length + 1;
    if (needed > this.monthRanges.length) this.monthRanges = grow(this.monthRanges, Math.max(needed, Math.ceil(this.monthRanges.length * 1.5)));
    const offset = this.monthRangeCount;
    this.monthRanges[offset] = ranges.length / 2;
    this.monthRanges.set(ranges, offset + 1);
    this.monthRangeCount = needed;
    return offset + 1;
  }

  /** The index in `extras` of a benefit's or 异地就医 record's references, or -1 without any (the common case). */
  private pushReferences(enrolmentId: string | undefined, registrationId: string | undefined): number {
    if (enrolmentId === undefined && registrationId === undefined) return -1;
    return this.extras.push({ ...noExtras, enrolmentId, registrationId });
  }

  private addMedical(treatment: number, insured: number, enrolmentId: string | undefined, registrationId: string | undefined): number {
    if (this.medicalCount === this.medicalTreatment.length) this.growMedical();
    const ordinal = this.medicalCount++;
    this.medicalTreatment[ordinal] = treatment;
    this.medicalInsured[ordinal] = insured;
    this.medicalExtras[ordinal] = this.pushReferences(enrolmentId, registrationId);
    return ordinal;
  }

  private growMedical(): void {
    const capacity = Math.ceil(this.medicalTreatment.length * 1.5);
    this.medicalTreatment = grow(this.medicalTreatment, capacity);
    this.medicalInsured = grow(this.medicalInsured, capacity);
    this.medicalExtras = grow(this.medicalExtras, capacity);
  }

  private projectNumber(code: string): number {
    let number = this.projectNumbers.get(code);
    if (number === undefined) {
      number = this.projectCodes.length;
      this.projectCodes.push(code);
      this.projectNumbers.set(code, number);
    }
    return number;
  }

  /** The whole index as a batch (trimmed copies), for `appendBatch` on another thread. */
  exportBatch(): IndexBatch {
    const count = this.count;
    const assistance = this.assistanceCount;
    return {
      count,
      handles: Int32Array.from({ length: count }, (_, slot) => this.handleOf(slot)),
      kinds: this.kinds.slice(0, count),
      cities: this.cities.slice(0, count),
      codes: this.codes.slice(0, count),
      statuses: this.statuses.slice(0, count),
      starts: this.starts.slice(0, count),
      ends: this.ends.slice(0, count),
      aux: this.aux.slice(0, count),
      assistanceCount: assistance,
      benefits: this.benefits.slice(0, assistance),
      incomes: this.incomes.slice(0, assistance),
      assistanceExtras: this.assistanceExtras.slice(0, assistance),
      monthRangeCount: this.monthRangeCount,
      monthRanges: this.monthRanges.slice(0, this.monthRangeCount),
      tiers: this.tiers.slice(0, assistance),
      paidCount: this.paidCount,
      paidSlots: this.paidSlots.slice(0, this.paidCount),
      paidMonths: this.paidMonths.slice(0, this.paidCount),
      paidLines: this.paidLines.slice(0, this.paidCount),
      medicalCount: this.medicalCount,
      medicalTreatment: this.medicalTreatment.slice(0, this.medicalCount),
      medicalInsured: this.medicalInsured.slice(0, this.medicalCount),
      medicalExtras: this.medicalExtras.slice(0, this.medicalCount),
      ids: this.ids.exportBatch(count),
      keys: this.keys.exportBatch(count),
      extras: this.extras.exportBatch(),
      agencies: this.agencies.list(),
      projectCodes: this.projectCodes.slice(),
    };
  }

  /**
   * The index a batch exported (`exportBatch`), its columns taken over rather than copied:
   * for a thread that runs dataset rules over another thread's whole index (the batch was
   * transferred to it and nothing else holds it). The same index as `appendBatch(batch, 0)`
   * on an empty one, without a second copy of every column. Its rules read it; nothing is
   * added to it (its side lists are exactly as long as they are full).
   */
  static fromBatch(batch: IndexBatch): DatasetIndex {
    const index = new DatasetIndex();
    const count = batch.count;
    if (count === 0) return index;
    index.capacity = count;
    index.kinds = batch.kinds;
    index.cities = batch.cities;
    index.codes = batch.codes;
    index.statuses = batch.statuses;
    index.starts = batch.starts;
    index.ends = batch.ends;
    // References into the other columns and lists start at 0 here as they did there; project numbers are registered in their order.
    index.aux = batch.aux;
    for (const code of batch.projectCodes) index.projectNumber(code);
    for (let slot = 0; slot < count; slot++) index.noteHandle(slot, batch.handles[slot]!);
    index.assistanceCount = batch.assistanceCount;
    index.benefits = batch.benefits;
    index.incomes = batch.incomes;
    index.assistanceExtras = batch.assistanceExtras;
    index.tiers = batch.tiers;
    index.monthRangeCount = batch.monthRangeCount;
    index.monthRanges = batch.monthRanges;
    index.paidCount = batch.paidCount;
    index.paidSlots = batch.paidSlots;
    index.paidMonths = batch.paidMonths;
    index.paidLines = batch.paidLines;
    index.medicalCount = batch.medicalCount;
    index.medicalTreatment = batch.medicalTreatment;
    index.medicalInsured = batch.medicalInsured;
    index.medicalExtras = batch.medicalExtras;
    index.extras.appendBatch(batch.extras);
    index.agencies.append(batch.agencies, 0);
    index.ids = AsciiColumn.fromBatch(batch.ids);
    index.keys = AsciiColumn.fromBatch(batch.keys);
    index.count = count;
    return index;
  }

  /**
   * Appends an exported index, its handles shifted by `handleBase`: the same index as
   * adding its records one by one, built with a few copies (and a pass to renumber
   * handles and references into `extras` and the assistance columns).
   */
  appendBatch(batch: IndexBatch, handleBase: number): void {
    const count = batch.count;
    if (count === 0) return;
    while (this.count + count > this.capacity) this.growColumns();
    while (this.assistanceCount + batch.assistanceCount > this.benefits.length) this.growAssistance();
    while (this.medicalCount + batch.medicalCount > this.medicalTreatment.length) this.growMedical();
    this.idTable = undefined;
    this.idRepeats = undefined;
    this.personIdTable = undefined;
    this.groups = undefined;
    const base = this.count;
    const assistanceBase = this.assistanceCount;
    const extrasBase = this.extras.length;
    const monthBase = this.monthRangeCount;
    if (monthBase + batch.monthRangeCount > this.monthRanges.length) this.monthRanges = grow(this.monthRanges, monthBase + batch.monthRangeCount);
    this.monthRanges.set(batch.monthRanges.subarray(0, batch.monthRangeCount), monthBase);
    this.monthRangeCount = monthBase + batch.monthRangeCount;
    const medicalBase = this.medicalCount;
    this.kinds.set(batch.kinds, base);
    this.cities.set(batch.cities, base);
    this.codes.set(batch.codes, base);
    this.statuses.set(batch.statuses, base);
    this.starts.set(batch.starts, base);
    this.ends.set(batch.ends, base);
    this.aux.set(batch.aux, base);
    const aux = this.aux;
    const kinds = batch.kinds;
    // The batch's project numbers become this index's.
    const projects = batch.projectCodes.map((code) => this.projectNumber(code));
    for (let i = 0; i < count; i++) {
      this.noteHandle(base + i, batch.handles[i]! + handleBase);
      const kind = kinds[i];
      if (kind === Kind.Transfer || kind === Kind.Organisation) aux[base + i] = batch.aux[i]! + extrasBase;
      else if (kind === Kind.Assistance) aux[base + i] = batch.aux[i]! + assistanceBase;
      else if (kind === Kind.Enrolment && batch.aux[i]! >> 2 > 0) aux[base + i] = batch.aux[i]! + (monthBase << 2);
      else if (kind === Kind.Benefit && batch.aux[i]! >= 0) aux[base + i] = batch.aux[i]! + extrasBase;
      else if (kind === Kind.MedicalRegistration || kind === Kind.MedicalSettlement) aux[base + i] = batch.aux[i]! + medicalBase;
      else if (kind === Kind.Donation && batch.aux[i]! >= 0) aux[base + i] = projects[batch.aux[i]!]!;
    }
    this.medicalTreatment.set(batch.medicalTreatment, medicalBase);
    this.medicalInsured.set(batch.medicalInsured, medicalBase);
    for (let i = 0; i < batch.medicalCount; i++) {
      const extra = batch.medicalExtras[i]!;
      this.medicalExtras[medicalBase + i] = extra < 0 ? -1 : extra + extrasBase;
    }
    this.benefits.set(batch.benefits, assistanceBase);
    this.incomes.set(batch.incomes, assistanceBase);
    this.tiers.set(batch.tiers, assistanceBase);
    for (let i = 0; i < batch.paidCount; i++) this.addPaid(batch.paidSlots[i]! + base, batch.paidMonths[i]!, batch.paidLines[i]!);
    for (let i = 0; i < batch.assistanceCount; i++) {
      const extra = batch.assistanceExtras[i]!;
      this.assistanceExtras[assistanceBase + i] = extra < 0 ? -1 : extra + extrasBase;
    }
    this.extras.appendBatch(batch.extras);
    this.agencies.append(batch.agencies, base);
    this.ids.appendBatch(batch.ids, base);
    this.keys.appendBatch(batch.keys, base);
    this.count = base + count;
    this.assistanceCount = assistanceBase + batch.assistanceCount;
    this.medicalCount = medicalBase + batch.medicalCount;
  }

  private addPaid(slot: number, month: number, line: number): void {
    if (month < 0) return;
    if (this.paidCount === this.paidSlots.length) {
      const capacity = Math.ceil(this.paidSlots.length * 1.5);
      this.paidSlots = grow(this.paidSlots, capacity);
      this.paidMonths = grow(this.paidMonths, capacity);
      this.paidLines = grow(this.paidLines, capacity);
    }
    const at = this.paidCount++;
    this.paidSlots[at] = slot;
    this.paidMonths[at] = month;
    this.paidLines[at] = line;
  }

  /** The row of a slot in the payments side table, or -1 (slots are added in order: binary search). */
  private paidRowOf(slot: number): number {
    let low = 0;
    let high = this.paidCount - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = this.paidSlots[middle]!;
      if (at === slot) return middle;
      if (at < slot) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  private growAssistance(): void {
    const capacity = Math.ceil(this.benefits.length * 1.5);
    this.benefits = grow(this.benefits, capacity);
    this.incomes = grow(this.incomes, capacity);
    this.assistanceExtras = grow(this.assistanceExtras, capacity);
    this.tiers = grow(this.tiers, capacity);
  }

  /**
   * Makes room for `slots` records in all (the input's size says how many are coming):
   * one copy now instead of growing by half several times, each growth leaving the old
   * columns for the garbage collector and up to half of the new ones unused.
   */
  reserve(slots: number): void {
    if (slots <= this.capacity) return;
    this.resizeColumns(slots);
    this.ids.reserve(slots);
    this.keys.reserve(slots);
  }

  /** Grows by half: less slack than doubling for a bounded cost per record. */
  private growColumns(): void {
    this.resizeColumns(Math.ceil(this.capacity * 1.5));
  }

  private resizeColumns(capacity: number): void {
    this.capacity = capacity;
    this.kinds = grow(this.kinds, this.capacity);
    this.cities = grow(this.cities, this.capacity);
    this.codes = grow(this.codes, this.capacity);
    this.statuses = grow(this.statuses, this.capacity);
    this.starts = grow(this.starts, this.capacity);
    this.ends = grow(this.ends, this.capacity);
    this.aux = grow(this.aux, this.capacity);
  }

  /** The distinct agencies (credit code, division, department) the records name, each with the first record naming it, in record order. */
  agencyUses(): readonly AgencyUse[] {
    return this.agencies.list();
  }

  /** Records that slot `slot` (the next one) has handle `handle`. */
  private noteHandle(slot: number, handle: RecordHandle): void {
    const runs = this.handleRunOffsets.length;
    if (runs > 0 && this.handleRunOffsets[runs - 1] === handle - slot) return;
    this.handleRunSlots.push(slot);
    this.handleRunOffsets.push(handle - slot);
  }

  /** The run holding `slot`: the last one starting at or before it. */
  private handleRunOf(slot: number): number {
    const starts = this.handleRunSlots;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (starts[middle]! <= slot) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  handleOf(slot: number): RecordHandle {
    return slot + this.handleRunOffsets[this.handleRunOf(slot)]!;
  }
  /** The slot of an engine handle, or -1: handles grow with slots, so a binary search over the runs finds it. */
  slotOfHandle(handle: RecordHandle): number {
    const starts = this.handleRunSlots;
    const offsets = this.handleRunOffsets;
    // The last run whose first handle is at or before `handle`.
    let low = 0;
    let high = starts.length - 1;
    if (high < 0 || handle < starts[0]! + offsets[0]!) return -1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (starts[middle]! + offsets[middle]! <= handle) low = middle;
      else high = middle - 1;
    }
    const slot = handle - offsets[low]!;
    const end = low + 1 < starts.length ? starts[low + 1]! : this.count;
    return slot < end ? slot : -1;
  }
  kindOf(slot: number): Kind {
    return this.kinds[slot] as Kind;
  }
  /** Whether the record has an id. */
  hasId(slot: number): boolean {
    return this.ids.has(slot);
  }
  /** The record id (builds a string: for messages). */
  idOf(slot: number): string {
    return this.ids.get(slot)!;
  }
  /** 1–3 for 长沙, 株洲, 湘潭; 0 unknown. */
  cityOf(slot: number): number {
    return this.cities[slot]!;
  }
  /** Person: the identity number, if any (builds a string: for messages). */
  idNumberOf(slot: number): string | undefined {
    return this.kinds[slot] === Kind.Person ? this.keys.get(slot) : undefined;
  }
  /** Person: whether it has an identity number. */
  hasIdNumber(slot: number): boolean {
    return this.kinds[slot] === Kind.Person && this.keys.has(slot);
  }
  /** Enrolment, transfer, assistance: the person referred to, if any (builds a string). */
  personIdOf(slot: number): string | undefined {
    return refersToPerson(this.kinds[slot]!) ? this.keys.get(slot) : undefined;
  }
  /** Enrolment, transfer, assistance: whether it names a person. */
  hasPersonId(slot: number): boolean {
    return refersToPerson(this.kinds[slot]!) && this.keys.has(slot);
  }
  /** Enrolment, transfer, assistance: whether its personId names a person record (read from the person groups: no lookup). */
  namesPerson(slot: number): boolean {
    if (!refersToPerson(this.kinds[slot]!)) return false;
    const group = this.personGroups()[slot]!;
    return group >= 0 && group < this.count;
  }
  /** The slot of the first record whose id is this slot's personId, or -1 (no string built). */
  personTargetOf(slot: number): number {
    if (!refersToPerson(this.kinds[slot]!)) return -1;
    return this.idLookup().getSlot(this.keys, slot);
  }
  /** The slot of the first record with the same id as this slot (itself unless a duplicate). */
  firstWithSameId(slot: number): number {
    this.idLookup();
    if (!this.ids.has(slot)) return -1;
    return this.idRepeats!.get(slot) ?? slot;
  }
  /** Person: sex; enrolment: scheme; transfer: kind; assistance: programme (code-list index + 1). */
  codeOf(slot: number): number {
    return this.codes[slot]!;
  }
  /** Enrolment: contributionStatus; transfer: status; assistance: caseStatus (code-list index + 1). */
  statusOf(slot: number): number {
    return this.statuses[slot]!;
  }
  /** Person: birth day; enrolment, assistance: first day. */
  startOf(slot: number): number {
    return this.starts[slot]!;
  }
  endOf(slot: number): number {
    return this.ends[slot]!;
  }
  nameHashOf(slot: number): number {
    return this.kinds[slot] === Kind.Person ? this.aux[slot]! >>> 0 : 0;
  }
  benefitPerMemberOf(slot: number): number {
    return this.kinds[slot] === Kind.Assistance ? this.benefits[this.aux[slot]!]! : 0;
  }
  perCapitaIncomeOf(slot: number): number {
    return this.kinds[slot] === Kind.Assistance ? this.incomes[this.aux[slot]!]! : 0;
  }
  /** Enrolment: the number of paid-month ranges (0: none known). */
  monthRangeCountOf(slot: number): number {
    const at = this.kinds[slot] === Kind.Enrolment ? this.aux[slot]! >> 2 : 0;
    return at === 0 ? 0 : this.monthRanges[at - 1]!;
  }
  /**
   * Enrolment: whether its ranges are every month it paid — it has some, and no
   * contribution year (deemed ones aside) leaves its months unknown.
   */
  paidMonthsKnown(slot: number): boolean {
    return this.monthRangeCountOf(slot) > 0 && (this.aux[slot]! & 2) === 0;
  }
  /** Enrolment: first month number of its range `i` (year × 12 + month − 1). */
  monthRangeFirstOf(slot: number, i: number): number {
    return this.monthRanges[(this.aux[slot]! >> 2) + 2 * i]!;
  }
  /** Enrolment: last month number (inclusive) of its range `i`. */
  monthRangeLastOf(slot: number, i: number): number {
    return this.monthRanges[(this.aux[slot]! >> 2) + 2 * i + 1]!;
  }
  /** Assistance: benefitTier (0 when the benefit is the income gap). */
  tierOf(slot: number): number {
    return this.kinds[slot] === Kind.Assistance ? this.tiers[this.aux[slot]!]! : 0;
  }
  /** Person: death day, `openEnd` when none is recorded (support/death-day.ts). */
  deathDayOf(slot: number): number {
    return this.kinds[slot] === Kind.Person ? this.ends[slot]! : openEnd;
  }
  /** Assistance, benefit: latest month (year × 12 + month − 1) with an effective payment, -1 when none. */
  latestPaidMonthOf(slot: number): number {
    const row = this.paidRowOf(slot);
    return row < 0 ? -1 : this.paidMonths[row]!;
  }
  /** Assistance, benefit: index in `payments` of the line of `latestPaidMonthOf`, -1 when none. */
  latestPaidLineOf(slot: number): number {
    const row = this.paidRowOf(slot);
    return row < 0 ? -1 : this.paidLines[row]!;
  }
  extrasOf(slot: number): ExtraReferences {
    const at = this.extrasIndexOf(slot);
    return at < 0 ? noExtras : this.extras.get(at);
  }
  private extrasIndexOf(slot: number): number {
    switch (this.kinds[slot]) {
      case Kind.Transfer:
      case Kind.Benefit:
      case Kind.Organisation:
        return this.aux[slot]!;
      case Kind.Assistance:
        return this.assistanceExtras[this.aux[slot]!]!;
      case Kind.MedicalRegistration:
      case Kind.MedicalSettlement:
        return this.medicalExtras[this.aux[slot]!]!;
      default:
        return -1;
    }
  }
  /** Enrolment: whether it names an employer (用人单位). */
  hasEmployer(slot: number): boolean {
    return this.kinds[slot] === Kind.Enrolment && (this.aux[slot]! & 1) === 1;
  }
  /** 异地就医 registration and settlement: 就医地 as a six-digit number (0 for other records). */
  treatmentDivisionOf(slot: number): number {
    const kind = this.kinds[slot];
    return kind === Kind.MedicalRegistration || kind === Kind.MedicalSettlement ? this.medicalTreatment[this.aux[slot]!]! : 0;
  }
  /** 异地就医 settlement: 参保地 as a six-digit number (0 for other records). */
  insuredDivisionOf(slot: number): number {
    return this.kinds[slot] === Kind.MedicalSettlement ? this.medicalInsured[this.aux[slot]!]! : 0;
  }
  /** Donation: the receiving organisation's id (builds a string). */
  organisationIdOf(slot: number): string | undefined {
    return this.kinds[slot] === Kind.Donation ? this.keys.get(slot) : undefined;
  }
  /** Donation: the slot of the first record whose id is its organisationId, or -1 (no string built). */
  organisationTargetOf(slot: number): number {
    return this.kinds[slot] === Kind.Donation ? this.idLookup().getSlot(this.keys, slot) : -1;
  }
  /** Donation: the project or campaign code it names, if any. */
  projectCodeOf(slot: number): string | undefined {
    if (this.kinds[slot] !== Kind.Donation) return undefined;
    const number = this.aux[slot]!;
    return number < 0 ? undefined : this.projectCodes[number];
  }
  /** Donation: whether the donor restricted it to the project's purposes. */
  isRestricted(slot: number): boolean {
    return this.kinds[slot] === Kind.Donation && this.statuses[slot] === 1;
  }
  /** Organisation: its beds, -1 when not recorded. */
  capacityOf(slot: number): number {
    return this.kinds[slot] === Kind.Organisation ? this.starts[slot]! : -1;
  }

  /** The slot of the first record with this id, or -1. Built on first use, kept until the next add. */
  slotById(id: string): number {
    return this.idLookup().get(id);
  }

  private idLookup(): StringSlotTable {
    if (!this.idTable) {
      const ids = this.ids;
      const count = this.count;
      let withId = 0;
      for (let slot = 0; slot < count; slot++) if (ids.has(slot)) withId++;
      const repeats = new Map<number, number>();
      this.idTable = new StringSlotTable(ids, withId, count, () => true, (slot, first) => repeats.set(slot, first));
      this.idRepeats = repeats;
    }
    return this.idTable;
  }

  /**
   * The person group of a slot, a number that is equal for records of the same person:
   * for person records, the first person slot with the same identity number (or the
   * slot itself without one); for other records, the group of the person their
   * personId resolves to, else `size +` the first slot naming the same personId; -1
   * without a personId. Persons are thus matched across cities by identity number.
   */
  personGroupOf(slot: number): number {
    return this.personGroups()[slot]!;
  }

  /** The person group of a person id (see `personGroupOf`), or -1 when no record knows it. */
  personGroupById(personId: string): number {
    const groups = this.personGroups();
    const target = this.slotById(personId);
    if (target >= 0 && this.kinds[target] === Kind.Person) return groups[target]!;
    // The table holds the records whose personId names no person: this one is among them if any record names it.
    const named = this.personIdTable!.get(personId);
    return named < 0 ? -1 : this.count + named;
  }

  private personGroups(): Int32Array {
    if (this.groups) return this.groups;
    const count = this.count;
    const kinds = this.kinds;
    const keys = this.keys;
    const groups = new Int32Array(count);
    // A person's group is itself, unless an earlier person has the same identity number.
    let persons = 0;
    for (let slot = 0; slot < count; slot++) {
      if (kinds[slot] !== Kind.Person) continue;
      groups[slot] = slot;
      if (keys.has(slot)) persons++;
    }
    new StringSlotTable(
      keys,
      persons,
      count,
      (slot) => kinds[slot] === Kind.Person,
      (slot, first) => {
        groups[slot] = first;
      },
    );
    // Persons first: a reference may point to a later person.
    const ids = this.idLookup();
    const unresolved: number[] = [];
    for (let slot = 0; slot < count; slot++) if (kinds[slot] !== Kind.Person) groups[slot] = -1;
    keys.forEachHashed(
      count,
      (slot) => refersToPerson(kinds[slot]!),
      (slot, hash) => {
        const target = ids.getHashed(keys, slot, hash);
        if (target >= 0 && kinds[target] === Kind.Person) groups[slot] = groups[target]!;
        else unresolved.push(slot);
      },
    );
    // Records naming one personId all resolve or all do not, so the first slot naming it
    // among the unresolved is the first among all: only those need the table (in a clean
    // export, next to none, where all the others made a table of 8 MB at a million records).
    for (const slot of unresolved) groups[slot] = count + slot;
    // The unresolved slots, ascending, as the table visits the column's slots.
    let next = 0;
    const isUnresolved = (slot: number): boolean => {
      if (unresolved[next] !== slot) return false;
      next++;
      return true;
    };
    this.personIdTable = new StringSlotTable(
      keys,
      unresolved.length,
      unresolved.length === 0 ? 0 : unresolved[unresolved.length - 1]! + 1,
      isUnresolved,
      (slot, first) => {
        groups[slot] = count + first;
      },
    );
    this.groups = groups;
    return groups;
  }
}
