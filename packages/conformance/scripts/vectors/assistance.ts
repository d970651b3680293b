import { agency, asOf, changsha, dibaoCase, person, personalAid, xiangtan, zhuzhou } from "./base-records.js";
import { at, type Group, invalid, type JsonObject, merge, type Test, valid, warns, without } from "./builders.js";
import { idNumber } from "./check-characters.js";

/**
 * Assistance as agencies record it in 1.1 (issue 14): review intervals that cap
 * nextReviewDate (终身保), the review history, 渐退期 and 单人保, rounding tolerance, 低保
 * standards per county, payments against the benefit in force, 低保边缘 ceilings and 分档
 * tiers. A lawful case 1.0 flagged comes as two vectors: the 1.0 file (finding) and the
 * 1.1 file that records what makes it lawful (no finding).
 */

const source = "conformance vector figure, not official";
const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const header = (schemaVersion: string) => ({ recordType: "header", schemaVersion, publisher: { creditCode: "12430000444876548X", division: "430000", department: "cztCentre" }, city: changsha, created: "2025-06-30T12:00:00+08:00" });
/** A JSON Lines file of one version: the header, the beneficiary's person record and the case. */
const file = (schemaVersion: string, record: JsonObject): Partial<Test> => ({ raw: line(header(schemaVersion)) + line(person) + line(record), format: "jsonl" });

/** A 低保 case of one covered person (the base person, so a file needs no other records). */
const single = merge(without(dibaoCase, "household"), { coveredMembers: 1, benefitAmount: 55_000 });

/** A household whose covered spouse can work: reviewed every six months by default. */
const workingHousehold = merge(dibaoCase, {
  household: {
    members: [
      { personId: "430100-P-000001", relationToHead: "02", covered: true, labourCapacity: "none" },
      { personId: "430100-P-000005", relationToHead: "10", covered: true, labourCapacity: "full" },
      { personId: "430100-P-000006", relationToHead: "20", covered: false },
    ],
  },
});

const reviewGroup: Group = {
  description: "the review interval caps nextReviewDate (终身保, warning)",
  rules: ["assistance.review-overdue"],
  asOf,
  tests: [
    warns("assistance/review-2099", "a next review in 2099 after a last review in March 2024: due March 2025 by the 12-month default", {
      data: merge(dibaoCase, { lastReviewDate: "2024-03-01", nextReviewDate: "2099-12-31" }),
    }, [at("assistance.review-overdue", "/lastReviewDate")]),
    warns("assistance/review-working-member", "a covered member who can work: six months after November 2024, although nextReviewDate says November 2025", {
      data: merge(workingHousehold, { lastReviewDate: "2024-11-01", nextReviewDate: "2025-11-01" }),
    }, [at("assistance.review-overdue", "/lastReviewDate")]),
    valid("assistance/review-nobody-works", "the same household with no covered member able to work: twelve months, not yet due", {
      data: merge(dibaoCase, { lastReviewDate: "2024-11-01", nextReviewDate: "2025-11-01" }),
    }),
    valid("assistance/review-history-recent", "the review history's latest review (March 2025) counts, not an older lastReviewDate", {
      data: merge(without(dibaoCase, "nextReviewDate"), {
        lastReviewDate: "2024-03-01",
        reviews: [
          { date: "2024-03-01", outcome: "continued", benefitBefore: 110_000, benefitAfter: 110_000 },
          { date: "2025-03-01", outcome: "continued", benefitBefore: 110_000, benefitAfter: 110_000 },
        ],
      }),
    }),
    warns("assistance/review-history-overdue", "the latest review of the history was in May 2024", {
      data: merge(without(without(dibaoCase, "nextReviewDate"), "lastReviewDate"), {
        reviews: [
          { date: "2023-05-01", outcome: "raised", benefitBefore: 90_000, benefitAfter: 110_000 },
          { date: "2024-05-01", outcome: "continued", benefitBefore: 110_000, benefitAfter: 110_000 },
        ],
      }),
    }, [at("assistance.review-overdue", "/reviews/1/date")]),
    valid("assistance/review-agency-interval", "an agency table of 24 months replaces the default: the 2099 case is not yet due", {
      data: merge(dibaoCase, { lastReviewDate: "2024-03-01", nextReviewDate: "2099-12-31" }),
      parameters: { parametersVersion: "1.0", reviewInterval: [{ programme: "dibao.urban", validFrom: "2020-01-01", maxMonths: 24, source, verified: false }] },
    }),
  ],
};

const gradualExit = { perCapitaIncome: 90_000, benefitAmount: 20_000 };
const lawfulGroup: Group = {
  description: "渐退期 and 单人保 keep 低保 with an income at or above the standard",
  rules: ["assistance.dibao-income-below-standard"],
  asOf,
  tests: [
    invalid("assistance/gradual-exit-1.0", "1.0: a household whose income rose above the standard after a member found work cannot say so", file("1.0", merge(single, gradualExit)), [
      at("assistance.dibao-income-below-standard", "/perCapitaIncome", 1),
    ]),
    valid("assistance/gradual-exit-1.1", "1.1: the same household in its 渐退期 (January to June 2025)", file("1.1", merge(single, { ...gradualExit, gradualExit: { start: "2025-01-01", end: "2025-06-30" } }))),
    invalid("assistance/gradual-exit-ended", "a 渐退期 that ended in 2024 no longer exempts the case", {
      data: merge(single, { ...gradualExit, gradualExit: { start: "2024-01-01", end: "2024-06-30" } }),
    }, [at("assistance.dibao-income-below-standard", "/perCapitaIncome")]),
    invalid("assistance/single-member-1.0", "1.0: one severely disabled member covered alone in a household above the standard", file("1.0", merge(single, { perCapitaIncome: 100_000, benefitAmount: 85_000 })), [
      at("assistance.dibao-income-below-standard", "/perCapitaIncome", 1),
    ]),
    valid("assistance/single-member-1.1", "1.1: the same case recorded as 单人保 since 2024", file("1.1", merge(single, { perCapitaIncome: 100_000, benefitAmount: 85_000, singleMemberCoverage: { start: "2024-10-01" } }))),
  ],
};

const tolerance = (toleranceFen: number) => ({ parametersVersion: "1.0", benefitRoundingTolerance: [{ region: changsha, validFrom: "2020-01-01", toleranceFen, source, verified: false }] });
/** (85000 − 30050) × 2 = 109 900 fen, paid as ¥1 100. */
const paidToTheYuan = merge(dibaoCase, { perCapitaIncome: 30_050 });
const toleranceGroup: Group = {
  description: "the 低保 benefit within the local rounding tolerance; 分档 cases are paid by tier",
  rules: ["assistance.dibao-benefit"],
  asOf,
  tests: [
    invalid("assistance/benefit-to-the-yuan-without-tolerance", "paid to the yuan where no tolerance is set (as 1.0 demanded fen equality)", { data: paidToTheYuan }, [at("assistance.dibao-benefit", "/benefitAmount")]),
    valid("assistance/benefit-to-the-yuan", "paid to the yuan where the city's tolerance is 100 fen", { data: paidToTheYuan, parameters: tolerance(100) }),
    invalid("assistance/benefit-beyond-tolerance", "two yuan off where the tolerance is one", { data: merge(paidToTheYuan, { benefitAmount: 110_100 }), parameters: tolerance(100) }, [
      at("assistance.dibao-benefit", "/benefitAmount"),
    ]),
    valid("assistance/benefit-tiered", "a 分档 case in tier 2 is paid its tier's amount, not the gap", { data: merge(dibaoCase, { benefitTier: 2, benefitAmount: 100_000 }) }),
  ],
};

const zhuzhouRural = (division: string, monthlyStandard: number): JsonObject =>
  merge(without(dibaoCase, "household"), {
    id: "430200-A-000501",
    personId: "430200-P-000501",
    programme: "dibao.rural",
    city: zhuzhou,
    agency: agency(zhuzhou, "civilAffairs"),
    division,
    coveredMembers: 1,
    monthlyStandard,
    perCapitaIncome: 30_000,
    benefitAmount: monthlyStandard - 30_000,
  });
const cityRow = { city: zhuzhou, programme: "dibao.rural", validFrom: "2025-01-01", monthlyStandard: 60_000, source, verified: false };
const countyRow = { ...cityRow, division: "430225", monthlyStandard: 55_000 };
const countyGroup: Group = {
  description: "rural 低保 standards per county: a county row wins, a city row applies to its other counties",
  rules: ["assistance.dibao-standard-matches-table"],
  asOf,
  tests: [
    invalid("assistance/county-standard-city-table", "a 炎陵县 case at the county's ¥550 checked against a city-only table (as in 1.0)", {
      data: zhuzhouRural("430225", 55_000),
      parameters: { parametersVersion: "1.0", dibaoStandard: [cityRow] },
    }, [at("assistance.dibao-standard-matches-table", "/monthlyStandard")]),
    valid("assistance/county-standard", "the same case with a 炎陵县 row in the table", { data: zhuzhouRural("430225", 55_000), parameters: { parametersVersion: "1.0", dibaoStandard: [cityRow, countyRow] } }),
    valid("assistance/county-standard-city-row", "a 醴陵市 case: no county row, the city's ¥600 applies", { data: zhuzhouRural("430281", 60_000), parameters: { parametersVersion: "1.0", dibaoStandard: [cityRow, countyRow] } }),
    invalid("assistance/county-standard-differs", "a 炎陵县 case at the city's figure where the county has its own", {
      data: zhuzhouRural("430225", 60_000),
      parameters: { parametersVersion: "1.0", dibaoStandard: [cityRow, countyRow] },
    }, [at("assistance.dibao-standard-matches-table", "/monthlyStandard")]),
  ],
};

const lowered = merge(without(dibaoCase, "lastReviewDate"), {
  benefitAmount: 110_000,
  reviews: [{ date: "2025-03-10", outcome: "lowered", benefitBefore: 130_000, benefitAfter: 110_000 }],
});
const payments = (...lines: [string, number][]) => lines.map(([month, amount]) => ({ month, amount, paidOn: `${month}-15` }));
const paymentGroup: Group = {
  description: "each month's payment matches the benefit in force that month (warning)",
  rules: ["assistance.payment-amount"],
  asOf,
  tests: [
    valid("assistance/payments-follow-review", "¥1 300 until the March review lowered it, ¥1 100 after", {
      data: merge(lowered, { payments: payments(["2025-01", 130_000], ["2025-02", 130_000], ["2025-03", 110_000], ["2025-04", 110_000]) }),
    }),
    warns("assistance/payment-old-amount", "April still paid at the amount before the review", {
      data: merge(lowered, { payments: payments(["2025-03", 130_000], ["2025-04", 130_000]) }),
    }, [at("assistance.payment-amount", "/payments/1/amount")]),
    valid("assistance/payment-with-supplement", "the basic benefit plus the classified supplement", {
      data: merge(dibaoCase, { classifiedSupplement: 20_000, classifiedSupplementReasons: ["severeDisability"], payments: payments(["2025-05", 130_000]) }),
    }),
    valid("assistance/payment-to-the-yuan", "paid to the yuan within the city's tolerance", {
      data: merge(paidToTheYuan, { payments: payments(["2025-05", 110_000]) }),
      parameters: tolerance(100),
    }),
    warns("assistance/payment-to-the-yuan-without-tolerance", "one yuan off without a tolerance", {
      data: merge(dibaoCase, { payments: payments(["2025-05", 110_100]) }),
    }, [at("assistance.payment-amount", "/payments/0/amount")]),
    valid("assistance/payment-one-off", "one-off medical aid is not a monthly benefit", {
      data: merge(personalAid, { programme: "medicalAid", benefitFrequency: "oneOff", benefitKind: "cash", benefitAmount: 350_000, payments: payments(["2025-05", 120_000], ["2025-06", 230_000]) }),
    }),
  ],
};

const marginal = merge(dibaoCase, { programme: "dibao.marginal", perCapitaIncome: 120_000, benefitAmount: 0 });
const marginalGroup: Group = {
  description: "a 低保边缘 household within its income ceiling (default 1.5 × the 低保 standard, warning)",
  rules: ["assistance.dibao-marginal-ceiling"],
  asOf,
  tests: [
    valid("assistance/marginal-within-ceiling", "¥1 200 under a ceiling of ¥1 275 (1.5 × ¥850)", { data: marginal }),
    warns("assistance/marginal-above-ceiling", "¥1 300 above the ceiling of ¥1 275", { data: merge(marginal, { perCapitaIncome: 130_000 }) }, [at("assistance.dibao-marginal-ceiling", "/perCapitaIncome")]),
    valid("assistance/marginal-agency-ceiling", "an agency ceiling of 2 × the standard replaces the default", {
      data: merge(marginal, { perCapitaIncome: 130_000 }),
      parameters: { parametersVersion: "1.0", dibaoMarginalCeiling: [{ region: "430000", validFrom: "2020-01-01", ceilingPercent: 200, source, verified: false }] },
    }),
  ],
};

/** Five Xiangtan households of one programme, each of one person, all paid ¥500 a month, with their tiers. */
function tieredHouseholds(tiers: readonly number[]): { file: string; record: JsonObject }[] {
  const records: { file: string; record: JsonObject }[] = [];
  tiers.forEach((tier, n) => {
    const id = `430300-P-00055${n}`;
    records.push({ file: "430300-xiangtan.jsonl", record: merge(person, { id, idNumber: idNumber(`4303021976020210${n}`), birthDate: "1976-02-02", sex: n % 2 === 0 ? "2" : "1" }) });
    records.push({
      file: "430300-xiangtan.jsonl",
      record: merge(without(dibaoCase, "household"), {
        id: `430300-A-00055${n}`,
        personId: id,
        programme: "dibao.rural",
        city: xiangtan,
        agency: agency(xiangtan, "civilAffairs"),
        coveredMembers: 1,
        dibaoCategory: tier === 1 ? "A" : "B",
        benefitTier: tier,
        monthlyStandard: 70_000,
        perCapitaIncome: 10_000 + n * 2_000,
        benefitAmount: 50_000,
      }),
    });
  });
  return records;
}
const flatGroup: Group = {
  description: "平均保 and 分档: equal amounts within one tier are lawful, equal amounts across tiers are not (warning)",
  rules: ["dataset.flat-benefit"],
  asOf,
  tests: [
    valid("assistance/tiered-one-tier", "five tier-1 households with different incomes all get their tier's ¥500", { records: tieredHouseholds([1, 1, 1, 1, 1]) }),
    warns("assistance/tiered-across-tiers", "tiers 1 and 2 paid the same ¥500: the tiers make no difference", { records: tieredHouseholds([1, 2, 1, 2, 1]) }, [
      at("dataset.flat-benefit", "/benefitAmount", 1),
      at("dataset.flat-benefit", "/benefitAmount", 3),
      at("dataset.flat-benefit", "/benefitAmount", 5),
      at("dataset.flat-benefit", "/benefitAmount", 7),
      at("dataset.flat-benefit", "/benefitAmount", 9),
    ]),
  ],
};

/** A 低保 household as 1.1 records it, with every new field. */
const described = merge(workingHousehold, {
  division: "430102",
  benefitFrequency: "monthly",
  benefitKind: "cash",
  dibaoCategory: "A",
  povertyCauses: ["illness", "disability"],
  classifiedSupplement: 20_000,
  classifiedSupplementReasons: ["severeDisability"],
  household: {
    members: [
      { personId: "430100-P-000001", relationToHead: "02", covered: true, labourCapacity: "none", memberSince: "1990-03-07", disability: { category: "physical", grade: "1", certificateNumber: "43010219900307123441" }, healthCondition: "disabled" },
      { personId: "430100-P-000005", relationToHead: "10", covered: true, labourCapacity: "full", memberSince: "2014-10-01", healthCondition: "healthy" },
      { personId: "430100-P-000006", relationToHead: "20", covered: false, memberSince: "2015-09-01" },
    ],
  },
  legalSupporters: [{ name: "张建国", idNumber: idNumber("43010219600101001"), obligation: "maintenance", supportedPersonId: "430100-P-000001" }],
  reviews: [{ date: "2025-04-01", outcome: "continued", benefitBefore: 110_000, benefitAfter: 110_000 }],
});
const fieldsGroup: Group = {
  description: "the fields 1.1 adds to a case, and the programmes and their dates",
  rules: ["schema.enum", "code.not-active"],
  asOf,
  tests: [
    valid("assistance/fields-1.1", "a household with category, causes, labour capacity, disability, health, membership dates, supporters and review history", { data: described }),
    invalid("assistance/disability-grade-5", "GB/T 26341 has grades 1 to 4", {
      data: merge(described, { household: { members: [{ personId: "430100-P-000001", relationToHead: "02", covered: true, disability: { category: "physical", grade: "5" } }] }, coveredMembers: 1 }),
    }, [at("schema.enum", "/household/members/0/disability/grade")]),
    valid("assistance/programme-orphan", "孤儿基本生活保障, a programme of its own", { data: merge(personalAid, { programme: "welfare.orphan", benefitFrequency: "monthly" }) }),
    valid("assistance/programme-care-subsidy", "重度残疾人护理补贴, apart from the living subsidy", { data: merge(personalAid, { programme: "welfare.severeDisabilityCareSubsidy", benefitFrequency: "monthly" }) }),
    valid("assistance/programme-wubao-historic", "a 农村五保 case of 2010, before 特困 replaced it", {
      data: merge(personalAid, { programme: "wubao.rural", caseStatus: "terminated", dates: { applied: "2010-03-01", approved: "2010-04-01", terminated: "2016-09-30" } }),
    }),
  ],
};

export const assistanceGroups: Group[] = [reviewGroup, lawfulGroup, toleranceGroup, countyGroup, paymentGroup, marginalGroup, flatGroup, fieldsGroup];
