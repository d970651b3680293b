import type { JsonObject } from "./builders.js";
import { creditCode, idNumber } from "./check-characters.js";

/** The reference date of every vector unless a group says otherwise. */
export const asOf = "2025-06-30";

export const changsha = "430100";
export const zhuzhou = "430200";
export const xiangtan = "430300";

export const meta = { lastUpdated: "2025-03-01T09:00:00+08:00" };

const departments = { hrss: "00000001", healthcareSecurity: "00000002", civilAffairs: "00000003", veteransAffairs: "00000004", charityFederation: "00000005" } as const;

export function agency(city: string, department: keyof typeof departments): JsonObject {
  return { creditCode: creditCode(`11${city}`, departments[department]), division: city, department };
}

/** Valid identity numbers of domain reference §2 and a few more computed from the algorithm. */
export const ids = {
  male1990: "430102199003071234",
  female1985: "430211198512310042",
  leapDay2000: "430302200002294563",
  retiredDivision: "430221197001010011",
  spouse: idNumber("43010219920514202"),
  child: idNumber("43010220150901303"),
  xiangtanMan: idNumber("43030419800610511"),
};

/** Valid credit codes of domain reference §3. */
export const creditCodes = { changshaEmployer: "91430100MA4L12346D", zhuzhouEmployer: "914302000000000192", provincialAgency: "12430000444876548X" };

export const person: JsonObject = {
  recordType: "person",
  id: "430100-P-000001",
  meta,
  idNumber: ids.male1990,
  name: "张伟",
  sex: "1",
  birthDate: "1990-03-07",
  ethnicity: "01",
  nationality: "CHN",
  hukou: { division: "430102", residenceType: "urban" },
  residenceDivision: "430102",
};

export const femalePerson: JsonObject = {
  recordType: "person",
  id: "430200-P-000002",
  meta,
  idNumber: ids.female1985,
  name: "李娜",
  sex: "2",
  birthDate: "1985-12-31",
  ethnicity: "15",
  nationality: "CHN",
  hukou: { division: "430211", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430211",
  contact: { mobile: "13907310000" },
};

export const employeeEnrolment: JsonObject = {
  recordType: "enrolment",
  id: "430100-E-000001",
  meta,
  personId: "430100-P-000001",
  scheme: "pension.employee",
  city: changsha,
  agency: agency(changsha, "hrss"),
  employer: { creditCode: creditCodes.changshaEmployer, name: "长沙湘江科技有限公司" },
  contributionStatus: "1",
  employmentStatus: "0",
  period: { start: "2012-07-01" },
  monthlyContributionBase: 800_000,
};

export const residentEnrolment: JsonObject = {
  recordType: "enrolment",
  id: "430200-E-000002",
  meta,
  personId: "430200-P-000002",
  scheme: "medical.resident",
  city: zhuzhou,
  agency: agency(zhuzhou, "healthcareSecurity"),
  contributionStatus: "1",
  employmentStatus: "0",
  period: { start: "2017-01-01" },
};

/** 2018 (6 months), 2019, 2020 at 8 % individual and 16 % employer rates. */
export const contributions = [
  { year: 2018, months: 6, monthlyBase: 600_000, individualAmount: 288_000, employerAmount: 576_000 },
  { year: 2019, months: 12, monthlyBase: 650_000, individualAmount: 624_000, employerAmount: 1_248_000 },
  { year: 2020, months: 12, monthlyBase: 700_000, individualAmount: 672_000, employerAmount: 1_344_000 },
];

/** 12 % of 600000×6 + 650000×12 + 700000×12 = 432000 + 936000 + 1008000. */
export const pooledFund = 2_376_000;

/** Guangzhou, outside the three cities and outside the dataset (standard 1.1). */
export const guangzhou = "440100";
export const guangzhouSide: JsonObject = { city: guangzhou, external: { agency: { name: "广州市社会保险基金管理中心" }, localId: "1006623841" } };

/**
 * An employee pension arriving from another province (Guangzhou → Zhuzhou): between two
 * pools, so the pooled fund and the individual account move.
 */
export const transfer: JsonObject = {
  recordType: "transfer",
  id: "430200-T-000001",
  meta,
  personId: "430100-P-000001",
  kind: "pension.employee.intercity",
  from: guangzhouSide,
  to: { city: zhuzhou, agency: agency(zhuzhou, "hrss"), enrolmentId: "430200-E-000010" },
  status: "completed",
  steps: [
    { status: "requested", at: "2021-01-04T10:00:00+08:00" },
    { status: "letterIssued", at: "2021-01-08T10:00:00+08:00" },
    { status: "fundsTransferred", at: "2021-01-15T10:00:00+08:00" },
    { status: "completed", at: "2021-01-20T10:00:00+08:00" },
  ],
  contributionMonths: 30,
  individualAccountBalance: 1_619_000,
  pooledFundAmount: pooledFund,
  contributions,
};

/**
 * Changsha → Zhuzhou in 2021: one pool for the employee pension since Hunan's provincial
 * pooling (default poolingRegime row), so a registration change (变更登记) moving no funds.
 */
export const registrationChange: JsonObject = {
  ...transfer,
  from: { city: changsha, agency: agency(changsha, "hrss"), enrolmentId: "430100-E-000001" },
  individualAccountBalance: 0,
  pooledFundAmount: 0,
};

export const dibaoCase: JsonObject = {
  recordType: "assistance",
  id: "430100-A-000001",
  meta,
  programme: "dibao.urban",
  personId: "430100-P-000001",
  household: {
    householdId: "430100-H-000001",
    headPersonId: "430100-P-000001",
    size: 3,
    members: [
      { personId: "430100-P-000001", relationToHead: "02", covered: true },
      { personId: "430100-P-000005", relationToHead: "10", covered: true },
      { personId: "430100-P-000006", relationToHead: "20", covered: false },
    ],
  },
  coveredMembers: 2,
  city: changsha,
  agency: agency(changsha, "civilAffairs"),
  caseStatus: "active",
  dates: { applied: "2024-09-01", approved: "2024-10-08" },
  monthlyStandard: 85_000,
  perCapitaIncome: 30_000,
  benefitAmount: 110_000,
  lastReviewDate: "2025-04-01",
  nextReviewDate: "2025-10-01",
};

export const personalAid: JsonObject = {
  recordType: "assistance",
  id: "430300-A-000002",
  meta,
  programme: "temporaryAid",
  personId: "430300-P-000003",
  city: xiangtan,
  agency: agency(xiangtan, "civilAffairs"),
  caseStatus: "active",
  dates: { applied: "2025-05-02", approved: "2025-05-09" },
  benefitAmount: 200_000,
};
