import { cityOfDivision } from "@czt/domain";
import type { AssistanceCareView, DonationView, OrganisationView } from "../rules/support/care-record-views.js";
import {
  caseStatusCodes,
  cityIndex,
  contributionStatusCodes,
  donorTypeCodes,
  institutionOwnershipCodes,
  organisationKindCodes,
  programmeCodes,
  schemeCodes,
  transferKindCodes,
  transferStatusCodes,
} from "../rules/support/code-tables.js";
import { dayNumber } from "../rules/support/iso-date.js";
import type { AssistanceView, EnrolmentView, MetaView, PersonView, TransferView } from "../rules/support/record-view.js";
import { coveredMemberCount } from "../rules/support/record-view.js";
import { nameHash } from "./name-hash.js";

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
  | OrganisationEntry
  | DonationEntry;

/** A date that is not there: open period ends sort after every real day. */
export const openEnd = 2_147_483_647;

export interface PersonEntry {
  readonly recordType: "person";
  readonly id: string;
  readonly city: number;
  readonly idNumber: string | undefined;
  readonly nameHash: number;
  /** GB/T 2261.1 code as a number (0, 1, 2, 9). */
  readonly sex: number;
  readonly birthDay: number;
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
}

export interface TransferEntry {
  readonly recordType: "transfer";
  readonly id: string;
  readonly city: number;
  readonly personId: string;
  readonly kind: number;
  readonly status: number;
  readonly fromEnrolmentId: string;
  readonly toEnrolmentId: string | undefined;
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
  /** The welfare institution the beneficiary lives in (1.1), and the days of residence. */
  readonly institution?: ResidenceEntry;
  /** The charity project that funded a charity relief case (1.1). */
  readonly charity?: CharityFundingEntry;
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
  };
}

function enrolmentEntry(enrolment: EnrolmentView): EnrolmentEntry {
  return {
    recordType: "enrolment",
    id: enrolment.id,
    city: cityIndex(enrolment.city),
    personId: enrolment.personId,
    scheme: schemeCodes.index.get(enrolment.scheme) ?? 0,
    contributionStatus: contributionStatusCodes.index.get(enrolment.contributionStatus) ?? 0,
    start: dayNumber(enrolment.period.start),
    end: enrolment.period.end === undefined ? openEnd : dayNumber(enrolment.period.end),
  };
}

function transferEntry(transfer: TransferView): TransferEntry {
  return {
    recordType: "transfer",
    id: transfer.id,
    city: cityIndex(transfer.from.city),
    personId: transfer.personId,
    kind: transferKindCodes.index.get(transfer.kind) ?? 0,
    status: transferStatusCodes.index.get(transfer.status) ?? 0,
    fromEnrolmentId: transfer.from.enrolmentId,
    toEnrolmentId: transfer.to.enrolmentId,
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
    end: left === undefined ? openEnd : dayNumber(left),
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
  const institution = residenceOf(assistance, care);
  const charity = charityFundingOf(care);
  return {
    ...(institution === undefined ? {} : { institution }),
    ...(charity === undefined ? {} : { charity }),
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
    end: assistance.dates.terminated === undefined ? openEnd : dayNumber(assistance.dates.terminated),
    benefitPerMember: members !== undefined && members > 0 ? assistance.benefitAmount / members : Number.NaN,
    perCapitaIncome: assistance.perCapitaIncome ?? Number.NaN,
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
 * of the four record types. Pure: safe to call in a worker thread.
 */
export function extractIndexEntry(record: Readonly<Record<string, unknown>>, origin?: EntryOrigin): IndexEntry | undefined {
  switch (record["recordType"]) {
    case "person":
      return personEntry(record as unknown as PersonView, origin);
    case "enrolment":
      return enrolmentEntry(record as unknown as EnrolmentView);
    case "transfer":
      return transferEntry(record as unknown as TransferView);
    case "assistance":
      return assistanceEntry(record as unknown as AssistanceView);
    case "organisation":
      return organisationEntry(record as unknown as OrganisationView);
    case "donation":
      return donationEntry(record as unknown as DonationView);
    default:
      return undefined;
  }
}
