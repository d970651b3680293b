/**
 * Special care, charity and welfare institutions (standard 1.1), in each city: a 优抚
 * person with two categories and a disability grade, paid from central and county funds;
 * the city charity federation with a restricted 大病救助 project and an unrestricted
 * 一元捐 project, donations of each donor type, and relief paid from the restricted
 * project for its purpose; a 特困 集中供养 resident in a public care home. Record numbers
 * 601–699 (helper range of this scenario).
 */
import { agency, changsha, xiangtan, zhuzhou } from "../agencies.js";
import { assistanceCase, centralAndCountyFunding, citizen, enrolment, type Identity, monthlyPayments, person, recordId } from "../builders.js";
import { creditCode } from "../identifiers.js";
import type { CityCode, CztRecord, DonationRecord, OrganisationRecord, PersonRecord } from "../model.js";
import { yuan } from "../money.js";
import { recentMonths } from "../population/recent-months.js";
import type { Scenario } from "./scenario.js";

interface CareCity {
  city: CityCode;
  name: string;
  /** County or district of the care home (and of the people's hukou). */
  county: string;
  homeName: string;
  homeCapacity: number;
  /** Organisation-code body of the care home (a public institution, 12…). */
  homeBody: string;
  /** Body of the donating enterprise's code. */
  enterpriseBody: string;
  enterpriseName: string;
  veteran: Identity;
  specialCare: { categories: string[]; grade: string; nature: string; certificate: string };
  /** Monthly 优抚 payment and its central share. */
  pension: number;
  centralShare: number;
  patient: Identity;
  resident: Identity;
  tekunStandard: number;
}

const cities: readonly CareCity[] = [
  {
    city: changsha,
    name: "长沙市",
    county: "430182",
    homeName: "宁乡市社会福利中心",
    homeCapacity: 180,
    homeBody: "44490061",
    enterpriseBody: "MA4Q3C61",
    enterpriseName: "长沙湘楚食品有限公司",
    veteran: citizen({ name: "黄建军", sex: "1", birthDate: "1958-06-14", ethnicity: "01", issuedAt: "430182", sequence: 37 }),
    // Disabled in combat in 1979: a disabled serviceman (11) and a veteran of combat (51).
    specialCare: { categories: ["11", "51"], grade: "6", nature: "inCombat", certificate: "湘残军字第430182601号" },
    pension: yuan(2860),
    centralShare: yuan(2300),
    patient: citizen({ name: "孙佳怡", sex: "2", birthDate: "2013-10-09", ethnicity: "01", issuedAt: "430182", sequence: 62 }),
    resident: citizen({ name: "周满仓", sex: "1", birthDate: "1946-12-01", ethnicity: "01", issuedAt: "430182", sequence: 19 }),
    tekunStandard: yuan(1170),
  },
  {
    city: zhuzhou,
    name: "株洲市",
    county: "430225",
    homeName: "炎陵县敬老院",
    homeCapacity: 96,
    homeBody: "44491172",
    enterpriseBody: "MA4R5D72",
    enterpriseName: "株洲炎帝陶瓷有限公司",
    veteran: citizen({ name: "刘国平", sex: "1", birthDate: "1962-03-08", ethnicity: "01", issuedAt: "430225", sequence: 53 }),
    // Disabled on duty, and a rural veteran aged 60 or over (43, from 2011).
    specialCare: { categories: ["11", "43"], grade: "8", nature: "onDuty", certificate: "湘残军字第430225602号" },
    pension: yuan(1540),
    centralShare: yuan(1200),
    patient: citizen({ name: "谭雨轩", sex: "1", birthDate: "1979-01-22", ethnicity: "01", issuedAt: "430225", sequence: 15 }),
    resident: citizen({ name: "易金花", sex: "2", birthDate: "1941-07-17", ethnicity: "01", issuedAt: "430225", sequence: 28 }),
    tekunStandard: yuan(1100),
  },
  {
    city: xiangtan,
    name: "湘潭市",
    county: "430321",
    homeName: "湘潭县社会福利院",
    homeCapacity: 150,
    homeBody: "44492283",
    enterpriseBody: "MA4T7E83",
    enterpriseName: "湘潭莲城电机有限公司",
    veteran: citizen({ name: "彭志刚", sex: "1", birthDate: "1955-11-30", ethnicity: "01", issuedAt: "430321", sequence: 71 }),
    // Disabled by illness in service, and a veteran of the nuclear tests (61).
    specialCare: { categories: ["11", "61"], grade: "7", nature: "illness", certificate: "湘残军字第430321603号" },
    pension: yuan(1980),
    centralShare: yuan(1600),
    patient: citizen({ name: "贺思远", sex: "1", birthDate: "2008-05-19", ethnicity: "01", issuedAt: "430321", sequence: 33 }),
    resident: citizen({ name: "胡冬秀", sex: "2", birthDate: "1944-02-25", ethnicity: "01", issuedAt: "430321", sequence: 46 }),
    tekunStandard: yuan(1100),
  },
];

const lastUpdated = "2026-10-30T17:45:00+08:00";

function resident(id: string, who: Identity, county: string): PersonRecord {
  return person(id, who, { hukou: { division: county, residenceType: "rural", historicalCategory: "agricultural" }, residenceDivision: county });
}


function careRecords(c: CareCity): CztRecord[] {
  const p = (n: number) => recordId(c.city, "P", n);
  const a = (n: number) => recordId(c.city, "A", n);
  const o = (n: number) => recordId(c.city, "O", n);
  const d = (n: number) => recordId(c.city, "D", n);
  const year = recentMonths[0].slice(0, 4);
  const illnessProject = `${c.city}-${year}-DBJZ`;
  const oneYuanProject = `${c.city}-${year}-YYJ`;

  const veteran = resident(p(601), c.veteran, c.county);
  const patient = resident(p(602), c.patient, c.county);
  const elder = resident(p(603), c.resident, c.county);

  const charity: OrganisationRecord = {
    recordType: "organisation",
    id: o(601),
    kind: "charity",
    name: `${c.name}慈善总会`,
    creditCode: agency(c.city, "charityFederation").creditCode,
    city: c.city,
    division: c.city,
    registeredOn: "2017-09-01",
    projects: [
      { code: illnessProject, name: "大病救助", purposes: ["medical"], restricted: true, period: { start: `${year}-01-01`, end: `${year}-12-31` } },
      { code: oneYuanProject, name: "一元捐 扶贫济困", purposes: ["poverty", "elderly", "children"], restricted: false },
    ],
    meta: { lastUpdated },
  };
  const home: OrganisationRecord = {
    recordType: "organisation",
    id: o(602),
    kind: "careHome",
    name: c.homeName,
    creditCode: creditCode("12", c.county, c.homeBody),
    city: c.city,
    division: c.county,
    ownership: "public",
    capacity: c.homeCapacity,
    meta: { lastUpdated },
  };
  const donation = (n: number, fields: Omit<DonationRecord, "recordType" | "id" | "organisationId" | "city" | "meta">): DonationRecord => ({
    recordType: "donation",
    id: d(n),
    organisationId: charity.id,
    city: c.city,
    ...fields,
    meta: { lastUpdated },
  });
  const donations = [
    donation(601, { donorType: "individual", donorName: "陈雅琴", amount: yuan(5000), receivedOn: `${year}-03-12`, projectCode: illnessProject, restricted: true }),
    donation(602, { donorType: "enterprise", donorName: c.enterpriseName, donorCreditCode: creditCode("91", c.county, c.enterpriseBody), amount: yuan(200000), receivedOn: `${year}-04-02`, projectCode: illnessProject, restricted: true }),
    donation(603, { donorType: "oneYuan", amount: yuan(18642), receivedOn: `${year}-06-30`, projectCode: oneYuanProject, restricted: false }),
    donation(604, { donorType: "workplace", donorName: `${c.name}直属机关工会`, amount: yuan(36500), receivedOn: `${year}-05-20`, restricted: false }),
  ];

  return [
    veteran,
    patient,
    elder,
    enrolment(recordId(c.city, "E", 601), c.city, elder, {
      scheme: "medical.resident",
      agency: agency(c.city, "healthcareSecurity"),
      contributionStatus: "1",
      employmentStatus: "0",
      period: { start: "2017-01-01" },
    }),
    charity,
    home,
    ...donations,
    assistanceCase(a(601), {
      programme: "specialCare",
      city: c.city,
      agency: agency(c.city, "veteransAffairs"),
      beneficiary: veteran,
      caseStatus: "active",
      dates: { applied: "2004-11-02", approved: "2005-01-10" },
      benefitAmount: c.pension,
      payments: centralAndCountyFunding(monthlyPayments(recentMonths, c.pension, 6), c.centralShare),
      lastReviewDate: "2026-04-15",
      nextReviewDate: "2027-04-15",
      specialCare: {
        category: c.specialCare.categories[0]!,
        categories: c.specialCare.categories,
        disability: { grade: c.specialCare.grade, nature: c.specialCare.nature, certificateNumber: c.specialCare.certificate },
      },
    }),
    assistanceCase(a(602), {
      programme: "charityRelief",
      city: c.city,
      agency: agency(c.city, "charityFederation"),
      beneficiary: patient,
      caseStatus: "terminated",
      dates: { applied: `${year}-07-06`, approved: `${year}-07-20`, terminated: `${year}-07-31` },
      benefitAmount: yuan(30000),
      payments: [{ month: `${year}-07`, amount: yuan(30000), paidOn: `${year}-07-28`, funding: [{ source: "charity", amount: yuan(30000) }] }],
      charity: { fundingSource: "enterprise", organisationId: charity.id, projectCode: illnessProject, purpose: "medical" },
    }),
    assistanceCase(a(603), {
      programme: "tekun.centralised",
      city: c.city,
      agency: agency(c.county, "civilAffairs"),
      beneficiary: elder,
      caseStatus: "active",
      dates: { applied: "2019-04-08", approved: "2019-05-16" },
      monthlyStandard: c.tekunStandard,
      benefitAmount: c.tekunStandard,
      payments: monthlyPayments(recentMonths, c.tekunStandard, 10),
      lastReviewDate: "2026-05-12",
      nextReviewDate: "2027-05-12",
      institution: { organisationId: home.id, admitted: "2019-06-01" },
    }),
  ];
}

export const scenario: Scenario = Object.fromEntries(cities.map((c) => [c.city, careRecords(c)]));
