/** Zhuzhou's own records. */
import { agency, zhuzhou } from "../agencies.js";
import { assistanceCase, centralAndCountyFunding, dibaoCase, enrolment, monthlyPayments, person, recordId, subsidisedMedical, transfer } from "../builders.js";
import type { CztRecord } from "../model.js";
import { baseAt, contributionYears, residentContributionYears, totalMonths, yuan } from "../money.js";
import { csZhouPension, transferClosed, zhouChangshaContributions } from "./changsha.js";
import { zzHrss, zzMedical } from "./city-agencies.js";
import { openEmployeeEnrolments } from "./employee-enrolments.js";
import { hetangCeramics, lusongApparel, shifengSmelting, tianyuanRail } from "./employers.js";
import { dengGuizhi, huangYonggui, huHaitao, liuFang, longYushan, panJinfeng, tanJianhua, wuChangshun, zengXiuying, zengZihan, zhaoDesheng, zhaoXiaolong, zhouZhiqiang } from "./people.js";
import { recentMonths } from "./recent-months.js";
import { xtHuPension, xtHuPensionContributions } from "./xiangtan.js";

const zzP = (n: number) => recordId(zhuzhou, "P", n);
const zzE = (n: number) => recordId(zhuzhou, "E", n);
const zzT = (n: number) => recordId(zhuzhou, "T", n);
const zzA = (n: number) => recordId(zhuzhou, "A", n);

const zzZhouZhiqiang = person(zzP(1), zhouZhiqiang, {
  hukou: { division: "430104", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430211",
  contact: { mobile: "13807315526" },
});
const zzZhouPension = enrolment(zzE(1), zhuzhou, zzZhouZhiqiang, {
  scheme: "pension.employee",
  agency: zzHrss,
  employer: tianyuanRail,
  contributionStatus: "1",
  employmentStatus: "0",
  period: { start: "2025-01-01" },
  monthlyContributionBase: baseAt(120)(2026),
  contributions: contributionYears({ from: "2025-01", to: "2026-10", monthlyBase: baseAt(120), individualPercent: 8, employerPercent: 16 }),
});

const zzHuHaitao = person(zzP(13), huHaitao, {
  hukou: { division: "430302", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430203",
  contact: { mobile: "13873256102" },
});
const zzHuPension = enrolment(zzE(20), zhuzhou, zzHuHaitao, {
  scheme: "pension.employee",
  agency: zzHrss,
  employer: lusongApparel,
  contributionStatus: "1",
  employmentStatus: "0",
  period: { start: "2026-04-01" },
  monthlyContributionBase: baseAt(100)(2026),
  contributions: contributionYears({ from: "2026-04", to: "2026-10", monthlyBase: baseAt(100), individualPercent: 8, employerPercent: 16 }),
});

const panHousehold = "430225-H-000318";
const zzPanJinfeng = person(zzP(3), panJinfeng, {
  hukou: { division: "430225", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430225",
  household: { householdId: panHousehold, relationToHead: "02" },
});
const zzZhaoDesheng = person(zzP(4), zhaoDesheng, {
  hukou: { division: "430225", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430225",
  household: { householdId: panHousehold, relationToHead: "11" },
});
const zzZhaoXiaolong = person(zzP(5), zhaoXiaolong, {
  hukou: { division: "430225", residenceType: "rural" },
  residenceDivision: "430225",
  household: { householdId: panHousehold, relationToHead: "20" },
});

const wuEmployeeContributions = contributionYears({ from: "1998-01", to: "2012-12", monthlyBase: baseAt(80), individualPercent: 8, employerPercent: 16 });
const wuResidentContributions = residentContributionYears(2013, 2024, (year) => yuan(year < 2019 ? 300 : 500));

export const zzWuChangshun = person(zzP(7), wuChangshun, {
  hukou: { division: "430223", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430223",
});
const linkingClosed = "2025-03-14T15:30:00+08:00";
const zzWuEmployee = enrolment(zzE(12), zhuzhou, zzWuChangshun, {
  scheme: "pension.employee",
  agency: zzHrss,
  employer: shifengSmelting,
  contributionStatus: "3",
  employmentStatus: "1",
  period: { start: "1998-01-01", end: "2012-12-31" },
  contributions: wuEmployeeContributions,
  lastUpdated: linkingClosed,
});
const zzWuResident = enrolment(zzE(13), zhuzhou, zzWuChangshun, {
  scheme: "pension.resident",
  agency: zzHrss,
  contributionStatus: "3",
  employmentStatus: "1",
  period: { start: "2013-01-01", end: "2024-12-31" },
  contributions: wuResidentContributions,
  lastUpdated: linkingClosed,
});

const zengHousehold = "430204-H-000155";
const zzZengXiuying = person(zzP(9), zengXiuying, {
  hukou: { division: "430204", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430204",
  contact: { phone: "0731-28836015" },
  household: { householdId: zengHousehold, relationToHead: "02" },
});
const zzZengZihan = person(zzP(10), zengZihan, {
  hukou: { division: "430204", residenceType: "urban" },
  residenceDivision: "430204",
  household: { householdId: zengHousehold, relationToHead: "42" },
});
const zzHuangYonggui = person(zzP(11), huangYonggui, {
  hukou: { division: "430212", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430212",
  contact: { mobile: "13762318847" },
});

const zzTanJianhua = person(zzP(2), tanJianhua, {
  hukou: { division: "430212", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430212",
  contact: { mobile: "13907332851" },
});
const zzLongYushan = person(zzP(6), longYushan, {
  hukou: { division: "430281", residenceType: "rural", historicalCategory: "agricultural" },
  residenceDivision: "430281",
});
const zzLiuFang = person(zzP(8), liuFang, {
  hukou: { division: "430202", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430202",
  contact: { mobile: "18673305512" },
});
const zzDengGuizhi = person(zzP(12), dengGuizhi, {
  hukou: { division: "430203", residenceType: "urban", historicalCategory: "non-agricultural" },
  residenceDivision: "430203",
});

/** The records of Zhuzhou's own export, in export order: people, enrolments, transfers, assistance. */
export const zhuzhouRecords: readonly CztRecord[] = [
  zzZhouZhiqiang,
  zzTanJianhua,
  zzPanJinfeng,
  zzZhaoDesheng,
  zzZhaoXiaolong,
  zzLongYushan,
  zzWuChangshun,
  zzLiuFang,
  zzZengXiuying,
  zzZengZihan,
  zzHuangYonggui,
  zzDengGuizhi,
  zzHuHaitao,
  zzZhouPension,
  enrolment(zzE(2), zhuzhou, zzZhouZhiqiang, {
    scheme: "medical.employee",
    agency: zzMedical,
    employer: tianyuanRail,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2025-01-01" },
    monthlyContributionBase: baseAt(120)(2026),
  }),
  enrolment(zzE(3), zhuzhou, zzZhouZhiqiang, {
    scheme: "unemployment",
    agency: zzHrss,
    employer: tianyuanRail,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2025-01-01" },
  }),
  enrolment(zzE(4), zhuzhou, zzZhouZhiqiang, {
    scheme: "workInjury",
    agency: zzHrss,
    employer: tianyuanRail,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2025-01-01" },
  }),
  // Each scheme reached his factory in a different year.
  ...openEmployeeEnrolments(zhuzhou, 5, zzTanJianhua, tianyuanRail, "1993-07-01", ["pension.employee"], baseAt(110)(2026)),
  ...openEmployeeEnrolments(zhuzhou, 6, zzTanJianhua, tianyuanRail, "2000-01-01", ["medical.employee"], baseAt(110)(2026)),
  ...openEmployeeEnrolments(zhuzhou, 7, zzTanJianhua, tianyuanRail, "1999-01-01", ["unemployment"], baseAt(110)(2026)),
  ...openEmployeeEnrolments(zhuzhou, 8, zzTanJianhua, tianyuanRail, "2004-01-01", ["workInjury"], baseAt(110)(2026)),
  enrolment(zzE(9), zhuzhou, zzPanJinfeng, {
    scheme: "pension.resident",
    agency: zzHrss,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2011-01-01" },
  }),
  enrolment(zzE(10), zhuzhou, zzZhaoDesheng, {
    scheme: "medical.resident",
    agency: zzMedical,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2017-01-01" },
  }),
  enrolment(zzE(11), zhuzhou, zzLongYushan, {
    scheme: "medical.resident",
    agency: zzMedical,
    contributionStatus: "1",
    employmentStatus: "1",
    period: { start: "2017-01-01" },
  }),
  zzWuEmployee,
  zzWuResident,
  // 城乡居民医保 from the 2017 integration; his 新农合 years before it: scenarios/contributions.ts.
  enrolment(zzE(14), zhuzhou, zzWuChangshun, {
    scheme: "medical.resident",
    agency: zzMedical,
    contributionStatus: "1",
    employmentStatus: "1",
    period: { start: "2017-01-01" },
  }),
  ...openEmployeeEnrolments(zhuzhou, 15, zzLiuFang, hetangCeramics, "2011-05-01", ["pension.employee", "medical.employee", "unemployment"], baseAt(85)(2026)),
  enrolment(zzE(18), zhuzhou, zzLiuFang, {
    scheme: "maternity",
    agency: zzMedical,
    employer: hetangCeramics,
    contributionStatus: "3",
    employmentStatus: "0",
    // Maternity insurance merged into employee medical insurance at the end of 2019.
    period: { start: "2011-05-01", end: "2019-12-31" },
    lastUpdated: "2020-01-10T10:00:00+08:00",
  }),
  enrolment(zzE(19), zhuzhou, zzHuangYonggui, {
    scheme: "pension.resident",
    agency: zzHrss,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2012-01-01" },
  }),
  zzHuPension,
  enrolment(zzE(21), zhuzhou, zzHuHaitao, {
    scheme: "medical.employee",
    agency: zzMedical,
    employer: lusongApparel,
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2026-04-01" },
    monthlyContributionBase: baseAt(100)(2026),
  }),
  // 资助参保: the covered members of the 低保 household.
  subsidisedMedical(zzE(22), zhuzhou, zzPanJinfeng, zzMedical, "2020-05-01"),
  subsidisedMedical(zzE(23), zhuzhou, zzZhaoXiaolong, zzMedical, "2020-05-01"),
  // Changsha → Zhuzhou in 2025: one pool since Hunan's provincial pooling of the employee
  // pension, so a registration change (变更登记) without funds or contact letter.
  transfer(zzT(1), zzZhouZhiqiang, {
    kind: "pension.employee.intercity",
    from: csZhouPension,
    to: { city: zhuzhou, agency: zzHrss, enrolment: zzZhouPension },
    steps: [
      { status: "requested", at: "2025-03-03T09:40:00+08:00" },
      { status: "completed", at: transferClosed },
    ],
    contributions: zhouChangshaContributions,
    accountInterestPercent: 35,
    withinPool: true,
  }),
  transfer(zzT(2), zzWuChangshun, {
    kind: "pension.link.residentToEmployee",
    from: zzWuResident,
    to: { city: zhuzhou, agency: zzHrss, enrolment: zzWuEmployee },
    steps: [
      { status: "requested", at: "2025-02-17T09:00:00+08:00" },
      { status: "letterIssued", at: "2025-02-24T11:00:00+08:00" },
      { status: "fundsTransferred", at: "2025-03-07T16:00:00+08:00" },
      { status: "completed", at: linkingClosed },
    ],
    contributions: wuResidentContributions,
    accountInterestPercent: 25,
    // 15 years in the employee scheme: the resident scheme merges into it.
    linking: { employeeSchemeMonths: totalMonths(wuEmployeeContributions), residentSchemeMonths: totalMonths(wuResidentContributions) },
  }),
  transfer(zzT(3), zzHuHaitao, {
    kind: "pension.employee.intercity",
    from: xtHuPension,
    to: { city: zhuzhou, agency: zzHrss, enrolment: zzHuPension },
    steps: [
      { status: "requested", at: "2026-05-11T10:00:00+08:00" },
      { status: "rejected", at: "2026-05-20T16:30:00+08:00", reasonCode: "missingDocuments", note: "缺少原参保地出具的参保缴费凭证，补齐后可重新申请" },
    ],
    contributions: xtHuPensionContributions,
    accountInterestPercent: 20,
    // Xiangtan → Zhuzhou in 2026: one pool, no funds would have moved.
    withinPool: true,
  }),
  dibaoCase(zzA(1), {
    programme: "dibao.rural",
    city: zhuzhou,
    agency: agency("430225", "civilAffairs"),
    caseStatus: "active",
    dates: { applied: "2020-03-09", approved: "2020-04-16" },
    household: {
      householdId: panHousehold,
      head: zzPanJinfeng,
      members: [
        { person: zzPanJinfeng, relationToHead: "02", covered: true },
        { person: zzZhaoDesheng, relationToHead: "11", covered: true },
        { person: zzZhaoXiaolong, relationToHead: "20", covered: true },
      ],
    },
    monthlyStandard: yuan(620),
    perCapitaIncome: 21500,
    // 分类施保 for the severely disabled husband.
    classifiedSupplement: yuan(150),
    paidMonths: recentMonths,
    payDay: 18,
    lastReviewDate: "2026-08-20",
    nextReviewDate: "2027-02-20",
  }),
  assistanceCase(zzA(2), {
    programme: "tekun.dispersed",
    city: zhuzhou,
    agency: agency("430281", "civilAffairs"),
    beneficiary: zzLongYushan,
    caseStatus: "active",
    dates: { applied: "2017-05-08", approved: "2017-06-21" },
    monthlyStandard: yuan(810),
    benefitAmount: yuan(810),
    payments: monthlyPayments(recentMonths, yuan(810), 18),
    lastReviewDate: "2026-05-12",
    nextReviewDate: "2027-05-12",
  }),
  assistanceCase(zzA(3), {
    programme: "welfare.child",
    city: zhuzhou,
    agency: agency(zhuzhou, "civilAffairs"),
    beneficiary: zzZengZihan,
    household: {
      householdId: zengHousehold,
      head: zzZengXiuying,
      members: [
        { person: zzZengXiuying, relationToHead: "02", covered: false },
        { person: zzZengZihan, relationToHead: "42", covered: true },
      ],
    },
    caseStatus: "active",
    dates: { applied: "2020-09-01", approved: "2020-10-15" },
    benefitAmount: yuan(1400),
    payments: monthlyPayments(recentMonths, yuan(1400), 10),
    lastReviewDate: "2026-09-10",
    nextReviewDate: "2027-09-10",
  }),
  assistanceCase(zzA(4), {
    programme: "disasterRelief",
    city: zhuzhou,
    agency: agency(zhuzhou, "emergencyManagement"),
    beneficiary: zzHuangYonggui,
    caseStatus: "terminated",
    dates: { applied: "2024-07-03", approved: "2024-07-08", terminated: "2024-07-31" },
    benefitAmount: yuan(3000),
    payments: [{ month: "2024-07", amount: yuan(3000), paidOn: "2024-07-12" }],
    lastUpdated: "2024-08-01T10:00:00+08:00",
  }),
  assistanceCase(zzA(5), {
    programme: "housingAid",
    city: zhuzhou,
    agency: agency(zhuzhou, "housing"),
    beneficiary: zzHuangYonggui,
    caseStatus: "terminated",
    dates: { applied: "2024-08-12", approved: "2024-09-20", terminated: "2025-06-30" },
    benefitAmount: yuan(25000),
    // Paid in two instalments: on approval and when the rebuilt house passed inspection.
    payments: [
      { month: "2024-10", amount: yuan(15000), paidOn: "2024-10-15" },
      { month: "2025-06", amount: yuan(10000), paidOn: "2025-06-20" },
    ],
    lastUpdated: "2025-07-01T10:00:00+08:00",
  }),
  assistanceCase(zzA(6), {
    programme: "specialCare",
    city: zhuzhou,
    agency: agency(zhuzhou, "veteransAffairs"),
    beneficiary: zzDengGuizhi,
    caseStatus: "active",
    dates: { applied: "1985-06-10", approved: "1985-08-01" },
    benefitAmount: yuan(2580),
    payments: centralAndCountyFunding(monthlyPayments(recentMonths, yuan(2580), 5), yuan(2000)),
    lastReviewDate: "2026-04-08",
    nextReviewDate: "2027-04-08",
    specialCare: { category: "21" },
  }),
];
