/**
 * Assistance as 1.1 records it (issue 14): a 渐退期 household in Changsha, a 单人保 case in
 * 炎陵县 (Zhuzhou, with the county's own rural standard), and a Xiangtan 特困 case whose
 * review history shows the benefit raised — 有进有出、有升有降. Record ids 500–599.
 */
import { agency, changsha, xiangtan, zhuzhou } from "../agencies.js";
import { assistanceCase, citizen, monthlyPayments, person, recordId, subsidisedMedical } from "../builders.js";
import { csMedical, xtMedical, zzMedical } from "../population/city-agencies.js";
import type { AssistanceRecord, CityCode, PersonRecord } from "../model.js";
import { yuan } from "../money.js";
import { recentMonths } from "../population/recent-months.js";
import type { Scenario } from "./scenario.js";

/** The fields 1.1 adds to a case (schemas/assistance.schema.json), on top of the 1.0 shape. */
type AssistanceRecord11 = AssistanceRecord & Record<string, unknown>;

/** A case with its 1.1 fields, and its household members' 1.1 details by person id. */
function with11(record: AssistanceRecord, fields: Record<string, unknown>, members: Record<string, Record<string, unknown>> = {}): AssistanceRecord11 {
  const household = record.household;
  const detailed = household?.members?.map((member) => ({ ...member, ...(members[member.personId] ?? {}) }));
  return { ...record, ...(household && detailed ? { household: { ...household, members: detailed } } : {}), ...fields } as AssistanceRecord11;
}

const liuHousehold = "430103-H-000500";
const luoHousehold = "430225-H-000500";

// Changsha: 刘建华 found work in March 2026; the household's income rose above the standard and it keeps 低保 in its 渐退期.
const liuJianhua = person(recordId(changsha, "P", 500), citizen({ name: "刘建华", sex: "1", birthDate: "1978-10-06", ethnicity: "01", issuedAt: "430103", sequence: 57 }), {
  hukou: { division: "430103", residenceType: "urban" },
  residenceDivision: "430103",
  household: { householdId: liuHousehold, relationToHead: "02" },
});
const pengLi = person(recordId(changsha, "P", 501), citizen({ name: "彭丽", sex: "2", birthDate: "1980-04-22", ethnicity: "01", issuedAt: "430103", sequence: 64 }), {
  hukou: { division: "430103", residenceType: "urban" },
  residenceDivision: "430103",
  household: { householdId: liuHousehold, relationToHead: "10" },
});
const gradualExitBenefit = yuan(400);
const gradualExitCase = with11(
  assistanceCase(recordId(changsha, "A", 500), {
    programme: "dibao.urban",
    city: changsha,
    agency: agency("430103", "civilAffairs"),
    caseStatus: "active",
    dates: { applied: "2023-02-06", approved: "2023-03-20" },
    household: {
      householdId: liuHousehold,
      head: liuJianhua,
      members: [
        { person: liuJianhua, relationToHead: "02", covered: true },
        { person: pengLi, relationToHead: "10", covered: true },
      ],
    },
    monthlyStandard: yuan(900),
    perCapitaIncome: yuan(950),
    benefitAmount: gradualExitBenefit,
    payments: monthlyPayments(recentMonths, gradualExitBenefit, 10),
    lastReviewDate: "2026-06-15",
    nextReviewDate: "2026-12-15",
  }),
  {
    division: "430103",
    benefitFrequency: "monthly",
    benefitKind: "cash",
    dibaoCategory: "C",
    povertyCauses: ["unemployment", "disability"],
    gradualExit: { start: "2026-03-01", end: "2026-12-31" },
    reviews: [
      { date: "2024-03-18", outcome: "continued", benefitBefore: yuan(900), benefitAfter: yuan(900) },
      { date: "2025-03-17", outcome: "lowered", benefitBefore: yuan(900), benefitAfter: yuan(700) },
      { date: "2026-03-16", outcome: "lowered", benefitBefore: yuan(700), benefitAfter: gradualExitBenefit },
      { date: "2026-06-15", outcome: "continued", benefitBefore: gradualExitBenefit, benefitAfter: gradualExitBenefit },
    ],
  },
  {
    [liuJianhua.id]: { labourCapacity: "full", memberSince: "2005-09-01", healthCondition: "healthy" },
    [pengLi.id]: { labourCapacity: "partial", memberSince: "2005-09-01", healthCondition: "disabled", disability: { category: "physical", grade: "3" } },
  },
);

// Zhuzhou, 炎陵县: 罗秀英's son is severely disabled; he alone is covered (单人保), at the county's rural standard.
const luoXiuying = person(recordId(zhuzhou, "P", 500), citizen({ name: "罗秀英", sex: "2", birthDate: "1962-01-15", ethnicity: "13", issuedAt: "430225", sequence: 28 }), {
  hukou: { division: "430225", residenceType: "rural" },
  residenceDivision: "430225",
  household: { householdId: luoHousehold, relationToHead: "02" },
});
const tanWei = person(recordId(zhuzhou, "P", 501), citizen({ name: "谭伟", sex: "1", birthDate: "1990-07-09", ethnicity: "13", issuedAt: "430225", sequence: 35 }), {
  hukou: { division: "430225", residenceType: "rural" },
  residenceDivision: "430225",
  household: { householdId: luoHousehold, relationToHead: "20" },
});
const singleBenefit = yuan(550);
const singleMemberCase = with11(
  assistanceCase(recordId(zhuzhou, "A", 500), {
    programme: "dibao.rural",
    city: zhuzhou,
    agency: agency("430225", "civilAffairs"),
    caseStatus: "active",
    dates: { applied: "2025-08-04", approved: "2025-09-22" },
    household: {
      householdId: luoHousehold,
      head: luoXiuying,
      members: [
        { person: luoXiuying, relationToHead: "02", covered: false },
        { person: tanWei, relationToHead: "20", covered: true },
      ],
    },
    monthlyStandard: yuan(620),
    perCapitaIncome: yuan(700),
    benefitAmount: singleBenefit,
    classifiedSupplement: yuan(100),
    payments: monthlyPayments(recentMonths, singleBenefit + yuan(100), 12),
    lastReviewDate: "2026-09-10",
    nextReviewDate: "2027-09-10",
  }),
  {
    division: "430225",
    dibaoCategory: "A",
    povertyCauses: ["disability"],
    classifiedSupplementReasons: ["severeDisability"],
    singleMemberCoverage: { start: "2025-09-22" },
    reviews: [{ date: "2026-09-10", outcome: "continued", benefitBefore: singleBenefit, benefitAfter: singleBenefit }],
    legalSupporters: [{ name: "谭建平", obligation: "support", supportedPersonId: tanWei.id }],
  },
  {
    [luoXiuying.id]: { labourCapacity: "partial", memberSince: "1985-03-01", healthCondition: "chronicIllness" },
    [tanWei.id]: { labourCapacity: "none", memberSince: "1990-07-09", healthCondition: "disabled", disability: { category: "intellectual", grade: "1", certificateNumber: `${tanWei.idNumber}51` } },
  },
);

// Xiangtan: 石永福, 特困 at home; the 2026 review raised his support with the new standard.
const shiYongfu = person(recordId(xiangtan, "P", 500), citizen({ name: "石永福", sex: "1", birthDate: "1951-11-30", ethnicity: "01", issuedAt: "430321", sequence: 13 }), {
  hukou: { division: "430321", residenceType: "rural" },
  residenceDivision: "430321",
});
const tekunBenefit = yuan(780);
const tekunCase = with11(
  assistanceCase(recordId(xiangtan, "A", 500), {
    programme: "tekun.dispersed",
    city: xiangtan,
    agency: agency("430321", "civilAffairs"),
    caseStatus: "active",
    dates: { applied: "2018-04-02", approved: "2018-05-14" },
    beneficiary: shiYongfu,
    benefitAmount: tekunBenefit,
    payments: monthlyPayments(recentMonths, tekunBenefit, 15),
    lastReviewDate: "2026-04-20",
    nextReviewDate: "2027-04-20",
  }),
  {
    division: "430321",
    benefitFrequency: "monthly",
    benefitKind: "cash",
    povertyCauses: ["oldAge", "lackOfLabour"],
    reviews: [
      { date: "2025-04-21", outcome: "continued", benefitBefore: yuan(720), benefitAfter: yuan(720) },
      { date: "2026-04-20", outcome: "raised", benefitBefore: yuan(720), benefitAfter: tekunBenefit },
    ],
  },
);

/** A case granted to one person, paid monthly unless said otherwise. */
function personalCase(id: string, city: CityCode, division: string, who: PersonRecord, programme: string, amount: number, dates: { applied: string; approved: string; terminated?: string }, fields: Record<string, unknown> = {}): AssistanceRecord11 {
  const terminated = dates.terminated !== undefined;
  const record = assistanceCase(id, {
    programme: programme as AssistanceRecord["programme"],
    city,
    agency: agency(division, programme.startsWith("welfare.") && programme.includes("isability") ? "disabledPersonsFederation" : "civilAffairs"),
    caseStatus: terminated ? "terminated" : "active",
    dates,
    beneficiary: who,
    benefitAmount: amount,
    ...(terminated ? {} : { payments: monthlyPayments(recentMonths, amount, 20), lastReviewDate: "2026-07-01", nextReviewDate: "2027-07-01" }),
  });
  return with11(record, { division, benefitFrequency: "monthly", benefitKind: "cash", ...fields });
}

// The other programmes 1.1 adds, each on a case of its own.
const zhangXiaoyu = person(recordId(changsha, "P", 502), citizen({ name: "张小宇", sex: "1", birthDate: "2014-05-18", ethnicity: "01", issuedAt: "430103", sequence: 15 }), {
  hukou: { division: "430103", residenceType: "urban" },
  residenceDivision: "430103",
});
const wuDahai = person(recordId(changsha, "P", 503), citizen({ name: "吴大海", sex: "1", birthDate: "1969-08-02", issuedAt: "430103", sequence: 91 }), {});
const liTingting = person(recordId(zhuzhou, "P", 502), citizen({ name: "李婷婷", sex: "2", birthDate: "2016-12-03", ethnicity: "13", issuedAt: "430225", sequence: 44 }), {
  hukou: { division: "430225", residenceType: "rural" },
  residenceDivision: "430225",
});
const huGuiying = person(recordId(xiangtan, "P", 501), citizen({ name: "胡桂英", sex: "2", birthDate: "1940-02-11", ethnicity: "01", issuedAt: "430302", sequence: 26 }), {
  hukou: { division: "430302", residenceType: "urban" },
  residenceDivision: "430302",
});

const otherProgrammes = {
  [changsha]: [
    zhangXiaoyu,
    wuDahai,
    personalCase(recordId(changsha, "A", 501), changsha, "430103", liuJianhua, "employmentAid", yuan(500), { applied: "2026-02-02", approved: "2026-02-20" }, {
      benefitFrequency: "oneOff",
      benefitKind: "service",
      payments: undefined,
    }),
    personalCase(recordId(changsha, "A", 502), changsha, "430103", zhangXiaoyu, "welfare.orphan", yuan(1500), { applied: "2022-03-01", approved: "2022-03-25" }),
    personalCase(recordId(changsha, "A", 503), changsha, "430103", wuDahai, "vagrantAid", yuan(300), { applied: "2026-10-08", approved: "2026-10-08" }, {
      benefitFrequency: "perEvent",
      benefitKind: "inKind",
      payments: undefined,
    }),
  ],
  [zhuzhou]: [
    liTingting,
    personalCase(recordId(zhuzhou, "A", 501), zhuzhou, "430225", tanWei, "welfare.disabilityLivingSubsidy", yuan(80), { applied: "2025-09-01", approved: "2025-09-22" }),
    personalCase(recordId(zhuzhou, "A", 502), zhuzhou, "430225", tanWei, "welfare.severeDisabilityCareSubsidy", yuan(90), { applied: "2025-09-01", approved: "2025-09-22" }),
    personalCase(recordId(zhuzhou, "A", 503), zhuzhou, "430225", liTingting, "welfare.unattendedChild", yuan(1200), { applied: "2024-05-06", approved: "2024-06-03" }),
  ],
  [xiangtan]: [
    huGuiying,
    // Historic records stay valid: 石永福 was a 五保 person until 特困 replaced it, 胡桂英 an urban 三无 person.
    personalCase(recordId(xiangtan, "A", 501), xiangtan, "430321", shiYongfu, "wubao.rural", yuan(300), { applied: "2008-03-10", approved: "2008-04-15", terminated: "2016-09-30" }),
    personalCase(recordId(xiangtan, "A", 502), xiangtan, "430302", huGuiying, "sanwu.urban", yuan(450), { applied: "2009-06-01", approved: "2009-07-01", terminated: "2016-09-30" }),
  ],
} satisfies Scenario;

/** 资助参保: everyone the 低保 and 特困 cases cover, in resident medical insurance from the approval. */
const subsidisedEnrolments = {
  [changsha]: [subsidisedMedical(recordId(changsha, "E", 500), changsha, liuJianhua, csMedical, "2023-04-01"), subsidisedMedical(recordId(changsha, "E", 501), changsha, pengLi, csMedical, "2023-04-01")],
  [zhuzhou]: [subsidisedMedical(recordId(zhuzhou, "E", 500), zhuzhou, tanWei, zzMedical, "2025-10-01")],
  [xiangtan]: [subsidisedMedical(recordId(xiangtan, "E", 500), xiangtan, shiYongfu, xtMedical, "2018-06-01")],
} satisfies Scenario;

export const scenario: Scenario = {
  [changsha]: [liuJianhua, pengLi, gradualExitCase, ...otherProgrammes[changsha], ...subsidisedEnrolments[changsha]],
  [zhuzhou]: [luoXiuying, tanWei, singleMemberCase, ...otherProgrammes[zhuzhou], ...subsidisedEnrolments[zhuzhou]],
  [xiangtan]: [shiYongfu, tekunCase, ...otherProgrammes[xiangtan], ...subsidisedEnrolments[xiangtan]],
};
