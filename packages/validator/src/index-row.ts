import type { RecordLocation, RecordType } from "./rule.js";
import { cityCodeOf } from "./rules/support/city-code.js";
import { benefitStatusCodes, benefitTypeCodes, caseStatusCodes, contributionStatusCodes, dibaoProgrammes, programmeCodes, schemeCodes, schemeFamily, tekunProgrammes, transferKindCodes, transferStatusCodes } from "./rules/support/code-tables.js";
import { isPaidOnDeath } from "./rules/support/death-benefits.js";
import { isKnownDeathDay } from "./rules/support/death-day.js";
import { isEmployeeSchemeCode, overlapFamilyOfScheme } from "./rules/support/enrolment-periods.js";
import { cachedView } from "./rules/support/index-cache.js";
import { lastDayOfMonthOf, monthOfDay } from "./rules/support/payment-lines.js";
import { deathDateText } from "./rules/support/recorded-deaths.js";
import { type DatasetIndex, Kind, recordTypeOfKind } from "./dataset/dataset-index.js";
import { openEnd } from "./dataset/index-entry.js";

/**
 * One record of the dataset index as a flat row, for an engine outside this process
 * (`@czt/scale` writes them as Parquet): what the dataset rules read of the record, with
 * its location. Codes are the code lists' codes, days are days since 1970-01-01, and an
 * open end is `undefined`. The identity number is here in clear: the writer hashes it and
 * keeps only its masked form (the rules compare numbers, messages show them masked).
 */
export interface IndexRow {
  /** The record's number in the validation run: input order across files. */
  readonly seq: number;
  readonly file: string;
  readonly line: number;
  readonly column: number | undefined;
  readonly recordIndex: number;
  readonly recordType: RecordType;
  readonly id: string | undefined;
  /** 430100, 430200, 430300; `undefined` when unknown. */
  readonly city: string | undefined;
  /** Person: the identity number as the index keeps it (a final x upper-cased). */
  readonly idNumber: string | undefined;
  /** Person: the 32-bit hash of the trimmed name (`nameHash`). */
  readonly nameHash: number | undefined;
  /** Enrolment, transfer, assistance, benefit, 异地就医 records: the person id they name. */
  readonly personId: string | undefined;
  /** Person: sex; enrolment: scheme; transfer: kind; assistance: programme (the code). */
  readonly code: string | undefined;
  /** Enrolment: contributionStatus; transfer: status; assistance: caseStatus (the code). */
  readonly status: string | undefined;
  /** Transfer: the receiving side is outside the dataset (to.external, 1.1). */
  readonly toOutside: boolean | undefined;
  /** Person: birth day; enrolment, assistance: first day. */
  readonly startDay: number | undefined;
  /** Person: death day (2147483646: deceased, day unknown); enrolment, assistance, benefit: last day (inclusive); `undefined`: open. */
  readonly endDay: number | undefined;
  /** Benefit: the months (year × 12 + month − 1) of its first and last day; `endMonth` `undefined`: open. */
  readonly startMonth: number | undefined;
  readonly endMonth: number | undefined;
  /** Person who died: the death date as messages give it (ISO, or "—" when unknown). */
  readonly deathDate: string | undefined;
  /** Person who died on a known day: the last day of that month (a period may run to it). */
  readonly deathMonthLastDay: number | undefined;
  /** Benefit: paid because of a death (funeral grant, survivors' …), so not stopped by it. */
  readonly paidOnDeath: boolean | undefined;
  /** Person who died on a known day: the month of death (year × 12 + month − 1). */
  readonly deathMonth: number | undefined;
  /** Assistance, benefit: the latest month with an effective payment (year × 12 + month − 1), and that line's index in `payments`. */
  readonly latestPaidMonth: number | undefined;
  readonly latestPaidLine: number | undefined;
  /** Enrolment: the family two enrolments overlap in (pension, medical, …; a supplement is its own). */
  readonly schemeFamily: string | undefined;
  /** Enrolment: whether its scheme is an employee scheme. */
  readonly employeeScheme: boolean | undefined;
  /** Enrolment: its scheme's family in the code list (pension, medical, …; a supplement in its main scheme's family). */
  readonly insuranceFamily: string | undefined;
  /** Enrolment: whether it names an employer (用人单位). */
  readonly hasEmployer: boolean | undefined;
  /** Assistance: `dibao` or `tekun` for the programmes the exclusivity rules compare. */
  readonly assistanceCategory: "dibao" | "tekun" | undefined;
  /** 异地就医 registration and settlement: 就医地 as a six-digit number. */
  readonly treatmentDivision: number | undefined;
  /** 异地就医 settlement: 参保地 as a six-digit number. */
  readonly insuredDivision: number | undefined;
  /** Organisation: its beds, `undefined` when not recorded. */
  readonly capacity: number | undefined;
  /** Assistance in a welfare institution (1.1): the first and last day (inclusive; `undefined`: open) of residence. */
  readonly stayStartDay: number | undefined;
  readonly stayEndDay: number | undefined;
  /** Assistance: benefitAmount / covered members, `undefined` when unknown. */
  readonly benefitPerMember: number | undefined;
  /** Assistance: the per-capita income in clear, `undefined` when not recorded (the writer keeps only a hash: the rules compare incomes, never show them). */
  readonly perCapitaIncome: number | undefined;
  /** Assistance: benefitTier of a 分档 programme, 0 when the benefit is the income gap. */
  readonly tier: number | undefined;
  /** Donation: its projectCode; assistance: charity.projectCode. */
  readonly projectCode: string | undefined;
  /** Assistance: charity.purpose. */
  readonly charityPurpose: string | undefined;
  /** The ids the record refers to (person, enrolment, registration, organisation), in the order the rules check them. */
  readonly references: readonly IndexReference[];
  /** The agencies this record is the first of the run to name (dataset.shared-credit-code), in the order it names them. */
  readonly agencies: readonly IndexAgency[];
  /** Organisation: its charity projects (1.1), in record order. */
  readonly projects: readonly IndexProject[];
  /** Enrolment: the months known paid, as ranges of month numbers (year × 12 + month − 1, inclusive), ascending. */
  readonly paidMonthRanges: readonly IndexMonthRange[];
  /**
   * Enrolment: whether `paidMonthRanges` are all the months it paid — it has some, and every
   * contribution year (deemed ones aside) says which months it paid.
   */
  readonly paidMonthsKnown: boolean | undefined;
}

/** An agency a record names (credit code, division, department) and the pointer of its credit code. */
export interface IndexAgency {
  readonly pointer: string;
  readonly creditCode: string;
  readonly division: string;
  readonly department: string;
}

/** A charity project of an organisation. */
export interface IndexProject {
  readonly code: string;
  readonly restricted: boolean;
  readonly purposes: readonly string[];
}

/** Months first to last (inclusive), as month numbers. */
export interface IndexMonthRange {
  readonly first: number;
  readonly last: number;
}

/** What the dataset rules of the run that wrote the rows read besides the records. */
export interface IndexRunSettings {
  /** The as-of date (YYYY-MM-DD). */
  readonly asOf: string;
  /** The schema version the dataset rules ran under (the last file's). */
  readonly schemaVersion: string;
  /** Parameter flatBenefit.minHouseholds. */
  readonly flatBenefitMinHouseholds: number;
}

/** One reference of a record to another record of the dataset. */
export interface IndexReference {
  /** JSON Pointer of the field holding the id. */
  readonly pointer: string;
  readonly reference: string;
  /** The record type the id must name. */
  readonly expectedType: RecordType;
  /** A household member: whether the case covers them; `undefined` for other references. */
  readonly covered?: boolean;
  /** A household member: their index in the household's members. */
  readonly memberIndex?: number;
}

/** The rows of a dataset index, read one at a time (a row is built on request). */
export interface DatasetIndexRows {
  readonly size: number;
  readonly settings: IndexRunSettings;
  row(slot: number): IndexRow;
}

function codeOfList(codes: readonly string[], index: number): string | undefined {
  return index === 0 ? undefined : codes[index - 1];
}

function categoryOf(programme: string | undefined): "dibao" | "tekun" | undefined {
  if (programme === undefined) return undefined;
  return dibaoProgrammes.has(programme) ? "dibao" : tekunProgrammes.has(programme) ? "tekun" : undefined;
}

/** Row `slot` of `index`, located by `locate` (the session's record locations). */
export function indexRowOf(index: DatasetIndex, slot: number, locate: (handle: number) => RecordLocation): IndexRow {
  const handle = index.handleOf(slot);
  const location = locate(handle);
  const kind = index.kindOf(slot);
  const city = index.cityOf(slot);
  const end = index.endOf(slot);
  const isPerson = kind === Kind.Person;
  const isEnrolment = kind === Kind.Enrolment;
  const isAssistance = kind === Kind.Assistance;
  const isTransfer = kind === Kind.Transfer;
  const isBenefit = kind === Kind.Benefit;
  const codes = isEnrolment ? schemeCodes : isAssistance ? programmeCodes : isTransfer ? transferKindCodes : isBenefit ? benefitTypeCodes : undefined;
  const statuses = isEnrolment ? contributionStatusCodes : isAssistance ? caseStatusCodes : isTransfer ? transferStatusCodes : isBenefit ? benefitStatusCodes : undefined;
  const died = isPerson && end !== openEnd;
  const paid = isAssistance || isBenefit ? index.latestPaidMonthOf(slot) : -1;
  const code = isPerson ? String(index.codeOf(slot)) : codes === undefined ? undefined : codeOfList(codes.codes, index.codeOf(slot));
  const status = statuses === undefined ? undefined : codeOfList(statuses.codes, index.statusOf(slot));
  const isMedical = kind === Kind.MedicalRegistration || kind === Kind.MedicalSettlement;
  const hasPeriod = isPerson || isEnrolment || isAssistance || isBenefit || isMedical;
  const extras = index.extrasOf(slot);
  const stay = isAssistance ? extras.institution : undefined;
  const charity = isAssistance ? extras.charity : undefined;
  const benefitPerMember = isAssistance ? index.benefitPerMemberOf(slot) : Number.NaN;
  const income = isAssistance ? index.perCapitaIncomeOf(slot) : Number.NaN;
  return {
    seq: handle,
    file: location.file,
    line: location.line,
    column: location.column,
    recordIndex: location.recordIndex,
    recordType: recordTypeOfKind[kind],
    id: index.hasId(slot) ? index.idOf(slot) : undefined,
    city: city === 0 ? undefined : cityCodeOf(city),
    idNumber: isPerson ? index.idNumberOf(slot) : undefined,
    nameHash: isPerson ? index.nameHashOf(slot) : undefined,
    personId: index.personIdOf(slot),
    code,
    status,
    toOutside: isTransfer ? index.extrasOf(slot).toOutside === true : undefined,
    startDay: hasPeriod ? index.startOf(slot) : undefined,
    endDay: hasPeriod && end !== openEnd ? end : undefined,
    startMonth: isBenefit ? monthOfDay(index.startOf(slot)) : undefined,
    endMonth: isBenefit && end !== openEnd ? monthOfDay(end) : undefined,
    deathDate: died ? deathDateText(end) : undefined,
    deathMonthLastDay: died && isKnownDeathDay(end) ? lastDayOfMonthOf(end) : undefined,
    paidOnDeath: isBenefit ? isPaidOnDeath(index.codeOf(slot)) : undefined,
    deathMonth: died && isKnownDeathDay(end) ? monthOfDay(end) : undefined,
    latestPaidMonth: paid >= 0 ? paid : undefined,
    latestPaidLine: paid >= 0 ? index.latestPaidLineOf(slot) : undefined,
    schemeFamily: isEnrolment ? overlapFamilyOfScheme(index.codeOf(slot)) : undefined,
    employeeScheme: isEnrolment ? isEmployeeSchemeCode(index.codeOf(slot)) : undefined,
    insuranceFamily: isEnrolment && code !== undefined ? schemeFamily.get(code) : undefined,
    hasEmployer: isEnrolment ? index.hasEmployer(slot) : undefined,
    assistanceCategory: isAssistance ? categoryOf(code) : undefined,
    treatmentDivision: isMedical ? index.treatmentDivisionOf(slot) : undefined,
    insuredDivision: kind === Kind.MedicalSettlement ? index.insuredDivisionOf(slot) : undefined,
    capacity: kind === Kind.Organisation && index.capacityOf(slot) >= 0 ? index.capacityOf(slot) : undefined,
    stayStartDay: stay?.start,
    stayEndDay: stay === undefined || stay.end === openEnd ? undefined : stay.end,
    benefitPerMember: Number.isNaN(benefitPerMember) ? undefined : benefitPerMember,
    perCapitaIncome: Number.isNaN(income) ? undefined : income,
    tier: isAssistance ? index.tierOf(slot) : undefined,
    projectCode: kind === Kind.Donation ? index.projectCodeOf(slot) : charity?.projectCode,
    charityPurpose: charity?.purpose,
    references: referencesOf(index, slot, kind),
    agencies: agenciesBySlot(index).get(slot) ?? [],
    projects: kind === Kind.Organisation ? (extras.projects ?? []) : [],
    paidMonthRanges: isEnrolment ? monthRangesOf(index, slot) : [],
    paidMonthsKnown: isEnrolment ? index.paidMonthsKnown(slot) : undefined,
  };
}

/** The agencies of the run by the record that first names them (`DatasetIndex.agencyUses`). */
const agenciesBySlot = cachedView((index: DatasetIndex): ReadonlyMap<number, IndexAgency[]> => {
  const bySlot = new Map<number, IndexAgency[]>();
  for (const use of index.agencyUses()) {
    const agency: IndexAgency = { pointer: use.pointer, creditCode: use.creditCode, division: use.division, department: use.department };
    const list = bySlot.get(use.slot);
    if (list) list.push(agency);
    else bySlot.set(use.slot, [agency]);
  }
  return bySlot;
});

function monthRangesOf(index: DatasetIndex, slot: number): IndexMonthRange[] {
  const ranges: IndexMonthRange[] = [];
  const count = index.monthRangeCountOf(slot);
  for (let i = 0; i < count; i++) ranges.push({ first: index.monthRangeFirstOf(slot, i), last: index.monthRangeLastOf(slot, i) });
  return ranges;
}

/** The references of a record, as dataset.unresolved-reference checks them (same fields, same order). */
function referencesOf(index: DatasetIndex, slot: number, kind: Kind): IndexReference[] {
  const references: IndexReference[] = [];
  const add = (pointer: string, reference: string | undefined, expectedType: RecordType): void => {
    if (reference !== undefined) references.push({ pointer, reference, expectedType });
  };
  if (kind === Kind.Person || kind === Kind.Organisation) return references;
  if (kind === Kind.Donation) {
    add("/organisationId", index.organisationIdOf(slot), "organisation");
    return references;
  }
  add("/personId", index.personIdOf(slot), "person");
  const extras = index.extrasOf(slot);
  if (kind === Kind.Transfer) {
    add("/from/enrolmentId", extras.fromEnrolmentId, "enrolment");
    add("/to/enrolmentId", extras.toEnrolmentId, "enrolment");
  } else if (kind === Kind.Assistance) {
    add("/household/headPersonId", extras.headPersonId, "person");
    add("/institution/organisationId", extras.institution?.organisationId, "organisation");
    add("/charity/organisationId", extras.charity?.organisationId, "organisation");
    const members = extras.memberIds ?? [];
    for (let i = 0; i < members.length; i++) {
      const member = members[i];
      if (member !== undefined) references.push({ pointer: `/household/members/${i}/personId`, reference: member, expectedType: "person", covered: !extras.uncoveredMembers?.includes(i), memberIndex: i });
    }
  } else if (kind === Kind.Benefit || kind === Kind.MedicalRegistration || kind === Kind.MedicalSettlement) {
    add("/enrolmentId", extras.enrolmentId, "enrolment");
    add("/registrationId", extras.registrationId, "medicalRegistration");
  }
  return references;
}
