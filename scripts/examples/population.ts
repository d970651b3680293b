/**
 * THE source of the example exports: the synthetic people of Changsha, Zhuzhou and
 * Xiangtan and what happened to them. Everything in examples/json and examples/jsonl
 * is generated from this file by build.ts; edit here, then run
 * `npx tsx scripts/examples/build.ts`.
 *
 * All people, numbers and companies are invented. Identity numbers and credit codes
 * have valid check characters (computed by @czt/domain). 低保/特困 standards and
 * benefit levels are placeholders, not official figures.
 */
import { agency, changsha, type Employer, employer, xiangtan, zhuzhou } from "./agencies.js";
import {
  assistanceCase,
  citizen,
  dibaoCase,
  enrolment,
  type Identity,
  monthlyPayments,
  person,
  recordId,
  transfer,
} from "./builders.js";
import type { Agency, CityCode, CztRecord, EnrolmentRecord, InsuranceScheme, PersonRecord } from "./model.js";
import { baseAt, contributionYears, residentContributionYears, totalMonths, yuan } from "./money.js";

// ---------------------------------------------------------------------------------
// People. Movers appear in the exports of two cities with the same identity.
// ---------------------------------------------------------------------------------

/** Moved from Changsha to Zhuzhou in 2025; his employee pension followed him (completed transfer). */
const zhouZhiqiang = citizen({ name: "周志强", sex: "1", birthDate: "1975-04-18", ethnicity: "01", issuedAt: "430124", sequence: 31 });
/** Moved from Xiangtan to Changsha in October 2026; her medical insurance transfer is under way. */
const yiXuemei = citizen({ name: "易雪梅", sex: "2", birthDate: "1993-01-25", ethnicity: "01", issuedAt: "430302", sequence: 28 });
/** Born on a leap day; moved from Xiangtan to Zhuzhou in 2026; his pension transfer was rejected. */
const huHaitao = citizen({ name: "胡海涛", sex: "1", birthDate: "1984-02-29", ethnicity: "01", issuedAt: "430302", sequence: 11 });

// Changsha
const chenGuilan = citizen({ name: "陈桂兰", sex: "2", birthDate: "1954-09-12", ethnicity: "01", issuedAt: "430103", sequence: 46 });
const chenXiaojun = citizen({ name: "陈小军", sex: "1", birthDate: "1982-03-05", ethnicity: "01", issuedAt: "430103", sequence: 15 });
const chenHao = citizen({ name: "陈浩", sex: "1", birthDate: "2012-06-20", ethnicity: "01", issuedAt: "430103", sequence: 33 });
const xiangChunhua = citizen({ name: "向春花", sex: "2", birthDate: "1971-11-02", ethnicity: "15", issuedAt: "430123", sequence: 64 });
const liYutong = citizen({ name: "李雨桐", sex: "2", birthDate: "2001-08-14", ethnicity: "15", issuedAt: "430181", sequence: 86 });
const liMingxuan = citizen({ name: "李明轩", sex: "1", birthDate: "2009-03-27", ethnicity: "15", issuedAt: "430181", sequence: 51 });
const wangDeming = citizen({ name: "王德明", sex: "1", birthDate: "1988-08-08", ethnicity: "01", issuedAt: "511621", sequence: 117 });
const maimaitiAili = citizen({ name: "买买提·艾力", sex: "1", birthDate: "1993-05-21", ethnicity: "05", issuedAt: "650102", sequence: 37 });
/** A Hong Kong resident: her residence permit carries an 18-character number with address code 810000. */
const chenKayan = citizen({
  name: "陈嘉欣",
  sex: "2",
  birthDate: "1991-02-14",
  issuedAt: "810000",
  sequence: 28,
  documents: (permitNumber) => [
    { type: "hmtResidencePermit", number: permitNumber },
    { type: "hmTravelPermit", number: "H10293847" },
  ],
});
const katharinaBauer: Identity = {
  name: "Katharina Bauer",
  sex: "2",
  birthDate: "1987-10-03",
  nationality: "DEU",
  documents: [{ type: "passport", number: "C7K2M9P4R", issuingCountry: "DEU" }],
};
const liWenjing = citizen({ name: "李文静", sex: "2", birthDate: "1980-12-03", ethnicity: "01", issuedAt: "430104", sequence: 82 });
const pengQiuju = citizen({ name: "彭秋菊", sex: "2", birthDate: "1964-07-30", ethnicity: "01", issuedAt: "430121", sequence: 24 });
const luoWeidong = citizen({ name: "罗卫东", sex: "1", birthDate: "1953-08-01", ethnicity: "01", issuedAt: "430105", sequence: 13 });
const zhangFusheng = citizen({ name: "张福生", sex: "1", birthDate: "1947-02-11", ethnicity: "01", issuedAt: "430124", sequence: 17 });
const liuSiyu = citizen({ name: "刘思雨", sex: "2", birthDate: "2016-04-09", ethnicity: "01", issuedAt: "430111", sequence: 62 });

// Zhuzhou
const tanJianhua = citizen({ name: "谭建华", sex: "1", birthDate: "1971-09-17", ethnicity: "01", issuedAt: "430221", sequence: 35 });
const panJinfeng = citizen({ name: "盘金凤", sex: "2", birthDate: "1968-05-03", ethnicity: "13", issuedAt: "430225", sequence: 46 });
const zhaoDesheng = citizen({ name: "赵德胜", sex: "1", birthDate: "1965-12-19", ethnicity: "13", issuedAt: "430225", sequence: 17 });
const zhaoXiaolong = citizen({ name: "赵小龙", sex: "1", birthDate: "2004-07-30", ethnicity: "13", issuedAt: "430225", sequence: 93 });
const longYushan = citizen({ name: "龙玉山", sex: "1", birthDate: "1950-10-10", ethnicity: "06", issuedAt: "430281", sequence: 19 });
const wuChangshun = citizen({ name: "吴长顺", sex: "1", birthDate: "1965-03-12", ethnicity: "12", issuedAt: "430223", sequence: 57 });
const liuFang = citizen({ name: "刘芳", sex: "2", birthDate: "1986-06-06", ethnicity: "01", issuedAt: "430202", sequence: 26 });
const zengXiuying = citizen({ name: "曾秀英", sex: "2", birthDate: "1949-03-01", ethnicity: "01", issuedAt: "430204", sequence: 20 });
const zengZihan = citizen({ name: "曾子涵", sex: "2", birthDate: "2014-08-15", ethnicity: "01", issuedAt: "430204", sequence: 40 });
const huangYonggui = citizen({ name: "黄永贵", sex: "1", birthDate: "1962-11-23", ethnicity: "01", issuedAt: "430221", sequence: 51 });
const dengGuizhi = citizen({ name: "邓桂芝", sex: "2", birthDate: "1944-05-05", ethnicity: "01", issuedAt: "430203", sequence: 88 });

// Xiangtan
const shiHongmei = citizen({ name: "石红梅", sex: "2", birthDate: "1979-10-08", ethnicity: "06", issuedAt: "430302", sequence: 42 });
const shiJiayi = citizen({ name: "石佳怡", sex: "2", birthDate: "2007-03-18", ethnicity: "06", issuedAt: "430302", sequence: 66 });
const tanZhigang = citizen({ name: "谭志刚", sex: "1", birthDate: "1969-06-30", ethnicity: "01", issuedAt: "430321", sequence: 71 });
const zhouYulan = citizen({ name: "周玉兰", sex: "2", birthDate: "1971-02-02", ethnicity: "01", issuedAt: "430321", sequence: 82 });
const heChun_e = citizen({ name: "贺春娥", sex: "2", birthDate: "1933-01-15", ethnicity: "01", issuedAt: "430382", sequence: 20 });
/** 𣵦 lies outside the Basic Multilingual Plane (U+23D66): names are counted in code points. */
const liuSu = citizen({ name: "刘𣵦", sex: "1", birthDate: "1985-10-01", ethnicity: "01", issuedAt: "430381", sequence: 59 });
const wangJianping = citizen({ name: "王建平", sex: "1", birthDate: "1960-07-07", ethnicity: "01", issuedAt: "430311", sequence: 13 });
const pengDefu = citizen({ name: "彭德福", sex: "1", birthDate: "1938-12-02", ethnicity: "01", issuedAt: "430321", sequence: 35 });

// ---------------------------------------------------------------------------------
// Employers (synthetic credit codes; old enterprises keep their pre-2015 numeric bodies).
// ---------------------------------------------------------------------------------

const yueluPrecision = employer("91", "430104", "18376425", "长沙岳麓精工机械有限公司");
const xingchengConstruction = employer("91", "430111", "MA4L1N7Q", "长沙星城建设工程有限公司");
const siluCatering = employer("91", "430105", "MA4LB2K8", "长沙丝路餐饮管理有限公司");
const xiangjiangData = employer("91", "430104", "MA4M0R3T", "长沙湘江数据服务有限公司");
const luguIntelligent = employer("91", "430104", "MA4P6H2W", "长沙麓谷智能科技有限公司");
const fenglinSchool = employer("12", "430104", "44488163", "长沙市岳麓区枫林中学");
const thirdTextile = employer("91", "430105", "18390215", "长沙第三纺织厂");
const furongTax = employer("91", "430102", "MA4PC8J1", "长沙芙蓉财税咨询有限公司");
const tianyuanRail = employer("91", "430211", "18441736", "株洲天元轨道装备有限公司");
const shifengSmelting = employer("91", "430204", "18452037", "株洲石峰冶炼有限公司");
const hetangCeramics = employer("91", "430202", "32041876", "株洲荷塘陶瓷有限公司");
const lusongApparel = employer("91", "430203", "MA4LR5E9", "株洲芦淞服饰有限公司");
const yuetangMotor = employer("91", "430304", "MA4L2T6W", "湘潭岳塘电机有限公司");
const yuhuSteel = employer("91", "430302", "18427351", "湘潭雨湖钢构有限公司");
const jinshiBuilding = employer("91", "430381", "MA4M5B3Y", "湘乡市金石建材有限公司");
const xiangtanCable = employer("91", "430304", "18440722", "湘潭电缆厂");

// ---------------------------------------------------------------------------------
// Agencies
// ---------------------------------------------------------------------------------

const csHrss = agency(changsha, "hrss");
const csMedical = agency(changsha, "healthcareSecurity");
const zzHrss = agency(zhuzhou, "hrss");
const zzMedical = agency(zhuzhou, "healthcareSecurity");
const xtHrss = agency(xiangtan, "hrss");
const xtMedical = agency(xiangtan, "healthcareSecurity");

/** The agencies that publish each city's export. */
export const publishers: Readonly<Record<CityCode, Agency>> = {
  [changsha]: csHrss,
  [zhuzhou]: zzHrss,
  [xiangtan]: xtHrss,
};

/** The agencies that run each city's insurance schemes: medical and maternity under 医保局, the rest under 人社局. */
function schemeAgency(city: CityCode, scheme: InsuranceScheme) {
  return agency(city, scheme.startsWith("medical.") || scheme === "maternity" ? "healthcareSecurity" : "hrss");
}

/** Open employee enrolments with one employer from `start`, numbered from `first`; wage bases on the pension and medical ones. */
function openEmployeeEnrolments(
  city: CityCode,
  first: number,
  who: PersonRecord,
  work: Employer,
  start: string,
  schemes: readonly ("pension.employee" | "medical.employee" | "unemployment" | "workInjury")[],
  base: number,
): EnrolmentRecord[] {
  return schemes.map((scheme, i) =>
    enrolment(recordId(city, "E", first + i), city, who, {
      scheme,
      agency: schemeAgency(city, scheme),
      employer: work,
      contributionStatus: "1",
      employmentStatus: "0",
      period: { start },
      ...(scheme === "pension.employee" || scheme === "medical.employee" ? { monthlyContributionBase: base } : {}),
    }),
  );
}

/** The last three months paid before the export's `asOf` (2026-10-31). */
const recentMonths = ["2026-08", "2026-09", "2026-10"] as const;

// ---------------------------------------------------------------------------------
// Xiangtan records come first in the source because Changsha's and Zhuzhou's
// transfers point at enrolments of Xiangtan.
// ---------------------------------------------------------------------------------

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
const xtYiMedicalContributions = contributionYears({ from: "2016-07", to: "2026-09", monthlyBase: baseAt(90), individualPercent: 2, employerPercent: 8 });
const xtYiMedical = enrolment(xtE(2), xiangtan, xtYiXuemei, {
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
const xtHuPensionContributions = contributionYears({ from: "2008-07", to: "2026-03", monthlyBase: baseAt(100), individualPercent: 8, employerPercent: 16 });
const xtHuPension = enrolment(xtE(3), xiangtan, xtHuHaitao, {
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

const xiangtanRecords: CztRecord[] = [
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

// ---------------------------------------------------------------------------------
// Changsha
// ---------------------------------------------------------------------------------

const csP = (n: number) => recordId(changsha, "P", n);
const csE = (n: number) => recordId(changsha, "E", n);
const csT = (n: number) => recordId(changsha, "T", n);
const csA = (n: number) => recordId(changsha, "A", n);

const transferClosed = "2025-04-02T16:10:00+08:00";

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
const zhouChangshaContributions = contributionYears({ from: "1996-07", to: "2024-12", monthlyBase: baseAt(120), individualPercent: 8, employerPercent: 16 });
const csZhouPension = enrolment(csE(1), changsha, csZhouZhiqiang, {
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

const changshaRecords: CztRecord[] = [
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
    payments: monthlyPayments(recentMonths, yuan(2150), 5),
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

// ---------------------------------------------------------------------------------
// Zhuzhou
// ---------------------------------------------------------------------------------

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

const zzWuChangshun = person(zzP(7), wuChangshun, {
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

const zhuzhouRecords: CztRecord[] = [
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
  enrolment(zzE(14), zhuzhou, zzWuChangshun, {
    scheme: "medical.resident",
    agency: zzMedical,
    contributionStatus: "1",
    employmentStatus: "1",
    period: { start: "2013-01-01" },
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
  transfer(zzT(1), zzZhouZhiqiang, {
    kind: "pension.employee.intercity",
    from: csZhouPension,
    to: { city: zhuzhou, agency: zzHrss, enrolment: zzZhouPension },
    steps: [
      { status: "requested", at: "2025-03-03T09:40:00+08:00" },
      { status: "letterIssued", at: "2025-03-12T14:30:00+08:00" },
      { status: "fundsTransferred", at: "2025-03-26T10:15:00+08:00" },
      { status: "completed", at: transferClosed },
    ],
    contributions: zhouChangshaContributions,
    accountInterestPercent: 35,
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
    payments: monthlyPayments(recentMonths, yuan(2580), 5),
    lastReviewDate: "2026-04-08",
    nextReviewDate: "2027-04-08",
    specialCare: { category: "21" },
  }),
];

/** The records of each city's export, in export order: people, enrolments, transfers, assistance. */
export const population: Readonly<Record<CityCode, readonly CztRecord[]>> = {
  [changsha]: changshaRecords,
  [zhuzhou]: zhuzhouRecords,
  [xiangtan]: xiangtanRecords,
};
