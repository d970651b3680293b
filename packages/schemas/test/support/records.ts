/** Minimal realistic records of each type (check characters and the 12 % rule hold). */
const agency = (department: string) => ({ creditCode: "12430000444876548X", division: "430100", department });
const meta = { lastUpdated: "2024-06-30T18:00:00+08:00", sourceSystem: "长沙市人社一体化平台" };

export const person = {
  recordType: "person",
  id: "430100-P-000123",
  meta,
  idNumber: "430102199003071234",
  name: "李建国",
  sex: "1",
  birthDate: "1990-03-07",
  ethnicity: "01",
  nationality: "CHN",
  hukou: { division: "430102", residenceType: "urban" },
  contact: { mobile: "13800000000" },
};

export const enrolment = {
  recordType: "enrolment",
  id: "430100-E-000456",
  meta,
  personId: "430100-P-000123",
  scheme: "pension.employee",
  city: "430100",
  agency: agency("hrss"),
  employer: { creditCode: "91430100MA4L12346D", name: "长沙某某科技有限公司" },
  contributionStatus: "1",
  employmentStatus: "0",
  period: { start: "2012-07-01" },
  monthlyContributionBase: 600000,
};

export const transfer = {
  recordType: "transfer",
  id: "430200-T-000007",
  meta,
  personId: "430100-P-000123",
  kind: "pension.employee.intercity",
  from: { city: "430100", agency: agency("hrss"), enrolmentId: "430100-E-000456" },
  to: { city: "430200", agency: { ...agency("hrss"), division: "430200" } },
  status: "letterIssued",
  steps: [
    { status: "requested", at: "2024-05-06T09:30:00+08:00" },
    { status: "letterIssued", at: "2024-05-10T15:00:00+08:00" },
  ],
  contributionMonths: 12,
  individualAccountBalance: 600000,
  pooledFundAmount: 864000,
  contributions: [{ year: 2023, months: 12, monthlyBase: 600000, individualAmount: 576000, employerAmount: 1152000 }],
};

export const assistance = {
  recordType: "assistance",
  id: "430300-A-000042",
  meta,
  programme: "dibao.urban",
  personId: "430300-P-000900",
  household: { householdId: "430302-H-7781", headPersonId: "430300-P-000900", size: 3 },
  coveredMembers: 3,
  city: "430300",
  agency: { ...agency("civilAffairs"), division: "430300" },
  caseStatus: "active",
  dates: { applied: "2023-01-05", approved: "2023-02-20" },
  monthlyStandard: 75000,
  perCapitaIncome: 30000,
  benefitAmount: 135000,
  payments: [{ month: "2024-05", amount: 135000, paidOn: "2024-05-10" }],
  lastReviewDate: "2024-02-20",
  nextReviewDate: "2024-08-20",
};

export const header = {
  recordType: "header",
  schemaVersion: "1.1",
  publisher: agency("hrss"),
  city: "430100",
  created: "2024-07-01T08:00:00+08:00",
  asOf: "2024-06-30",
};
