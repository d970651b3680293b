/**
 * Contributions as agencies record them (standard 1.1, issue 13): a flexible worker who
 * contributes to the employee pension without an employer, with a back payment (补缴);
 * a rural resident's 新农合 years before the 2017 integration of resident medical
 * insurance (the historic scheme, ended by the merger). Record numbers 200–299.
 */
import { changsha, xiangtan, zhuzhou } from "../agencies.js";
import { citizen, enrolment, person, recordId } from "../builders.js";
import { baseAt, contributionYears, percentOf } from "../money.js";
import { csHrss, csMedical, xtHrss, xtMedical, zzMedical } from "../population/city-agencies.js";
import { fenglinSchool, xiangtanCable } from "../population/employers.js";
import { zzWuChangshun } from "../population/zhuzhou.js";
import type { Scenario } from "./scenario.js";

/** 唐丽华 runs a small online shop: a flexible worker (灵活就业) since March 2019, paying the whole 20 % herself. */
const tangLihua = citizen({ name: "唐丽华", sex: "2", birthDate: "1988-11-20", ethnicity: "01", issuedAt: "430105", sequence: 74 });
const csTangLihua = person(recordId(changsha, "P", 200), tangLihua, {
  hukou: { division: "430105", residenceType: "urban" },
  residenceDivision: "430105",
  contact: { mobile: "13975120468" },
});

/** 2019-03 to 2026-09 at 60 % of the average wage; she paid January–June 2021 late, in one back payment. */
const tangContributions = contributionYears({ from: "2019-03", to: "2026-09", monthlyBase: baseAt(60), individualPercent: 20, employerPercent: 0 }).map((year) => {
  if (year.year === 2019) return { ...year, paidMonths: "001111111111" };
  return year;
});
const tangYear2021 = tangContributions.find((year) => year.year === 2021)!;
const tangLateHalf = { ...tangYear2021, months: 6, individualAmount: percentOf(tangYear2021.monthlyBase * 6, 20), paidMonths: "000000111111" };
const tangBackPayment = { ...tangLateHalf, paidMonths: "111111000000", kind: "backPayment" as const, paidOn: "2022-01-18" };

const csTangPension = enrolment(recordId(changsha, "E", 200), changsha, csTangLihua, {
  scheme: "pension.employee",
  agency: csHrss,
  participationType: "flexibleEmployment",
  contributionStatus: "1",
  employmentStatus: "0",
  period: { start: "2019-03-01" },
  monthlyContributionBase: baseAt(60)(2026),
  contributions: tangContributions.flatMap((year) => (year.year === 2021 ? [tangLateHalf, tangBackPayment] : [year])),
});

/** 吴长顺 (rural hukou, 株洲县) was in 新农合 from 2013 until the 2017 integration into 城乡居民医保. */
const zzWuNrcms = enrolment(recordId(zhuzhou, "E", 200), zhuzhou, zzWuChangshun, {
  scheme: "medical.nrcms",
  agency: zzMedical,
  contributionStatus: "3",
  employmentStatus: "1",
  period: { start: "2013-01-01", end: "2016-12-31" },
  endReason: "schemeMerged",
});

/** 城乡居民大病保险 comes with his resident medical insurance from 2017. */
const zzWuCriticalIllness = enrolment(recordId(zhuzhou, "E", 201), zhuzhou, zzWuChangshun, {
  scheme: "medical.residentCriticalIllness",
  agency: zzMedical,
  contributionStatus: "1",
  employmentStatus: "1",
  period: { start: "2017-01-01" },
});

/** 刘建军, a teacher at a public school: employee medical with the civil servants' subsidy (320) and the large-expense subsidy (330). */
const liuJianjun = citizen({ name: "刘建军", sex: "1", birthDate: "1976-05-09", ethnicity: "01", issuedAt: "430104", sequence: 39 });
const csLiuJianjun = person(recordId(changsha, "P", 201), liuJianjun, { hukou: { division: "430104", residenceType: "urban" }, residenceDivision: "430104" });
const csLiuSubsidies = (["medical.civilServantSubsidy", "medical.largeExpenseSubsidy"] as const).map((scheme, i) =>
  enrolment(recordId(changsha, "E", 201 + i), changsha, csLiuJianjun, {
    scheme,
    agency: csMedical,
    employer: fenglinSchool,
    participationType: "unitEmployee",
    contributionStatus: "1",
    employmentStatus: "0",
    period: { start: "2001-09-01" },
  }),
);

/** 杨守仁 joined the revolution in 1948: a 离休 cadre, his medical cover paid as 离休人员医疗保障 (340). */
const yangShouren = citizen({ name: "杨守仁", sex: "1", birthDate: "1930-10-01", ethnicity: "01", issuedAt: "430124", sequence: 15 });
const csYangShouren = person(recordId(changsha, "P", 202), yangShouren, { hukou: { division: "430104", residenceType: "urban" }, residenceDivision: "430104" });
const csYangRetiredCadre = enrolment(recordId(changsha, "E", 203), changsha, csYangShouren, {
  scheme: "medical.retiredCadres",
  agency: csMedical,
  employer: fenglinSchool,
  contributionStatus: "1",
  employmentStatus: "1",
  period: { start: "1998-12-14" },
});

/** 贺美玲 paid 城镇居民社会养老保险 from 2012 until the 2014 merger into 城乡居民养老. */
const heMeiling = citizen({ name: "贺美玲", sex: "2", birthDate: "1970-03-22", ethnicity: "01", issuedAt: "430105", sequence: 62 });
const csHeMeiling = person(recordId(changsha, "P", 203), heMeiling, { hukou: { division: "430105", residenceType: "urban" }, residenceDivision: "430105" });
const csHeUrbanPension = enrolment(recordId(changsha, "E", 204), changsha, csHeMeiling, {
  scheme: "pension.urbanResident",
  agency: csHrss,
  participationType: "resident",
  contributionStatus: "3",
  employmentStatus: "0",
  period: { start: "2012-01-01", end: "2014-12-31" },
  endReason: "schemeMerged",
});

/** 曾庆华, urban resident of Zhuzhou: 城镇居民医保 from 2009 until the 2017 integration. */
const zengQinghua = citizen({ name: "曾庆华", sex: "1", birthDate: "1958-12-02", ethnicity: "01", issuedAt: "430204", sequence: 31 });
const zzZengQinghua = person(recordId(zhuzhou, "P", 201), zengQinghua, { hukou: { division: "430204", residenceType: "urban" }, residenceDivision: "430204" });
const zzZengUrbanMedical = enrolment(recordId(zhuzhou, "E", 202), zhuzhou, zzZengQinghua, {
  scheme: "medical.urbanResident",
  agency: zzMedical,
  contributionStatus: "3",
  employmentStatus: "0",
  period: { start: "2009-01-01", end: "2016-12-31" },
  endReason: "schemeMerged",
});

/** 谭桂英, a farmer in 湘潭县: 新农保 from 2010 until the 2014 merger. */
const tanGuiying = citizen({ name: "谭桂英", sex: "2", birthDate: "1962-08-16", ethnicity: "01", issuedAt: "430321", sequence: 44 });
const xtTanGuiying = person(recordId(xiangtan, "P", 200), tanGuiying, { hukou: { division: "430321", residenceType: "rural", historicalCategory: "agricultural" }, residenceDivision: "430321" });
const xtTanRuralPension = enrolment(recordId(xiangtan, "E", 200), xiangtan, xtTanGuiying, {
  scheme: "pension.ruralResident",
  agency: xtHrss,
  participationType: "resident",
  contributionStatus: "3",
  employmentStatus: "0",
  period: { start: "2010-01-01", end: "2014-12-31" },
  endReason: "schemeMerged",
});

/** 彭志远, an employee of 湘潭电缆厂: 长期护理保险 in Xiangtan, a national pilot city. */
const pengZhiyuan = citizen({ name: "彭志远", sex: "1", birthDate: "1981-01-27", ethnicity: "01", issuedAt: "430302", sequence: 57 });
const xtPengZhiyuan = person(recordId(xiangtan, "P", 201), pengZhiyuan, { hukou: { division: "430302", residenceType: "urban" }, residenceDivision: "430302" });
const xtPengLongTermCare = enrolment(recordId(xiangtan, "E", 201), xiangtan, xtPengZhiyuan, {
  scheme: "longTermCare",
  agency: xtMedical,
  employer: xiangtanCable,
  participationType: "unitEmployee",
  contributionStatus: "1",
  employmentStatus: "0",
  period: { start: "2021-01-01" },
});

export const scenario: Scenario = {
  [changsha]: [csTangLihua, csTangPension, csLiuJianjun, ...csLiuSubsidies, csYangShouren, csYangRetiredCadre, csHeMeiling, csHeUrbanPension],
  [zhuzhou]: [zzWuNrcms, zzWuCriticalIllness, zzZengQinghua, zzZengUrbanMedical],
  [xiangtan]: [xtTanGuiying, xtTanRuralPension, xtPengZhiyuan, xtPengLongTermCare],
};
