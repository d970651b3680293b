/**
 * Xiangtan's own records. Changsha's and Zhuzhou's transfers point at enrolments of
 * Xiangtan, so those enrolments are exported from here.
 */
import { agency, xiangtan } from "../agencies.js";
import { assistanceCase, dibaoCase, enrolment, monthlyPayments, person, recordId, subsidisedMedical } from "../builders.js";
import type { CztRecord } from "../model.js";
import { baseAt, contributionYears, yuan } from "../money.js";
import { xtHrss, xtMedical } from "./city-agencies.js";
import { jinshiBuilding, xiangtanCable, yuetangMotor, yuhuSteel } from "./employers.js";
import { heChun_e, huHaitao, liuSu, pengDefu, shiHongmei, shiJiayi, tanZhigang, wangJianping, yiXuemei, zhouYulan } from "./people.js";
import { recentMonths } from "./recent-months.js";

const xtP = (n: number) => recordId(xiangtan, "P", n);
const xtE = (n: number) => recordId(xiangtan, "E", n);
const xtA = (n: number) => recordId(xiangtan, "A", n);

const xtYiXuemei = person(xtP(1), yiXuemei, {
  hukou: { division: "430302", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430304",
  contact: { mobile: "13973212468" },
});
const xtYiPensionContributions = contributionYears({ from: "2016-07", to: "2026-09", monthlyBase: baseAt(90), individualPercent: 8, employerPercent: 16 });
const xtYiPension = enrolment(xtE(1), xiangtan, xtYiXuemei, {
  scheme: "pension.employee",
  agency: xtHrss,
  employer: yuetangMotor,
  contributionStatus: "2",
  employmentStatus: "0",
  period: { start: "2016-07-01", end: "2026-09-30" },
  monthlyContributionBase: baseAt(90)(2026),
  contributions: xtYiPensionContributions,
  lastUpdated: "2026-10-09T11:20:00+08:00",
});
export const xtYiMedicalContributions = contributionYears({ from: "2016-07", to: "2026-09", monthlyBase: baseAt(90), individualPercent: 2, employerPercent: 8 });
export const xtYiMedical = enrolment(xtE(2), xiangtan, xtYiXuemei, {
  scheme: "medical.employee",
  agency: xtMedical,
  employer: yuetangMotor,
  contributionStatus: "2",
  employmentStatus: "0",
  period: { start: "2016-07-01", end: "2026-09-30" },
  monthlyContributionBase: baseAt(90)(2026),
  contributions: xtYiMedicalContributions,
  lastUpdated: "2026-10-20T15:05:00+08:00",
});

const xtHuHaitao = person(xtP(2), huHaitao, {
  hukou: { division: "430302", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430302",
  contact: { mobile: "13873256102" },
});
export const xtHuPensionContributions = contributionYears({ from: "2008-07", to: "2026-03", monthlyBase: baseAt(100), individualPercent: 8, employerPercent: 16 });
export const xtHuPension = enrolment(xtE(3), xiangtan, xtHuHaitao, {
  scheme: "pension.employee",
  agency: xtHrss,
  employer: yuhuSteel,
  contributionStatus: "2",
  employmentStatus: "0",
  period: { start: "2008-07-01", end: "2026-03-31" },
  monthlyContributionBase: baseAt(100)(2026),
  contributions: xtHuPensionContributions,
  lastUpdated: "2026-04-03T10:00:00+08:00",
});
const xtHuMedical = enrolment(xtE(4), xiangtan, xtHuHaitao, {
  scheme: "medical.employee",
  agency: xtMedical,
  employer: yuhuSteel,
  contributionStatus: "2",
  employmentStatus: "0",
  period: { start: "2008-07-01", end: "2026-03-31" },
  lastUpdated: "2026-04-03T10:00:00+08:00",
});

const shiHousehold = "430302-H-000764";
const xtShiHongmei = person(xtP(3), shiHongmei, {
  hukou: { division: "430302", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430302",
  household: { householdId: shiHousehold, relationToHead: "02" },
});
const xtShiJiayi = person(xtP(4), shiJiayi, {
  hukou: { division: "430302", residenceType: "urban" },
  residenceDivision: "430302",
  household: { householdId: shiHousehold, relationToHead: "30" },
});

const tanHousehold = "430321-H-000542";
const xtTanZhigang = person(xtP(5), tanZhigang, {
  hukou: { division: "430321", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430321",
  household: { householdId: tanHousehold, relationToHead: "02" },
});
const xtZhouYulan = person(xtP(6), zhouYulan, {
  hukou: { division: "430321", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430321",
  household: { householdId: tanHousehold, relationToHead: "12" },
});
const xtHeChun_e = person(xtP(7), heChun_e, {
  hukou: { division: "430382", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430382",
});
const xtLiuSu = person(xtP(8), liuSu, {
  hukou: { division: "430381", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430381",
  contact: { mobile: "15173268830" },
});
const xtWangJianping = person(xtP(9), wangJianping, {
  hukou: { division: "430304", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430304",
});
const xtPengDefu = person(
  xtP(10),
  pengDefu,
  {
    hukou: { division: "430321", residenceType: "rural", historicalCategory: "agricultural" },
    residenceDivision: "430321",
    deathDate: "2026-02-17",
  },
  "2026-02-20T09:15:00+08:00",
);

/** The records of Xiangtan's own export, in export order: people, enrolments, transfers, assistance. */
export const xiangtanRecords: readonly CztRecord[] = [
  xtYiXuemei,
  xtHuHaitao,
  xtShiHongmei,
  xtShiJiayi,
  xtTanZhigang,
  xtZhouYulan,
  xtHeChun_e,
  xtLiuSu,
  xtWangJianping,
  xtPengDefu,
  xtYiPension,
  xtYiMedical,
  xtHuPension,
  xtHuMedical,
  enrolment(xtE(5), xiangtan, xtShiHongmei, {
    scheme: "pension.resident",
    agency: xtHrss,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2015-01-01" },
  }),
  enrolment(xtE(6), xiangtan, xtShiHongmei, {
    scheme: "medical.resident",
    agency: xtMedical,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2017-01-01" },
  }),
  enrolment(xtE(7), xiangtan, xtTanZhigang, {
    scheme: "pension.resident",
    agency: xtHrss,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2012-01-01" },
  }),
  enrolment(xtE(8), xiangtan, xtTanZhigang, {
    scheme: "medical.resident",
    agency: xtMedical,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2017-01-01" },
  }),
  enrolment(xtE(9), xiangtan, xtLiuSu, {
    scheme: "pension.employee",
    agency: xtHrss,
    employer: jinshiBuilding,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2012-03-01" },
    monthlyContributionBase: baseAt(65)(2026),
  }),
  enrolment(xtE(10), xiangtan, xtLiuSu, {
    scheme: "unemployment",
    agency: xtHrss,
    employer: jinshiBuilding,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2012-03-01" },
  }),
  enrolment(xtE(11), xiangtan, xtLiuSu, {
    scheme: "workInjury",
    agency: xtHrss,
    employer: jinshiBuilding,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2012-03-01" },
  }),
  enrolment(xtE(12), xiangtan, xtWangJianping, {
    scheme: "pension.employee",
    agency: xtHrss,
    employer: xiangtanCable,
    contributionStatus: "3",
    employmentStatus: "1",
    period: { start: "1991-01-01", end: "2020-07-31" },
    lastUpdated: "2020-08-05T10:30:00+08:00",
  }),
  enrolment(xtE(13), xiangtan, xtPengDefu, {
    scheme: "medical.resident",
    agency: xtMedical,
    contributionStatus: "3",
    employmentStatus: "1",
    period: { start: "2017-01-01", end: "2026-02-17" },
    lastUpdated: "2026-02-20T09:15:00+08:00",
  }),
  // 资助参保: the covered granddaughter of the 低保 household.
  subsidisedMedical(xtE(14), xiangtan, xtShiJiayi, xtMedical, "2021-09-01"),
  dibaoCase(xtA(1), {
    programme: "dibao.urban",
    city: xiangtan,
    agency: agency("430302", "civilAffairs"),
    caseStatus: "active",
    dates: { applied: "2021-07-05", approved: "2021-08-12" },
    household: {
      householdId: shiHousehold,
      head: xtShiHongmei,
      members: [
        { person: xtShiHongmei, relationToHead: "02", covered: true },
        { person: xtShiJiayi, relationToHead: "30", covered: true },
      ],
    },
    monthlyStandard: yuan(780),
    perCapitaIncome: 34500,
    paidMonths: recentMonths,
    payDay: 12,
    // Working-age head: reviewed every six months.
    lastReviewDate: "2026-07-22",
    nextReviewDate: "2027-01-22",
  }),
  assistanceCase(xtA(2), {
    programme: "educationAid",
    city: xiangtan,
    agency: agency(xiangtan, "education"),
    beneficiary: xtShiJiayi,
    caseStatus: "terminated",
    dates: { applied: "2026-08-25", approved: "2026-09-10", terminated: "2026-09-30" },
    benefitAmount: yuan(4000),
    payments: [{ month: "2026-09", amount: yuan(4000), paidOn: "2026-09-18" }],
  }),
  assistanceCase(xtA(3), {
    programme: "medicalAid",
    city: xiangtan,
    agency: xtMedical,
    beneficiary: xtShiHongmei,
    caseStatus: "terminated",
    dates: { applied: "2026-03-16", approved: "2026-03-27", terminated: "2026-04-30" },
    benefitAmount: 362050,
    payments: [{ month: "2026-04", amount: 362050, paidOn: "2026-04-09" }],
  }),
  assistanceCase(xtA(4), {
    programme: "dibao.marginal",
    city: xiangtan,
    agency: agency("430321", "civilAffairs"),
    caseStatus: "active",
    dates: { applied: "2025-05-06", approved: "2025-06-18" },
    household: {
      householdId: tanHousehold,
      head: xtTanZhigang,
      members: [
        { person: xtTanZhigang, relationToHead: "02", covered: true },
        { person: xtZhouYulan, relationToHead: "12", covered: true },
      ],
    },
    // Near-poverty: income above the rural 低保 standard but under 1.5 times it; the
    // household gets targeted aid (medical, education), no monthly cash benefit.
    monthlyStandard: yuan(600),
    perCapitaIncome: 82000,
    benefitAmount: 0,
    lastReviewDate: "2026-06-30",
    nextReviewDate: "2027-06-30",
  }),
  assistanceCase(xtA(5), {
    programme: "welfare.elderly",
    city: xiangtan,
    agency: agency("430382", "civilAffairs"),
    beneficiary: xtHeChun_e,
    caseStatus: "active",
    dates: { applied: "2023-01-20", approved: "2023-02-10" },
    benefitAmount: yuan(100),
    payments: monthlyPayments(recentMonths, yuan(100), 20),
    lastReviewDate: "2026-01-18",
    nextReviewDate: "2027-01-18",
  }),
  assistanceCase(xtA(6), {
    programme: "temporaryAid",
    city: xiangtan,
    agency: agency("430381", "civilAffairs"),
    beneficiary: xtLiuSu,
    caseStatus: "terminated",
    dates: { applied: "2026-08-07", approved: "2026-08-14", terminated: "2026-08-31" },
    benefitAmount: yuan(5000),
    payments: [{ month: "2026-08", amount: yuan(5000), paidOn: "2026-08-17" }],
  }),
  assistanceCase(xtA(7), {
    programme: "charityRelief",
    city: xiangtan,
    agency: agency(xiangtan, "charityFederation"),
    beneficiary: xtLiuSu,
    caseStatus: "terminated",
    dates: { applied: "2026-08-10", approved: "2026-08-20", terminated: "2026-09-05" },
    benefitAmount: yuan(8000),
    payments: [{ month: "2026-09", amount: yuan(8000), paidOn: "2026-09-03" }],
    charity: { fundingSource: "individual" },
  }),
  assistanceCase(xtA(8), {
    programme: "tekun.dispersed",
    city: xiangtan,
    agency: agency("430321", "civilAffairs"),
    beneficiary: xtPengDefu,
    caseStatus: "terminated",
    dates: { applied: "2016-11-02", approved: "2016-12-15", terminated: "2026-02-28" },
    monthlyStandard: yuan(780),
    benefitAmount: yuan(780),
    payments: monthlyPayments(["2026-01", "2026-02"], yuan(780), 15),
    lastReviewDate: "2025-12-10",
    nextReviewDate: "2026-12-10",
    lastUpdated: "2026-03-02T14:00:00+08:00",
  }),
];
