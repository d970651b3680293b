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
  /** Twelve characters, January first: 1 = paid (or deemed). */
  paidMonths?: string;
  kind?: "regular" | "deemed" | "backPayment";
  paidOn?: string;
  paidBy?: { payer: string; name?: string; amount: number }[];
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
  | "maternity"
  | "medical.urbanResident"
  | "pension.ruralResident"
  | "pension.urbanResident"
  | "medical.civilServantSubsidy"
  | "medical.largeExpenseSubsidy"
  | "medical.retiredCadres"
  | "medical.residentCriticalIllness"
  | "longTermCare";

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
  participationType?: "unitEmployee" | "migrantWorker" | "flexibleEmployment" | "selfEmployed" | "institutionStaff" | "resident";
  endReason?: string;
  meta: Meta;
}

export type TransferKind =
  | "pension.employee.intercity"
  | "medical.intercity"
  | "unemployment.intercity"
  | "pension.link.residentToEmployee"
  | "pension.link.employeeToResident"
  | "pension.institution.toEmployee"
  | "pension.employee.toInstitution"
  | "pension.institution.withinProvince"
  | "pension.resident.interregion";
export type TransferStatus = "requested" | "letterIssued" | "fundsTransferred" | "completed" | "rejected" | "cancelled";

export interface TransferStep {
  status: TransferStatus;
  at: string;
  reasonCode?: string;
  note?: string;
  documents?: { kind: "contributionCertificate" | "contactLetter" | "informationSheet" | "other"; number: string; issuedOn?: string }[];
}

/** A transfer side outside the three cities (1.1): the outside agency and the person's enrolment there. */
export interface ExternalSide {
  agency: { name: string; creditCode?: string };
  localId: string;
}

export interface TransferRecord {
  recordType: "transfer";
  id: string;
  personId: string;
  kind: TransferKind;
  from: { city: string; agency?: Agency; enrolmentId?: string; external?: ExternalSide };
  to: { city: string; agency?: Agency; enrolmentId?: string; external?: ExternalSide };
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
  status?: "paid" | "failed" | "returned";
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

export interface BenefitRecord {
  recordType: "benefit";
  id: string;
  meta: Meta;
  personId: string;
  city: CityCode;
  agency: Agency;
  benefitType: string;
  enrolmentId?: string;
  period: Period;
  status: "inPayment" | "suspended" | "terminated";
  endReason?: string;
  frequency: "monthly" | "oneOff";
  monthlyAmount?: number;
  oneOffAmount?: number;
  payments?: (Payment & { payee?: { kind: "self" | "agent" }; accountKind?: string })[];
}

export interface MedicalRegistrationRecord {
  recordType: "medicalRegistration";
  id: string;
  meta: Meta;
  personId: string;
  enrolmentId?: string;
  city: CityCode;
  agency: Agency;
  registrationType: string;
  insuredDivision: string;
  treatmentDivision: string;
  period: Period;
  registeredOn?: string;
}

export interface MedicalSettlementRecord {
  recordType: "medicalSettlement";
  id: string;
  meta: Meta;
  personId: string;
  enrolmentId?: string;
  registrationId?: string;
  city: CityCode;
  agency: Agency;
  insuredDivision: string;
  treatmentDivision: string;
  settlementDate: string;
  totalCost: number;
  policyRangeCost?: number;
  pooledFundPayment: number;
  criticalIllnessPayment?: number;
  otherFundPayment?: number;
  outOfPocket: number;
  medicalAidPayment?: number;
  individualAccountPayment?: number;
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
  | BenefitRecord
  | MedicalRegistrationRecord
  | MedicalSettlementRecord
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
