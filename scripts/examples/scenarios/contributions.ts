/**
 * Contributions as agencies record them (standard 1.1, issue 13): a flexible worker who
 * contributes to the employee pension without an employer, with a back payment (补缴);
 * a rural resident's 新农合 years before the 2017 integration of resident medical
 * insurance (the historic scheme, ended by the merger). Record numbers 200–299.
 */
import { changsha, zhuzhou } from "../agencies.js";
import { citizen, enrolment, person, recordId } from "../builders.js";
import { baseAt, contributionYears, percentOf } from "../money.js";
import { csHrss, zzMedical } from "../population/city-agencies.js";
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

export const scenario: Scenario = {
  [changsha]: [csTangLihua, csTangPension],
  [zhuzhou]: [zzWuNrcms],
};
