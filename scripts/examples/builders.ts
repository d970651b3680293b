/**
 * Small constructors that turn the population's story (population/) into records of
 * the model contract, computing every derived figure — identity numbers, covered
 * members, benefits, payment amounts, transfer amounts — so none is typed by hand.
 */
import { idNumber } from "./identifiers.js";
import type {
  Agency,
  AssistanceProgramme,
  AssistanceRecord,
  CaseStatus,
  CityCode,
  ContributionYear,
  EnrolmentRecord,
  ExternalSide,
  InsuranceScheme,
  Payment,
  Period,
  PersonRecord,
  TransferKind,
  TransferRecord,
  TransferStep,
} from "./model.js";
import { percentOf, pooledFundAmount, totalIndividual, totalMonths } from "./money.js";

/** When the three exports were produced and the date they describe. */
export const exportCreated = "2026-11-01T09:30:00+08:00";
export const exportAsOf = "2026-10-31";
/** Default `meta.lastUpdated` of records that did not change recently. */
export const defaultLastUpdated = "2026-10-30T17:45:00+08:00";

/** `<city>-<P|E|T|A>-<six digits>`, e.g. `430100-P-000001`. */
export function recordId(city: CityCode, letter: "P" | "E" | "T" | "A" | "B" | "R" | "S" | "O" | "D", n: number): string {
  return `${city}-${letter}-${String(n).padStart(6, "0")}`;
}

/** A human being, before any agency records them: the facts all their person records share. */
export interface Identity {
  name: string;
  sex: "1" | "2";
  birthDate: string;
  ethnicity?: string;
  nationality: string;
  idNumber?: string;
  documents?: { type: string; number: string; issuingCountry?: string }[];
}

export interface CitizenSpec {
  name: string;
  sex: "1" | "2";
  birthDate: string;
  ethnicity?: string;
  /** Division that issued the identity number (possibly a retired code, or 810000 for a Hong Kong permit). */
  issuedAt: string;
  /** Sequence number, odd for men, even for women. */
  sequence: number;
  nationality?: string;
  /** Documents besides the identity number, given the number (a residence permit carries it). */
  documents?: (idNumber: string) => { type: string; number: string; issuingCountry?: string }[];
}

export function citizen(spec: CitizenSpec): Identity {
  const number = idNumber(spec.issuedAt, spec.birthDate, spec.sequence, spec.sex);
  return {
    name: spec.name,
    sex: spec.sex,
    birthDate: spec.birthDate,
    ...(spec.ethnicity !== undefined ? { ethnicity: spec.ethnicity } : {}),
    nationality: spec.nationality ?? "CHN",
    idNumber: number,
    ...(spec.documents !== undefined ? { documents: spec.documents(number) } : {}),
  };
}

export type PersonDetails = Pick<PersonRecord, "hukou" | "residenceDivision" | "contact" | "household" | "deathDate">;

export function person(id: string, who: Identity, details: PersonDetails, lastUpdated = defaultLastUpdated): PersonRecord {
  return {
    recordType: "person",
    id,
    ...(who.idNumber !== undefined ? { idNumber: who.idNumber } : {}),
    ...(who.documents !== undefined ? { documents: who.documents } : {}),
    name: who.name,
    sex: who.sex,
    birthDate: who.birthDate,
    ...(who.ethnicity !== undefined ? { ethnicity: who.ethnicity } : {}),
    nationality: who.nationality,
    ...details,
    meta: { lastUpdated },
  };
}

export interface EnrolmentSpec {
  scheme: InsuranceScheme;
  agency: Agency;
  employer?: { creditCode: string; name: string };
  contributionStatus: "1" | "2" | "3";
  employmentStatus: "0" | "1";
  period: Period;
  monthlyContributionBase?: number;
  contributions?: ContributionYear[];
  lastUpdated?: string;
  participationType?: EnrolmentRecord["participationType"];
  endReason?: EnrolmentRecord["endReason"];
}

export function enrolment(id: string, city: CityCode, who: PersonRecord, spec: EnrolmentSpec): EnrolmentRecord {
  return {
    recordType: "enrolment",
    id,
    personId: who.id,
    scheme: spec.scheme,
    city,
    agency: spec.agency,
    ...(spec.employer !== undefined ? { employer: spec.employer } : {}),
    contributionStatus: spec.contributionStatus,
    employmentStatus: spec.employmentStatus,
    period: spec.period,
    ...(spec.monthlyContributionBase !== undefined ? { monthlyContributionBase: spec.monthlyContributionBase } : {}),
    ...(spec.contributions !== undefined ? { contributions: spec.contributions } : {}),
    ...(spec.participationType !== undefined ? { participationType: spec.participationType } : {}),
    ...(spec.endReason !== undefined ? { endReason: spec.endReason } : {}),
    meta: { lastUpdated: spec.lastUpdated ?? defaultLastUpdated },
  };
}

/**
 * 资助参保: a person a 低保 or 特困 case covers, in resident medical insurance with the own
 * share paid by medical aid (dataset.assisted-without-medical-enrolment looks for it).
 */
export function subsidisedMedical(id: string, city: CityCode, who: PersonRecord, medicalBureau: Agency, start: string): EnrolmentRecord {
  return enrolment(id, city, who, { scheme: "medical.resident", agency: medicalBureau, contributionStatus: "1", employmentStatus: "0", participationType: "resident", period: { start } });
}

/** A side outside the three cities: its pooling region (GB/T 2260 code) and the outside agency's enrolment. */
export interface OutsideSide {
  city: string;
  external: ExternalSide;
}

export interface TransferSpec {
  kind: TransferKind;
  from: EnrolmentRecord | OutsideSide;
  to: { city: CityCode; agency: Agency; enrolment?: EnrolmentRecord } | OutsideSide;
  steps: TransferStep[];
  contributions: ContributionYear[];
  /** Interest credited to the individual account over the years, in percent of the individual contributions. */
  accountInterestPercent: number;
  linking?: { employeeSchemeMonths: number; residentSchemeMonths: number };
  /** Both sides in one pool (e.g. two Hunan cities for the employee pension since provincial pooling): a registration change (变更登记), no funds move. */
  withinPool?: boolean;
}

function isOutside(side: object): side is OutsideSide {
  return "external" in side;
}

/**
 * Only pension transfers move part of the pooled fund (国办发〔2009〕66号; for linking the
 * resident years have no wage base, so the 12 % rule gives 0). Medical and unemployment
 * transfers move the personal account and the recognised months; the pooled fund stays.
 */
function movesPooledFund(kind: TransferKind): boolean {
  return kind.startsWith("pension.");
}

/**
 * A transfer whose amounts follow the contract: months summed, the individual account
 * (contributions plus interest) moved in full, the pooled fund by the 12 % rule.
 */
export function transfer(id: string, who: PersonRecord, spec: TransferSpec): TransferRecord {
  const last = spec.steps.at(-1);
  if (last === undefined) throw new Error(`${id}: a transfer needs at least one step`);
  const individual = totalIndividual(spec.contributions);
  return {
    recordType: "transfer",
    id,
    personId: who.id,
    kind: spec.kind,
    from: isOutside(spec.from) ? { city: spec.from.city, external: spec.from.external } : { city: spec.from.city, agency: spec.from.agency, enrolmentId: spec.from.id },
    to: isOutside(spec.to)
      ? { city: spec.to.city, external: spec.to.external }
      : { city: spec.to.city, agency: spec.to.agency, ...(spec.to.enrolment !== undefined ? { enrolmentId: spec.to.enrolment.id } : {}) },
    status: last.status,
    steps: spec.steps,
    contributionMonths: totalMonths(spec.contributions),
    individualAccountBalance: spec.withinPool === true ? 0 : individual + percentOf(individual, spec.accountInterestPercent),
    pooledFundAmount: spec.withinPool !== true && movesPooledFund(spec.kind) ? pooledFundAmount(spec.contributions) : 0,
    contributions: spec.contributions,
    ...(spec.linking !== undefined ? { linking: spec.linking } : {}),
    meta: { lastUpdated: last.at },
  };
}

export interface MemberSpec {
  person: PersonRecord;
  relationToHead: string;
  covered: boolean;
}

export interface HouseholdSpec {
  householdId: string;
  head: PersonRecord;
  members: MemberSpec[];
}

/** Payments of `amount` for each month, paid on `payDay` of that month. */
export function monthlyPayments(months: readonly string[], amount: number, payDay: number): Payment[] {
  return months.map((month) => ({ month, amount, paidOn: `${month}-${String(payDay).padStart(2, "0")}` }));
}

export interface CaseSpec {
  programme: AssistanceProgramme;
  city: CityCode;
  agency: Agency;
  caseStatus: CaseStatus;
  dates: { applied: string; approved?: string; terminated?: string };
  beneficiary?: PersonRecord;
  household?: HouseholdSpec;
  monthlyStandard?: number;
  perCapitaIncome?: number;
  benefitAmount: number;
  classifiedSupplement?: number;
  payments?: Payment[];
  lastReviewDate?: string;
  nextReviewDate?: string;
  charity?: AssistanceRecord["charity"];
  specialCare?: AssistanceRecord["specialCare"];
  institution?: AssistanceRecord["institution"];
  lastUpdated?: string;
}

export function assistanceCase(id: string, spec: CaseSpec): AssistanceRecord {
  const household = spec.household;
  return {
    recordType: "assistance",
    id,
    programme: spec.programme,
    ...(spec.beneficiary !== undefined ? { personId: spec.beneficiary.id } : {}),
    ...(household !== undefined
      ? {
          household: {
            householdId: household.householdId,
            headPersonId: household.head.id,
            size: household.members.length,
            members: household.members.map((m) => ({ personId: m.person.id, relationToHead: m.relationToHead, covered: m.covered })),
          },
          coveredMembers: household.members.filter((m) => m.covered).length,
        }
      : {}),
    city: spec.city,
    agency: spec.agency,
    caseStatus: spec.caseStatus,
    dates: spec.dates,
    ...(spec.monthlyStandard !== undefined ? { monthlyStandard: spec.monthlyStandard } : {}),
    ...(spec.perCapitaIncome !== undefined ? { perCapitaIncome: spec.perCapitaIncome } : {}),
    benefitAmount: spec.benefitAmount,
    ...(spec.classifiedSupplement !== undefined ? { classifiedSupplement: spec.classifiedSupplement } : {}),
    ...(spec.payments !== undefined ? { payments: spec.payments } : {}),
    ...(spec.lastReviewDate !== undefined ? { lastReviewDate: spec.lastReviewDate } : {}),
    ...(spec.nextReviewDate !== undefined ? { nextReviewDate: spec.nextReviewDate } : {}),
    ...(spec.charity !== undefined ? { charity: spec.charity } : {}),
    ...(spec.specialCare !== undefined ? { specialCare: spec.specialCare } : {}),
    ...(spec.institution !== undefined ? { institution: spec.institution } : {}),
    meta: { lastUpdated: spec.lastUpdated ?? defaultLastUpdated },
  };
}

export interface DibaoSpec extends Omit<CaseSpec, "programme" | "benefitAmount" | "household" | "monthlyStandard" | "perCapitaIncome" | "payments"> {
  programme: "dibao.urban" | "dibao.rural";
  household: HouseholdSpec;
  monthlyStandard: number;
  perCapitaIncome: number;
  /** Months paid, YYYY-MM, each on `payDay`. */
  paidMonths: readonly string[];
  payDay: number;
}

/**
 * A 低保 case: benefit = (standard − per-capita income) × covered members, paid monthly
 * together with the classified supplement.
 */
export function dibaoCase(id: string, spec: DibaoSpec): AssistanceRecord {
  if (spec.perCapitaIncome >= spec.monthlyStandard) throw new Error(`${id}: income must be below the standard`);
  const covered = spec.household.members.filter((m) => m.covered).length;
  const benefitAmount = (spec.monthlyStandard - spec.perCapitaIncome) * covered;
  const { paidMonths, payDay, ...rest } = spec;
  return assistanceCase(id, {
    ...rest,
    benefitAmount,
    payments: monthlyPayments(paidMonths, benefitAmount + (spec.classifiedSupplement ?? 0), payDay),
  });
}

/**
 * Payments split between the central budget (`central` fen of each) and the county (the
 * rest): how 优抚 pensions and allowances are funded (优抚对象抚恤补助资金).
 */
export function centralAndCountyFunding(payments: readonly Payment[], central: number): Payment[] {
  return payments.map((payment) => ({
    ...payment,
    funding: [
      { source: "central", amount: central },
      { source: "county", amount: payment.amount - central },
    ],
  }));
}
