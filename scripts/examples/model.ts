/**
 * The record shapes of the CZT-SS model contract (docs/model-contract.md), as the
 * example generator writes them. Hand-written rather than generated from the schemas so
 * the generator does not depend on a build of @czt/types; the examples test checks every
 * generated record against the schemas themselves.
 */

export type CityCode = "430100" | "430200" | "430300";
export type Department =
  | "hrss"
  | "healthcareSecurity"
  | "civilAffairs"
  | "veteransAffairs"
  | "disabledPersonsFederation"
  | "charityFederation"
  | "housing"
  | "education"
  | "emergencyManagement";

export interface Agency {
  creditCode: string;
  division: string;
  department: Department;
  name?: string;
}

export interface Meta {
  lastUpdated: string;
  sourceAgency?: Agency;
  sourceSystem?: string;
}

export interface Period {
  start: string;
  end?: string;
}

export interface ContributionYear {
  year: number;
  months: number;
  monthlyBase: number;
  individualAmount: number;
  employerAmount: number;
}

export interface PersonRecord {
  recordType: "person";
  id: string;
  idNumber?: string;
  documents?: { type: string; number: string; issuingCountry?: string }[];
  name: string;
  sex: "0" | "1" | "2" | "9";
  birthDate: string;
  ethnicity?: string;
  nationality: string;
  hukou?: { division: string; residenceType: "urban" | "rural"; historicalCategory?: "agricultural" | "non-agricultural" };
  residenceDivision?: string;
  contact?: { mobile?: string; phone?: string; address?: string };
  household?: { householdId: string; relationToHead: string };
  deathDate?: string;
  meta: Meta;
}

export type InsuranceScheme =
  | "pension.employee"
  | "pension.institution"
  | "pension.resident"
  | "medical.employee"
  | "medical.resident"
  | "medical.nrcms"
  | "unemployment"
  | "workInjury"
  | "maternity";

export interface EnrolmentRecord {
  recordType: "enrolment";
  id: string;
  personId: string;
  scheme: InsuranceScheme;
  city: CityCode;
  agency: Agency;
  employer?: { creditCode: string; name?: string };
  contributionStatus: "1" | "2" | "3";
  employmentStatus: "0" | "1";
  period: Period;
  monthlyContributionBase?: number;
  contributions?: ContributionYear[];
  meta: Meta;
}

export type TransferKind =
  | "pension.employee.intercity"
  | "medical.intercity"
  | "unemployment.intercity"
  | "pension.link.residentToEmployee"
  | "pension.link.employeeToResident";
export type TransferStatus = "requested" | "letterIssued" | "fundsTransferred" | "completed" | "rejected" | "cancelled";

export interface TransferStep {
  status: TransferStatus;
  at: string;
  reasonCode?: string;
  note?: string;
}

export interface TransferRecord {
  recordType: "transfer";
  id: string;
  personId: string;
  kind: TransferKind;
  from: { city: CityCode; agency: Agency; enrolmentId: string };
  to: { city: CityCode; agency: Agency; enrolmentId?: string };
  status: TransferStatus;
  steps: TransferStep[];
  contributionMonths: number;
  individualAccountBalance: number;
  pooledFundAmount: number;
  contributions: ContributionYear[];
  linking?: { employeeSchemeMonths: number; residentSchemeMonths: number };
  meta: Meta;
}

export type AssistanceProgramme =
  | "dibao.urban"
  | "dibao.rural"
  | "dibao.marginal"
  | "tekun.centralised"
  | "tekun.dispersed"
  | "medicalAid"
  | "housingAid"
  | "educationAid"
  | "disasterRelief"
  | "temporaryAid"
  | "welfare.elderly"
  | "welfare.disability"
  | "welfare.child"
  | "charityRelief"
  | "specialCare";
export type CaseStatus = "applied" | "underReview" | "active" | "suspended" | "terminated" | "rejected";

export interface HouseholdMember {
  personId: string;
  relationToHead: string;
  covered: boolean;
}

export interface Payment {
  month: string;
  amount: number;
  paidOn: string;
  funding?: { source: "central" | "provincial" | "city" | "county" | "charity" | "other"; amount: number }[];
}

export interface AssistanceRecord {
  recordType: "assistance";
  id: string;
  programme: AssistanceProgramme;
  personId?: string;
  household?: { householdId: string; headPersonId: string; size: number; members?: HouseholdMember[] };
  coveredMembers?: number;
  city: CityCode;
  agency: Agency;
  caseStatus: CaseStatus;
  dates: { applied: string; approved?: string; terminated?: string };
  monthlyStandard?: number;
  perCapitaIncome?: number;
  benefitAmount: number;
  classifiedSupplement?: number;
  payments?: Payment[];
  lastReviewDate?: string;
  nextReviewDate?: string;
  charity?: { fundingSource: "individual" | "enterprise" | "organised"; organisationId?: string; projectCode?: string; purpose?: string };
  specialCare?: { category?: string; categories?: string[]; disability?: { grade: string; nature: string; certificateNumber?: string } };
  institution?: { organisationId: string; admitted?: string; left?: string };
  meta: Meta;
}

export interface CharityProject {
  code: string;
  name?: string;
  purposes: string[];
  restricted: boolean;
  period?: Period;
}

export interface OrganisationRecord {
  recordType: "organisation";
  id: string;
  kind: "charity" | "careHome" | "childWelfare";
  name: string;
  creditCode?: string;
  city: CityCode;
  division?: string;
  ownership?: "public" | "private" | "publicBuiltPrivatelyRun";
  capacity?: number;
  registeredOn?: string;
  projects?: CharityProject[];
  meta: Meta;
}

export interface DonationRecord {
  recordType: "donation";
  id: string;
  organisationId: string;
  city: CityCode;
  donorType: "individual" | "enterprise" | "oneYuan" | "workplace" | "other";
  donorName?: string;
  donorCreditCode?: string;
  amount: number;
  receivedOn: string;
  projectCode?: string;
  restricted: boolean;
  meta: Meta;
}

export type CztRecord =
  | PersonRecord
  | EnrolmentRecord
  | TransferRecord
  | AssistanceRecord
  | OrganisationRecord
  | DonationRecord;

export interface ExportEnvelope {
  schemaVersion: "1.1";
  publisher: Agency;
  city: CityCode;
  created: string;
  asOf: string;
}

export interface ExportPackage extends ExportEnvelope {
  records: CztRecord[];
}
