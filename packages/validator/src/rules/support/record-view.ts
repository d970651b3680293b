/**
 * Read-only views of the four record types, as far as the rules read them. Rules run
 * only on records that passed schema validation, so required fields are present and
 * typed; optional ones may be absent and are typed so.
 */

export interface AgencyView {
  readonly creditCode: string;
  readonly division: string;
  readonly department: string;
}

export interface MetaView {
  readonly lastUpdated: string;
  readonly sourceAgency?: AgencyView;
}

export interface ContributionYearView {
  readonly year: number;
  readonly months: number;
  readonly monthlyBase: number;
  readonly individualAmount: number;
  readonly employerAmount: number;
  /** Twelve characters, January first: 1 = paid (or deemed). */
  readonly paidMonths?: string;
  /** regular (absent), deemed, backPayment. */
  readonly kind?: string;
  readonly paidOn?: string;
  readonly paidBy?: readonly { readonly payer: string; readonly name?: string; readonly amount: number }[];
}

export interface PersonView {
  readonly recordType: "person";
  readonly id: string;
  readonly meta: MetaView;
  readonly idNumber?: string;
  readonly name: string;
  readonly sex: string;
  readonly birthDate: string;
  readonly hukou?: { readonly division: string; readonly residenceType: string };
  readonly residenceDivision?: string;
  readonly deathDate?: string;
  readonly vitalStatus?: { readonly status: string; readonly date?: string; readonly source?: string; readonly verifiedOn?: string };
}

export interface EnrolmentView {
  readonly recordType: "enrolment";
  readonly id: string;
  readonly meta: MetaView;
  readonly personId: string;
  readonly scheme: string;
  readonly city: string;
  readonly agency: AgencyView;
  readonly employer?: { readonly creditCode: string };
  readonly contributionStatus: string;
  readonly employmentStatus?: string;
  readonly participationType?: string;
  readonly endReason?: string;
  readonly period: { readonly start: string; readonly end?: string };
  readonly monthlyContributionBase?: number;
  readonly contributions?: readonly ContributionYearView[];
}

export interface TransferStepView {
  readonly status: string;
  readonly at: string;
  readonly documents?: readonly { readonly kind: string; readonly number: string; readonly issuedOn?: string }[];
}

/** A side outside the dataset (since 1.1): the outside agency and the person's enrolment there. */
export interface ExternalSideView {
  readonly agency: { readonly name: string; readonly creditCode?: string };
  readonly localId: string;
}

export interface TransferView {
  readonly recordType: "transfer";
  readonly id: string;
  readonly meta: MetaView;
  readonly personId: string;
  readonly kind: string;
  /** A side in the three cities has an agency (and, for `from`, an enrolment); a side outside them has `external` (1.1). */
  readonly from: { readonly city: string; readonly agency?: AgencyView; readonly enrolmentId?: string; readonly external?: ExternalSideView };
  readonly to: { readonly city: string; readonly agency?: AgencyView; readonly enrolmentId?: string; readonly external?: ExternalSideView };
  readonly status: string;
  readonly steps: readonly TransferStepView[];
  readonly contributionMonths: number;
  readonly individualAccountBalance: number;
  readonly pooledFundAmount: number;
  readonly contributions: readonly ContributionYearView[];
  readonly linking?: { readonly employeeSchemeMonths: number; readonly residentSchemeMonths: number };
}

/** One line of `assistance.payments` / `benefit.payments` (common.schema.json#/$defs/paymentLine). */
export interface PaymentLineView {
  readonly month: string;
  readonly amount: number;
  readonly paidOn: string;
  readonly status?: string;
  readonly funding?: readonly { readonly source: string; readonly amount: number }[];
}

export interface HouseholdMemberView {
  readonly personId: string;
  readonly covered: boolean;
  readonly relationToHead: string;
  readonly labourCapacity?: string;
  readonly memberUntil?: string;
}

export interface AssistanceReviewView {
  readonly date: string;
  readonly outcome: string;
  readonly benefitBefore?: number;
  readonly benefitAfter?: number;
}

/** An assistance case's payment line: the shared payment line. */
export type AssistancePaymentView = PaymentLineView;

export interface AssistanceView {
  readonly recordType: "assistance";
  readonly id: string;
  readonly meta: MetaView;
  readonly programme: string;
  readonly personId?: string;
  readonly household?: {
    readonly householdId: string;
    readonly headPersonId: string;
    readonly size: number;
    readonly members?: readonly HouseholdMemberView[];
  };
  readonly coveredMembers?: number;
  readonly city: string;
  readonly agency: AgencyView;
  readonly caseStatus: string;
  readonly dates: { readonly applied: string; readonly approved?: string; readonly terminated?: string };
  readonly monthlyStandard?: number;
  readonly perCapitaIncome?: number;
  readonly benefitAmount: number;
  readonly lastReviewDate?: string;
  readonly nextReviewDate?: string;
  readonly classifiedSupplement?: number;
  readonly payments?: readonly AssistancePaymentView[];
  readonly division?: string;
  readonly benefitFrequency?: string;
  readonly benefitKind?: string;
  readonly benefitTier?: number;
  readonly gradualExit?: { readonly start: string; readonly end: string };
  readonly singleMemberCoverage?: { readonly start: string; readonly end?: string };
  readonly reviews?: readonly AssistanceReviewView[];
}

type AnyRecord = Readonly<Record<string, unknown>>;

export function asEnrolment(record: AnyRecord): EnrolmentView | undefined {
  return record["recordType"] === "enrolment" ? (record as unknown as EnrolmentView) : undefined;
}
export function asTransfer(record: AnyRecord): TransferView | undefined {
  return record["recordType"] === "transfer" ? (record as unknown as TransferView) : undefined;
}
export function asAssistance(record: AnyRecord): AssistanceView | undefined {
  return record["recordType"] === "assistance" ? (record as unknown as AssistanceView) : undefined;
}

/** Number of covered members: the field, else the members marked covered, else undefined. */
export function coveredMemberCount(record: AssistanceView): number | undefined {
  if (record.coveredMembers !== undefined) return record.coveredMembers;
  const members = record.household?.members;
  if (!members) return undefined;
  let count = 0;
  for (const member of members) if (member.covered) count++;
  return count;
}

export interface BenefitView {
  readonly recordType: "benefit";
  readonly id: string;
  readonly meta: MetaView;
  readonly personId: string;
  readonly city: string;
  readonly agency: AgencyView;
  readonly benefitType: string;
  readonly enrolmentId?: string;
  readonly period: { readonly start: string; readonly end?: string };
  readonly status: string;
  readonly endReason?: string;
  readonly frequency: string;
  readonly monthlyAmount?: number;
  readonly oneOffAmount?: number;
  readonly payments?: readonly PaymentLineView[];
}

export interface MedicalRegistrationView {
  readonly recordType: "medicalRegistration";
  readonly id: string;
  readonly meta: MetaView;
  readonly personId: string;
  readonly enrolmentId?: string;
  readonly city: string;
  readonly registrationType: string;
  readonly insuredDivision: string;
  readonly treatmentDivision: string;
  readonly period: { readonly start: string; readonly end?: string };
}

export interface MedicalSettlementView {
  readonly recordType: "medicalSettlement";
  readonly id: string;
  readonly meta: MetaView;
  readonly personId: string;
  readonly enrolmentId?: string;
  readonly registrationId?: string;
  readonly city: string;
  readonly insuredDivision: string;
  readonly treatmentDivision: string;
  readonly settlementDate: string;
  readonly totalCost: number;
  readonly policyRangeCost?: number;
  readonly pooledFundPayment: number;
  readonly criticalIllnessPayment?: number;
  readonly otherFundPayment?: number;
  readonly outOfPocket: number;
  readonly medicalAidPayment?: number;
  readonly individualAccountPayment?: number;
}
export function asMedicalSettlement(record: AnyRecord): MedicalSettlementView | undefined {
  return record["recordType"] === "medicalSettlement" ? (record as unknown as MedicalSettlementView) : undefined;
}

/** A consent record (new in 1.1): only the fields its rules read. */
export interface ConsentView {
  readonly recordType: "consent";
  readonly id: string;
  readonly personId: string;
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly revoked: boolean;
  readonly revokedAt?: string;
}
export function asConsent(record: AnyRecord): ConsentView | undefined {
  return record["recordType"] === "consent" ? (record as unknown as ConsentView) : undefined;
}
