import { cityOfDivision } from "@czt/domain";
import type { AssistanceCareView, DonationView, OrganisationView } from "../rules/support/care-record-views.js";
import {
  benefitStatusCodes,
  benefitTypeCodes,
  caseStatusCodes,
  cityIndex,
  contributionStatusCodes,
  employeeSchemes,
  donorTypeCodes,
  institutionOwnershipCodes,
  organisationKindCodes,
  programmeCodes,
  schemeCodes,
  transferKindCodes,
  transferStatusCodes,
  medicalRegistrationTypeCodes,
} from "../rules/support/code-tables.js";
import { isDeemed, knownMask } from "../rules/support/contribution-months.js";
import { dayNumber } from "../rules/support/iso-date.js";
import type {
  AssistanceView,
  BenefitView,
  EnrolmentView,
  MedicalRegistrationView,
  MedicalSettlementView,
  MetaView,
  PersonView,
  TransferView,
} from "../rules/support/record-view.js";
import { coveredMemberCount } from "../rules/support/record-view.js";
import { type AgencyRef, agencyRefsOf } from "./agency-uses.js";
import { nameHash } from "./name-hash.js";
import { deathDayOf } from "../rules/support/death-day.js";
import { latestEffectivePayment } from "../rules/support/payment-lines.js";

/**
 * What the dataset rules need of one record, and nothing else: ids and references as
 * strings, dates as day numbers, codes as small integers (index + 1 in their code list,
 * 0 = unknown), cities as 1–3 (0 = unknown). Entries are plain data, so a worker thread
 * can build them and post them to the thread that owns the index (structured clone).
 */
export type IndexEntry =
  | PersonEntry
  | EnrolmentEntry
  | TransferEntry
  | AssistanceEntry
  | BenefitEntry
  | MedicalRegistrationEntry
  | MedicalSettlementEntry
  | OrganisationEntry
  | DonationEntry;

/** A date that is not there: open period ends sort after every real day. */
export const openEnd = 2_147_483_647;

/** The day number of a last day (inclusive), or `openEnd` when there is none yet. */
function lastDay(date: string | undefined): number {
  return date === undefined ? openEnd : dayNumber(date);
}

export interface PersonEntry {
  readonly recordType: "person";
  readonly id: string;
  readonly city: number;
  readonly idNumber: string | undefined;
  readonly nameHash: number;
  /** GB/T 2261.1 code as a number (0, 1, 2, 9). */
  readonly sex: number;
  readonly birthDay: number;
  /** The agencies the record names (dataset.shared-credit-code); absent: none. */
  readonly agencies?: readonly AgencyRef[];
  /** From `vitalStatus` or `deathDate` (support/death-day.ts); `openEnd` when alive. */
  readonly deathDay: number;
}

export interface EnrolmentEntry {
  readonly recordType: "enrolment";
  readonly id: string;
  readonly city: number;
  readonly personId: string;
  readonly scheme: number;
  readonly contributionStatus: number;
  readonly start: number;
  /** Last day (inclusive); `openEnd` when open. */
  readonly end: number;
  /** The agencies the record names (dataset.shared-credit-code); absent: none. */
  readonly agencies?: readonly AgencyRef[];
  /**
   * Employee schemes: the months paid, as sorted inclusive ranges of month numbers
   * (year × 12 + month − 1) packed in pairs [first, last, first, last …]; undefined when
   * no month is known. Consecutive years merge, so a whole career is usually one pair.
   */
  readonly paidMonths?: readonly number[] | undefined;
  /**
   * Employee schemes: some contribution year (deemed ones aside) does not say which months
   * it paid, so `paidMonths` leaves it out and is not all the months paid (absent: no).
   */
  readonly paidMonthsPartial?: boolean;
  /** Whether an employer (用人单位) contributes: the enrolment names one (absent: no). */
  readonly hasEmployer?: boolean;
}

export interface TransferEntry {
  readonly recordType: "transfer";
  readonly id: string;
  readonly city: number;
  readonly personId: string;
  readonly kind: number;
  readonly status: number;
  /** Absent when the source is outside the dataset (1.1 `from.external`). */
  readonly fromEnrolmentId: string | undefined;
  readonly toEnrolmentId: string | undefined;
  /** The agencies the record names (dataset.shared-credit-code); absent: none. */
  readonly agencies?: readonly AgencyRef[];
  /** The receiving side is outside the dataset (1.1 `to.external`): no target enrolment to find here. */
  readonly toOutside: boolean;
}

export interface AssistanceEntry {
  readonly recordType: "assistance";
  readonly id: string;
  readonly city: number;
  readonly personId: string | undefined;
  readonly headPersonId: string | undefined;
  /** Household members' person ids, in record order. */
  readonly memberIds: readonly string[] | undefined;
  /** Indexes into `memberIds` of members not covered by the case. */
  readonly uncoveredMembers: readonly number[] | undefined;
  readonly programme: number;
  readonly caseStatus: number;
  /** Approved, else applied. */
  readonly start: number;
  /** Terminated (inclusive), else `openEnd`. */
  readonly end: number;
  /** benefitAmount / covered members, NaN when unknown. */
  readonly benefitPerMember: number;
  /** NaN when not recorded. */
  readonly perCapitaIncome: number;
  /** The agencies the record names (dataset.shared-credit-code); absent: none. */
  readonly agencies?: readonly AgencyRef[];
  /** benefitTier of a 分档 programme (1–20), 0 when the benefit is the income gap. */
  readonly tier: number;
  /** Latest month (year × 12 + month − 1) with a payment not failed or returned; -1 when none. */
  readonly latestPaidMonth: number;
  /** Index in `payments` of that month's first line; -1 when none. */
  readonly latestPaidLine: number;
  /** The welfare institution the beneficiary lives in (1.1), and the days of residence. */
  readonly institution?: ResidenceEntry;
  /** The charity project that funded a charity relief case (1.1). */
  readonly charity?: CharityFundingEntry;
}

export interface BenefitEntry {
  readonly recordType: "benefit";
  readonly id: string;
  readonly city: number;
  readonly personId: string;
  readonly benefitType: number;
  readonly status: number;
  readonly start: number;
  /** Last day (inclusive); `openEnd` when open. */
  readonly end: number;
  readonly enrolmentId: string | undefined;
  /** As for assistance: latest month with an effective payment (-1: none) and its line. */
  readonly latestPaidMonth: number;
  readonly latestPaidLine: number;
  /** The agencies the record names (dataset.shared-credit-code); absent: none. */
  readonly agencies?: readonly AgencyRef[];
}

export interface MedicalRegistrationEntry {
  readonly recordType: "medicalRegistration";
  readonly id: string;
  readonly city: number;
  readonly personId: string;
  readonly registrationType: number;
  readonly start: number;
  /** Last day (inclusive); `openEnd` when open. */
  readonly end: number;
  /** 就医地 as its six-digit number. */
  readonly treatmentDivision: number;
  readonly enrolmentId: string | undefined;
  /** The agencies the record names (dataset.shared-credit-code); absent: none. */
  readonly agencies?: readonly AgencyRef[];
}

export interface MedicalSettlementEntry {
  readonly recordType: "medicalSettlement";
  readonly id: string;
  readonly city: number;
  readonly personId: string;
  readonly settlementDay: number;
  /** 就医地 and 参保地 as six-digit numbers. */
  readonly treatmentDivision: number;
  readonly insuredDivision: number;
  readonly enrolmentId: string | undefined;
  readonly registrationId: string | undefined;
  /** The agencies the record names (dataset.shared-credit-code); absent: none. */
  readonly agencies?: readonly AgencyRef[];
}

export interface ResidenceEntry {
  readonly organisationId: string;
  readonly start: number;
  /** Last day (inclusive), else `openEnd`. */
  readonly end: number;
}

export interface CharityFundingEntry {
  readonly organisationId: string;
  readonly projectCode: string | undefined;
  readonly purpose: string | undefined;
}

/** A charity project as the dataset rules need it: its code, whether it is restricted, its purposes. */
export interface ProjectEntry {
  readonly code: string;
  readonly restricted: boolean;
  readonly purposes: readonly string[];
}

export interface OrganisationEntry {
  readonly recordType: "organisation";
  readonly id: string;
  readonly city: number;
  readonly kind: number;
  readonly ownership: number;
  /** Beds; -1 when not recorded. */
  readonly capacity: number;
  readonly projects: readonly ProjectEntry[] | undefined;
  /** The agencies the record names (dataset.shared-credit-code); absent: none. */
  readonly agencies?: readonly AgencyRef[];
}

export interface DonationEntry {
  readonly recordType: "donation";
  readonly id: string;
  readonly city: number;
  readonly organisationId: string;
  readonly donorType: number;
  readonly receivedOn: number;
  readonly projectCode: string | undefined;
  readonly restricted: boolean;
  /** The agencies the record names (dataset.shared-credit-code); absent: none. */
  readonly agencies?: readonly AgencyRef[];
}

/** Where a record came from, when the reader knows it (the export's city from its header). */
export interface EntryOrigin {
  readonly city?: string;
}

function personEntry(person: PersonView, origin: EntryOrigin | undefined): PersonEntry {
  const agencyDivision = (person.meta as MetaView).sourceAgency?.division;
  const city = origin?.city ?? (agencyDivision === undefined ? undefined : cityOfDivision(agencyDivision));
  const idNumber = person.idNumber;
  return {
    recordType: "person",
    id: person.id,
    city: cityIndex(city),
    idNumber: idNumber !== undefined && idNumber.charCodeAt(17) === 120 ? `${idNumber.slice(0, 17)}X` : idNumber,
    nameHash: nameHash(person.name),
    sex: Number(person.sex),
    birthDay: dayNumber(person.birthDate),
    deathDay: deathDayOf(person),
  };
}

function enrolmentEntry(enrolment: EnrolmentView): EnrolmentEntry {
  const paid = employeeSchemes.has(enrolment.scheme) ? paidMonthRanges(enrolment) : undefined;
  return {
    recordType: "enrolment",
    id: enrolment.id,
    city: cityIndex(enrolment.city),
    personId: enrolment.personId,
    scheme: schemeCodes.index.get(enrolment.scheme) ?? 0,
    contributionStatus: contributionStatusCodes.index.get(enrolment.contributionStatus) ?? 0,
    start: dayNumber(enrolment.period.start),
    end: lastDay(enrolment.period.end),
    paidMonths: paid?.ranges,
    paidMonthsPartial: paid?.partial === true,
    hasEmployer: enrolment.employer !== undefined,
  };
}

/**
 * The months an employee-scheme enrolment paid (deemed years left out), as packed ranges
 * (undefined when none is known), and whether a year whose months are unknown was left out.
 */
function paidMonthRanges(enrolment: EnrolmentView): { ranges: number[] | undefined; partial: boolean } | undefined {
  const years = enrolment.contributions;
  if (!years || years.length === 0) return undefined;
  const months: number[] = [];
  let partial = false;
  for (const entry of years) {
    if (isDeemed(entry)) continue;
    const mask = knownMask(entry, enrolment.period.start, enrolment.period.end);
    if (mask === undefined) {
      partial = true;
      continue;
    }
    for (let month = 0; month < 12; month++) if ((mask & (1 << month)) !== 0) months.push(entry.year * 12 + month);
  }
  if (months.length === 0) return { ranges: undefined, partial };
  months.sort((a, b) => a - b);
  const ranges: number[] = [];
  for (const month of months) {
    const last = ranges.length - 1;
    if (last > 0 && month <= ranges[last]! + 1) ranges[last] = Math.max(ranges[last]!, month);
    else ranges.push(month, month);
  }
  return { ranges, partial };
}

function transferEntry(transfer: TransferView): TransferEntry {
  return {
    recordType: "transfer",
    id: transfer.id,
    // A migrant arriving from outside the three cities belongs to the receiving city.
    city: cityIndex(transfer.from.external === undefined ? transfer.from.city : transfer.to.city),
    personId: transfer.personId,
    kind: transferKindCodes.index.get(transfer.kind) ?? 0,
    status: transferStatusCodes.index.get(transfer.status) ?? 0,
    fromEnrolmentId: transfer.from.enrolmentId,
    toEnrolmentId: transfer.to.enrolmentId,
    toOutside: transfer.to.external !== undefined,
  };
}

function uncoveredOf(members: readonly { covered: boolean }[]): number[] | undefined {
  let uncovered: number[] | undefined;
  for (let i = 0; i < members.length; i++) {
    if (members[i]!.covered) continue;
    uncovered ??= [];
    uncovered.push(i);
  }
  return uncovered;
}

function residenceOf(assistance: AssistanceView, care: AssistanceCareView): ResidenceEntry | undefined {
  const institution = care.institution;
  if (institution === undefined) return undefined;
  const left = institution.left ?? assistance.dates.terminated;
  return {
    organisationId: institution.organisationId,
    start: dayNumber(institution.admitted ?? assistance.dates.approved ?? assistance.dates.applied),
    end: lastDay(left),
  };
}

function charityFundingOf(care: AssistanceCareView): CharityFundingEntry | undefined {
  const charity = care.charity;
  if (charity?.organisationId === undefined) return undefined;
  return { organisationId: charity.organisationId, projectCode: charity.projectCode, purpose: charity.purpose };
}

function assistanceEntry(assistance: AssistanceView): AssistanceEntry {
  const members = coveredMemberCount(assistance);
  const household = assistance.household;
  const list = household?.members;
  const hasMembers = list !== undefined && list.length > 0;
  const care = assistance as unknown as AssistanceCareView;
  const latest = latestEffectivePayment(assistance.payments);
  // One literal of one shape, the optional parts set after: spreading them in took a third of the index's time.
  const entry: { -readonly [K in keyof AssistanceEntry]: AssistanceEntry[K] } = {
    recordType: "assistance",
    id: assistance.id,
    city: cityIndex(assistance.city),
    personId: assistance.personId,
    headPersonId: household?.headPersonId,
    memberIds: hasMembers ? list.map((member) => member.personId) : undefined,
    uncoveredMembers: hasMembers ? uncoveredOf(list) : undefined,
    programme: programmeCodes.index.get(assistance.programme) ?? 0,
    caseStatus: caseStatusCodes.index.get(assistance.caseStatus) ?? 0,
    start: dayNumber(assistance.dates.approved ?? assistance.dates.applied),
    end: lastDay(assistance.dates.terminated),
    benefitPerMember: members !== undefined && members > 0 ? assistance.benefitAmount / members : Number.NaN,
    perCapitaIncome: assistance.perCapitaIncome ?? Number.NaN,
    tier: assistance.benefitTier ?? 0,
    latestPaidMonth: latest.month,
    latestPaidLine: latest.line,
  };
  const institution = residenceOf(assistance, care);
  if (institution !== undefined) entry.institution = institution;
  const charity = charityFundingOf(care);
  if (charity !== undefined) entry.charity = charity;
  return entry;
}

function benefitEntry(benefit: BenefitView): BenefitEntry {
  const latest = latestEffectivePayment(benefit.payments);
  return {
    recordType: "benefit",
    id: benefit.id,
    city: cityIndex(benefit.city),
    personId: benefit.personId,
    benefitType: benefitTypeCodes.index.get(benefit.benefitType) ?? 0,
    status: benefitStatusCodes.index.get(benefit.status) ?? 0,
    start: dayNumber(benefit.period.start),
    end: lastDay(benefit.period.end),
    enrolmentId: benefit.enrolmentId,
    latestPaidMonth: latest.month,
    latestPaidLine: latest.line,
  };
}

function medicalRegistrationEntry(registration: MedicalRegistrationView): MedicalRegistrationEntry {
  return {
    recordType: "medicalRegistration",
    id: registration.id,
    city: cityIndex(registration.city),
    personId: registration.personId,
    registrationType: medicalRegistrationTypeCodes.index.get(registration.registrationType) ?? 0,
    start: dayNumber(registration.period.start),
    end: lastDay(registration.period.end),
    treatmentDivision: Number(registration.treatmentDivision),
    enrolmentId: registration.enrolmentId,
  };
}

function medicalSettlementEntry(settlement: MedicalSettlementView): MedicalSettlementEntry {
  return {
    recordType: "medicalSettlement",
    id: settlement.id,
    city: cityIndex(settlement.city),
    personId: settlement.personId,
    settlementDay: dayNumber(settlement.settlementDate),
    treatmentDivision: Number(settlement.treatmentDivision),
    insuredDivision: Number(settlement.insuredDivision),
    enrolmentId: settlement.enrolmentId,
    registrationId: settlement.registrationId,
  };
}

function organisationEntry(organisation: OrganisationView): OrganisationEntry {
  return {
    recordType: "organisation",
    id: organisation.id,
    city: cityIndex(organisation.city),
    kind: organisationKindCodes.index.get(organisation.kind) ?? 0,
    ownership: organisation.ownership === undefined ? 0 : (institutionOwnershipCodes.index.get(organisation.ownership) ?? 0),
    capacity: organisation.capacity ?? -1,
    projects: organisation.projects?.map((project) => ({ code: project.code, restricted: project.restricted, purposes: project.purposes })),
  };
}

function donationEntry(donation: DonationView): DonationEntry {
  return {
    recordType: "donation",
    id: donation.id,
    city: cityIndex(donation.city),
    organisationId: donation.organisationId,
    donorType: donorTypeCodes.index.get(donation.donorType) ?? 0,
    receivedOn: dayNumber(donation.receivedOn),
    projectCode: donation.projectCode,
    restricted: donation.restricted,
  };
}

/**
 * The index entry of a schema-valid record, or `undefined` for anything that is not one
 * of the record types. Pure: safe to call in a worker thread.
 */
export function extractIndexEntry(record: Readonly<Record<string, unknown>>, origin?: EntryOrigin): IndexEntry | undefined {
  const entry = entryOf(record, origin);
  if (entry === undefined) return undefined;
  const agencies = agencyRefsOf(record);
  // Set on the fresh entry rather than spread into a copy: this runs once per record.
  if (agencies !== undefined) (entry as { agencies?: readonly AgencyRef[] }).agencies = agencies;
  return entry;
}

function entryOf(record: Readonly<Record<string, unknown>>, origin: EntryOrigin | undefined): IndexEntry | undefined {
  switch (record["recordType"]) {
    case "person":
      return personEntry(record as unknown as PersonView, origin);
    case "enrolment":
      return enrolmentEntry(record as unknown as EnrolmentView);
    case "transfer":
      return transferEntry(record as unknown as TransferView);
    case "assistance":
      return assistanceEntry(record as unknown as AssistanceView);
    case "benefit":
      return benefitEntry(record as unknown as BenefitView);
    case "medicalRegistration":
      return medicalRegistrationEntry(record as unknown as MedicalRegistrationView);
    case "medicalSettlement":
      return medicalSettlementEntry(record as unknown as MedicalSettlementView);
    case "organisation":
      return organisationEntry(record as unknown as OrganisationView);
    case "donation":
      return donationEntry(record as unknown as DonationView);
    default:
      return undefined;
  }
}
