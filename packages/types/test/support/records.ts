/** Realistic records of each type; `satisfies` makes tsc check each against its generated type (excess properties included). */
import type { Agency, Assistance, Benefit, Enrolment, MedicalRegistration, MedicalSettlement, Person, RecordMeta, Transfer } from "../../src/index.js";

const agency = { creditCode: "12430000444876548X", division: "430100", department: "hrss" } satisfies Agency;
const meta = { lastUpdated: "2024-06-30T18:00:00+08:00", sourceAgency: agency, sourceSystem: "长沙市人社一体化平台" } satisfies RecordMeta;

export const person = {
  recordType: "person",
  id: "430100-P-000123",
  meta,
  idNumber: "430102199003071234",
  documents: [{ type: "residentIdCard", number: "430102199003071234", issuingCountry: "CHN" }],
  name: "李建国",
  sex: "1",
  birthDate: "1990-03-07",
  ethnicity: "15",
  nationality: "CHN",
  hukou: { division: "430102", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430104",
  contact: { mobile: "13800000000", address: "长沙市岳麓区某路 1 号" },
  household: { householdId: "430102-H-0001", relationToHead: "02" },
  extensions: { "cs-hrss": { legacyNo: "CS0001" } },
} satisfies Person;

export const enrolment = {
  recordType: "enrolment",
  id: "430100-E-000456",
  meta,
  personId: "430100-P-000123",
  scheme: "pension.employee",
  city: "430100",
  agency,
  employer: { creditCode: "91430100MA4L12346D", name: "长沙某某科技有限公司" },
  contributionStatus: "1",
  employmentStatus: "0",
  period: { start: "2012-07-01" },
  monthlyContributionBase: 600000,
  contributions: [{ year: 2023, months: 12, monthlyBase: 600000, individualAmount: 576000, employerAmount: 1152000 }],
} satisfies Enrolment;

export const transfer = {
  recordType: "transfer",
  id: "430200-T-000007",
  meta,
  personId: "430100-P-000123",
  kind: "pension.link.residentToEmployee",
  from: { city: "430100", agency, enrolmentId: "430100-E-000111" },
  to: { city: "430200", agency: { ...agency, division: "430200" }, enrolmentId: "430200-E-000222" },
  status: "completed",
  steps: [
    { status: "requested", at: "2024-05-06T09:30:00+08:00" },
    { status: "letterIssued", at: "2024-05-10T15:00:00+08:00" },
    { status: "fundsTransferred", at: "2024-05-24T10:00:00+08:00" },
    { status: "completed", at: "2024-06-03T16:20:00+08:00", note: "已办结" },
  ],
  contributionMonths: 12,
  individualAccountBalance: 600000,
  pooledFundAmount: 864000,
  contributions: [{ year: 2023, months: 12, monthlyBase: 600000, individualAmount: 576000, employerAmount: 1152000 }],
  linking: { employeeSchemeMonths: 192, residentSchemeMonths: 36 },
} satisfies Transfer;

export const assistance = {
  recordType: "assistance",
  id: "430300-A-000042",
  meta,
  programme: "dibao.urban",
  household: {
    householdId: "430302-H-7781",
    headPersonId: "430300-P-000900",
    size: 3,
    members: [
      { personId: "430300-P-000900", relationToHead: "02", covered: true },
      { personId: "430300-P-000901", relationToHead: "12", covered: true },
      { personId: "430300-P-000902", relationToHead: "20", covered: true },
    ],
  },
  coveredMembers: 3,
  city: "430300",
  agency: { ...agency, division: "430300", department: "civilAffairs" },
  caseStatus: "active",
  dates: { applied: "2023-01-05", approved: "2023-02-20" },
  monthlyStandard: 75000,
  perCapitaIncome: 30000,
  benefitAmount: 135000,
  classifiedSupplement: 10000,
  payments: [{ month: "2024-05", amount: 145000, paidOn: "2024-05-10" }],
  lastReviewDate: "2024-02-20",
  nextReviewDate: "2024-08-20",
} satisfies Assistance;

export const benefit = {
  recordType: "benefit",
  id: "430100-B-000300",
  meta,
  personId: "430100-P-000123",
  city: "430100",
  agency,
  benefitType: "pension.employee",
  enrolmentId: "430100-E-000456",
  period: { start: "2022-03-01" },
  status: "inPayment",
  frequency: "monthly",
  monthlyAmount: 325000,
  payments: [{ month: "2024-05", amount: 325000, paidOn: "2024-05-15", payee: { kind: "self" }, accountKind: "socialSecurityCard" }],
} satisfies Benefit;

export const medicalRegistration = {
  recordType: "medicalRegistration",
  id: "430100-R-000301",
  meta,
  personId: "430100-P-000123",
  city: "430100",
  agency: { ...agency, department: "healthcareSecurity" },
  registrationType: "resettledRetiree",
  insuredDivision: "430100",
  treatmentDivision: "440100",
  period: { start: "2023-01-01" },
} satisfies MedicalRegistration;

export const medicalSettlement = {
  recordType: "medicalSettlement",
  id: "430100-S-000302",
  meta,
  personId: "430100-P-000123",
  registrationId: "430100-R-000301",
  city: "430100",
  agency: { ...agency, department: "healthcareSecurity" },
  insuredDivision: "430100",
  treatmentDivision: "440100",
  settlementDate: "2024-04-18",
  totalCost: 1200000,
  policyRangeCost: 1000000,
  pooledFundPayment: 700000,
  criticalIllnessPayment: 100000,
  outOfPocket: 400000,
  medicalAidPayment: 50000,
  individualAccountPayment: 20000,
} satisfies MedicalSettlement;
