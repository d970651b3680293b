/** Changsha's own records; Zhuzhou's transfer points at Zhou Zhiqiang's pension here. */
import { agency, changsha } from "../agencies.js";
import { assistanceCase, centralAndCountyFunding, dibaoCase, enrolment, monthlyPayments, person, recordId, subsidisedMedical, transfer } from "../builders.js";
import type { CztRecord } from "../model.js";
import { baseAt, contributionYears, yuan } from "../money.js";
import { csHrss, csMedical } from "./city-agencies.js";
import { openEmployeeEnrolments } from "./employee-enrolments.js";
import { fenglinSchool, furongTax, luguIntelligent, siluCatering, thirdTextile, xiangjiangData, xingchengConstruction, yueluPrecision } from "./employers.js";
import { chenGuilan, chenHao, chenKayan, chenXiaojun, katharinaBauer, liMingxuan, liuSiyu, liWenjing, liYutong, luoWeidong, maimaitiAili, pengQiuju, wangDeming, xiangChunhua, yiXuemei, zhangFusheng, zhouZhiqiang } from "./people.js";
import { recentMonths } from "./recent-months.js";
import { xtYiMedical, xtYiMedicalContributions } from "./xiangtan.js";

const csP = (n: number) => recordId(changsha, "P", n);
const csE = (n: number) => recordId(changsha, "E", n);
const csT = (n: number) => recordId(changsha, "T", n);
const csA = (n: number) => recordId(changsha, "A", n);

export const transferClosed = "2025-04-02T16:10:00+08:00";

const csZhouZhiqiang = person(
  csP(1),
  zhouZhiqiang,
  {
    hukou: { division: "430104", residenceType: "urban", historicalCategory: "non-agricultural" },
    residenceDivision: "430104",
    contact: { mobile: "13807315526" },
  },
  transferClosed,
);
export const zhouChangshaContributions = contributionYears({ from: "1996-07", to: "2024-12", monthlyBase: baseAt(120), individualPercent: 8, employerPercent: 16 });
export const csZhouPension = enrolment(csE(1), changsha, csZhouZhiqiang, {
  scheme: "pension.employee",
  agency: csHrss,
  employer: yueluPrecision,
  contributionStatus: "3",
  employmentStatus: "0",
  period: { start: "1996-07-01", end: "2024-12-31" },
  monthlyContributionBase: baseAt(120)(2024),
  contributions: zhouChangshaContributions,
  lastUpdated: transferClosed,
});

const chenHousehold = "430103-H-000412";
const csChenGuilan = person(csP(2), chenGuilan, {
  hukou: { division: "430103", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430103",
  contact: { phone: "0731-85512270" },
  household: { householdId: chenHousehold, relationToHead: "02" },
});
const csChenXiaojun = person(csP(3), chenXiaojun, {
  hukou: { division: "430103", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430103",
  household: { householdId: chenHousehold, relationToHead: "20" },
});
const csChenHao = person(csP(4), chenHao, {
  hukou: { division: "430103", residenceType: "urban" },
  residenceDivision: "430103",
  household: { householdId: chenHousehold, relationToHead: "41" },
});

const xiangHousehold = "430181-H-000927";
const csXiangChunhua = person(csP(5), xiangChunhua, {
  hukou: { division: "430181", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430181",
  household: { householdId: xiangHousehold, relationToHead: "02" },
});
const csLiYutong = person(csP(6), liYutong, {
  hukou: { division: "430181", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "440106",
  household: { householdId: xiangHousehold, relationToHead: "30" },
});
const csLiMingxuan = person(csP(7), liMingxuan, {
  hukou: { division: "430181", residenceType: "rural" },
  residenceDivision: "430181",
  household: { householdId: xiangHousehold, relationToHead: "20" },
});
const csWangDeming = person(csP(8), wangDeming, {
  hukou: { division: "511621", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430111",
  contact: { mobile: "18981740356" },
});
const csMaimaiti = person(csP(9), maimaitiAili, {
  hukou: { division: "650102", residenceType: "urban" },
  residenceDivision: "430105",
  contact: { mobile: "13999125870" },
});
const csChenKayan = person(csP(10), chenKayan, { residenceDivision: "430104", contact: { mobile: "13786140925" } });
const csBauer = person(csP(11), katharinaBauer, { residenceDivision: "430104", contact: { mobile: "15874210936" } });
const csLiWenjing = person(csP(12), liWenjing, {
  hukou: { division: "430104", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430104",
});
const csPengQiuju = person(csP(13), pengQiuju, {
  hukou: { division: "430121", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430121",
});
const csLuoWeidong = person(csP(14), luoWeidong, {
  hukou: { division: "430105", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430105",
});
const csZhangFusheng = person(csP(15), zhangFusheng, {
  hukou: { division: "430182", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430182",
});
const csLiuSiyu = person(csP(16), liuSiyu, {
  hukou: { division: "430111", residenceType: "urban" },
  residenceDivision: "430111",
});
const csYiXuemei = person(csP(17), yiXuemei, {
  hukou: { division: "430302", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430102",
  contact: { mobile: "13973212468" },
});
const csYiMedical = enrolment(csE(24), changsha, csYiXuemei, {
  scheme: "medical.employee",
  agency: csMedical,
  employer: furongTax,
  contributionStatus: "1",
  employmentStatus: "0",
  period: { start: "2026-10-01" },
  monthlyContributionBase: baseAt(100)(2026),
});

/** The records of Changsha's own export, in export order: people, enrolments, transfers, assistance. */
export const changshaRecords: readonly CztRecord[] = [
  csZhouZhiqiang,
  csChenGuilan,
  csChenXiaojun,
  csChenHao,
  csXiangChunhua,
  csLiYutong,
  csLiMingxuan,
  csWangDeming,
  csMaimaiti,
  csChenKayan,
  csBauer,
  csLiWenjing,
  csPengQiuju,
  csLuoWeidong,
  csZhangFusheng,
  csLiuSiyu,
  csYiXuemei,
  csZhouPension,
  enrolment(csE(2), changsha, csZhouZhiqiang, {
    scheme: "medical.employee",
    agency: csMedical,
    employer: yueluPrecision,
    contributionStatus: "3",
    employmentStatus: "0",
    period: { start: "2001-01-01", end: "2024-12-31" },
    lastUpdated: "2025-01-06T09:00:00+08:00",
  }),
  enrolment(csE(3), changsha, csZhouZhiqiang, {
    scheme: "unemployment",
    agency: csHrss,
    employer: yueluPrecision,
    contributionStatus: "3",
    employmentStatus: "0",
    period: { start: "1999-01-01", end: "2024-12-31" },
    lastUpdated: "2025-01-06T09:00:00+08:00",
  }),
  enrolment(csE(4), changsha, csChenGuilan, {
    scheme: "pension.resident",
    agency: csHrss,
    contributionStatus: "3",
    employmentStatus: "1",
    // Contributed from the 2011 start of the urban resident scheme until age 60, now drawing.
    period: { start: "2011-07-01", end: "2014-09-30" },
  }),
  enrolment(csE(5), changsha, csChenGuilan, {
    scheme: "medical.resident",
    agency: csMedical,
    contributionStatus: "1",
    employmentStatus: "1",
    period: { start: "2017-01-01" },
  }),
  enrolment(csE(6), changsha, csChenXiaojun, {
    scheme: "medical.resident",
    agency: csMedical,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2017-01-01" },
  }),
  enrolment(csE(7), changsha, csChenHao, {
    scheme: "medical.resident",
    agency: csMedical,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2017-01-01" },
  }),
  enrolment(csE(8), changsha, csXiangChunhua, {
    scheme: "pension.resident",
    agency: csHrss,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2012-01-01" },
  }),
  enrolment(csE(9), changsha, csXiangChunhua, {
    scheme: "medical.resident",
    agency: csMedical,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2017-01-01" },
  }),
  ...openEmployeeEnrolments(changsha, 10, csWangDeming, xingchengConstruction, "2019-03-01", ["pension.employee", "medical.employee", "unemployment", "workInjury"], baseAt(60)(2026)),
  ...openEmployeeEnrolments(changsha, 14, csMaimaiti, siluCatering, "2018-09-01", ["pension.employee", "medical.employee"], baseAt(75)(2026)),
  ...openEmployeeEnrolments(changsha, 16, csChenKayan, xiangjiangData, "2020-01-01", ["pension.employee", "medical.employee"], baseAt(150)(2026)),
  ...openEmployeeEnrolments(changsha, 18, csBauer, luguIntelligent, "2022-03-01", ["pension.employee", "medical.employee", "workInjury"], baseAt(180)(2026)),
  enrolment(csE(21), changsha, csLiWenjing, {
    scheme: "pension.institution",
    agency: csHrss,
    employer: fenglinSchool,
    contributionStatus: "1",
    employmentStatus: "0",
    // Institutions joined the contributory scheme with the 2014-10-01 reform.
    period: { start: "2014-10-01" },
    monthlyContributionBase: baseAt(110)(2026),
  }),
  enrolment(csE(22), changsha, csLiWenjing, {
    scheme: "medical.employee",
    agency: csMedical,
    employer: fenglinSchool,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2003-09-01" },
    monthlyContributionBase: baseAt(110)(2026),
  }),
  enrolment(csE(23), changsha, csLiWenjing, {
    scheme: "maternity",
    agency: csMedical,
    employer: fenglinSchool,
    contributionStatus: "3",
    employmentStatus: "0",
    // Maternity insurance merged into employee medical insurance at the end of 2019.
    period: { start: "2005-09-01", end: "2019-12-31" },
    lastUpdated: "2020-01-08T10:00:00+08:00",
  }),
  csYiMedical,
  enrolment(csE(25), changsha, csYiXuemei, {
    scheme: "pension.employee",
    agency: csHrss,
    employer: furongTax,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2026-10-01" },
    monthlyContributionBase: baseAt(100)(2026),
  }),
  enrolment(csE(26), changsha, csPengQiuju, {
    scheme: "pension.resident",
    agency: csHrss,
    contributionStatus: "3",
    employmentStatus: "1",
    // Paid until 60 (July 2024); draws the resident pension since August 2024.
    period: { start: "2010-01-01", end: "2024-07-31" },
    lastUpdated: "2024-08-05T10:00:00+08:00",
  }),
  enrolment(csE(27), changsha, csPengQiuju, {
    scheme: "medical.nrcms",
    agency: csMedical,
    contributionStatus: "3",
    employmentStatus: "0",
    // The new rural cooperative medical scheme merged into resident medical insurance in 2017.
    period: { start: "2006-01-01", end: "2016-12-31" },
    lastUpdated: "2017-01-03T09:00:00+08:00",
  }),
  enrolment(csE(28), changsha, csPengQiuju, {
    scheme: "medical.resident",
    agency: csMedical,
    contributionStatus: "1",
    employmentStatus: "1",
    period: { start: "2017-01-01" },
  }),
  enrolment(csE(29), changsha, csLuoWeidong, {
    scheme: "pension.employee",
    agency: csHrss,
    employer: thirdTextile,
    contributionStatus: "3",
    employmentStatus: "1",
    period: { start: "1992-01-01", end: "2013-08-31" },
    lastUpdated: "2013-09-10T10:00:00+08:00",
  }),
  enrolment(csE(30), changsha, csZhangFusheng, {
    scheme: "medical.resident",
    agency: csMedical,
    contributionStatus: "1",
    employmentStatus: "1",
    period: { start: "2017-01-01" },
  }),
  enrolment(csE(31), changsha, csLiuSiyu, {
    scheme: "medical.resident",
    agency: csMedical,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2016-06-01" },
  }),
  // 资助参保: the 低保 household's covered son, his own share paid by medical aid.
  subsidisedMedical(csE(32), changsha, csLiMingxuan, csMedical, "2021-05-01"),
  transfer(csT(1), csYiXuemei, {
    kind: "medical.intercity",
    from: xtYiMedical,
    to: { city: changsha, agency: csMedical, enrolment: csYiMedical },
    steps: [
      { status: "requested", at: "2026-10-12T10:20:00+08:00" },
      { status: "letterIssued", at: "2026-10-20T15:05:00+08:00" },
    ],
    contributions: xtYiMedicalContributions,
    accountInterestPercent: 0,
  }),
  dibaoCase(csA(1), {
    programme: "dibao.urban",
    city: changsha,
    agency: agency("430103", "civilAffairs"),
    caseStatus: "active",
    dates: { applied: "2019-04-08", approved: "2019-05-20" },
    household: {
      householdId: chenHousehold,
      head: csChenGuilan,
      members: [
        { person: csChenGuilan, relationToHead: "02", covered: true },
        { person: csChenXiaojun, relationToHead: "20", covered: true },
        { person: csChenHao, relationToHead: "41", covered: true },
      ],
    },
    monthlyStandard: yuan(900),
    perCapitaIncome: 31250,
    // 分类施保 for the elderly head and her severely disabled son.
    classifiedSupplement: yuan(180),
    paidMonths: recentMonths,
    payDay: 10,
    // Elderly and disabled household: reviewed once a year.
    lastReviewDate: "2026-06-18",
    nextReviewDate: "2027-06-18",
  }),
  assistanceCase(csA(2), {
    programme: "welfare.disability",
    city: changsha,
    agency: agency(changsha, "disabledPersonsFederation"),
    beneficiary: csChenXiaojun,
    caseStatus: "active",
    dates: { applied: "2019-06-03", approved: "2019-07-01" },
    benefitAmount: yuan(190),
    payments: monthlyPayments(recentMonths, yuan(190), 10),
    lastReviewDate: "2026-03-12",
    nextReviewDate: "2027-03-12",
  }),
  assistanceCase(csA(3), {
    programme: "medicalAid",
    city: changsha,
    agency: csMedical,
    beneficiary: csChenXiaojun,
    caseStatus: "terminated",
    dates: { applied: "2026-05-22", approved: "2026-06-05", terminated: "2026-06-30" },
    benefitAmount: 486000,
    payments: [{ month: "2026-06", amount: 486000, paidOn: "2026-06-15" }],
  }),
  dibaoCase(csA(4), {
    programme: "dibao.rural",
    city: changsha,
    agency: agency("430181", "civilAffairs"),
    caseStatus: "active",
    dates: { applied: "2021-02-22", approved: "2021-04-06" },
    household: {
      householdId: xiangHousehold,
      head: csXiangChunhua,
      members: [
        { person: csXiangChunhua, relationToHead: "02", covered: true },
        // Works in Guangzhou and supports the household: counted in the income, not covered.
        { person: csLiYutong, relationToHead: "30", covered: false },
        { person: csLiMingxuan, relationToHead: "20", covered: true },
      ],
    },
    monthlyStandard: yuan(700),
    perCapitaIncome: 23600,
    paidMonths: recentMonths,
    payDay: 15,
    // Working-age head: reviewed every six months.
    lastReviewDate: "2026-09-15",
    nextReviewDate: "2027-03-15",
  }),
  assistanceCase(csA(5), {
    programme: "specialCare",
    city: changsha,
    agency: agency(changsha, "veteransAffairs"),
    beneficiary: csLuoWeidong,
    caseStatus: "active",
    dates: { applied: "1998-03-02", approved: "1998-05-11" },
    benefitAmount: yuan(2150),
    payments: centralAndCountyFunding(monthlyPayments(recentMonths, yuan(2150), 5), yuan(1700)),
    lastReviewDate: "2026-04-20",
    nextReviewDate: "2027-04-20",
    specialCare: { category: "11" },
  }),
  assistanceCase(csA(6), {
    programme: "tekun.centralised",
    city: changsha,
    agency: agency("430182", "civilAffairs"),
    beneficiary: csZhangFusheng,
    caseStatus: "active",
    dates: { applied: "2016-09-12", approved: "2016-10-20" },
    monthlyStandard: yuan(1170),
    benefitAmount: yuan(1170),
    payments: monthlyPayments(recentMonths, yuan(1170), 10),
    lastReviewDate: "2026-03-10",
    nextReviewDate: "2027-03-10",
  }),
  assistanceCase(csA(7), {
    programme: "charityRelief",
    city: changsha,
    agency: agency(changsha, "charityFederation"),
    beneficiary: csLiuSiyu,
    caseStatus: "terminated",
    dates: { applied: "2026-02-16", approved: "2026-03-02", terminated: "2026-03-31" },
    benefitAmount: yuan(20000),
    payments: [{ month: "2026-03", amount: yuan(20000), paidOn: "2026-03-20" }],
    charity: { fundingSource: "enterprise" },
  }),
];
