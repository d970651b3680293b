import fc from "fast-check";
import type { AssistanceProgrammeCode, CharityFundingSourceCode, RelationToHeadCode, SpecialCareCategoryCode } from "@czt/types";
import type { AssistanceRecord, CityCode, HouseholdMember, PersonRecord } from "../records.js";

type PaymentLine = NonNullable<AssistanceRecord["payments"]>[number];
import { addDays, timestampOn } from "./calendar.js";
import { generatedDibaoStandards } from "./generated-parameters.js";
import { datasetAsOf } from "./person.js";
import { agencyOf } from "./places.js";

/** Household relations used for members after the head (spouse, son, daughter, parent). */
export const memberRelations: readonly RelationToHeadCode[] = ["10", "20", "30", "50"];

export interface DibaoChoice {
  programme: "dibao.urban" | "dibao.rural";
  /** Share (0–99 %) of the standard the household's per-capita income reaches. */
  incomeShare: number;
  /** Which members after the head are covered. */
  coveredMask: boolean[];
  classifiedSupplement: number | undefined;
  appliedDaysAgo: number;
  reviewedDaysAgo: number;
  nextReviewInDays: number;
  /** Each member's labour capacity (1.1), or none recorded; one able to work shortens the review interval. */
  labourCapacities?: ("full" | "partial" | "none" | undefined)[];
  /** The 1.1 description of the case: category, frequency and kind, and the last review in the history. */
  describe11?: boolean;
}

export function dibaoChoiceArbitrary(members: number): fc.Arbitrary<DibaoChoice> {
  return fc.record({
    programme: fc.constantFrom("dibao.urban", "dibao.rural"),
    incomeShare: fc.integer({ min: 0, max: 99 }),
    coveredMask: fc.array(fc.boolean(), { minLength: members, maxLength: members }),
    classifiedSupplement: fc.option(fc.integer({ min: 5_000, max: 30_000 }), { nil: undefined }),
    appliedDaysAgo: fc.integer({ min: 200, max: 2_000 }),
    reviewedDaysAgo: fc.integer({ min: 10, max: 150 }),
    nextReviewInDays: fc.integer({ min: 10, max: 170 }),
    labourCapacities: fc.array(fc.constantFrom("full", "partial", "none", undefined), { minLength: members + 1, maxLength: members + 1 }),
    describe11: fc.boolean(),
  });
}

/**
 * A 低保 case for a household whose members are the given persons (the head first):
 * the standard is the city's (see `generatedParameters`), the per-capita income is below it and the monthly benefit is
 * (standard − income) × covered members, as 社会救助暂行办法 says. `uniqueness`
 * nudges the income so that no two households of a dataset get the same amount per
 * member (which would look like 平均保).
 */
export function buildDibaoCase(id: string, city: CityCode, householdId: string, persons: readonly PersonRecord[], choice: DibaoChoice, uniqueness: number): AssistanceRecord {
  const members: HouseholdMember[] = persons.map((person, index) => {
    const member: HouseholdMember = {
      personId: person.id,
      relationToHead: person.household?.relationToHead ?? "02",
      covered: index === 0 || (choice.coveredMask[index - 1] ?? false),
    };
    const capacity = choice.labourCapacities?.[index];
    if (capacity !== undefined) member.labourCapacity = capacity;
    return member;
  });
  const covered = members.filter((member) => member.covered).length;
  const monthlyStandard = generatedDibaoStandards[city][choice.programme];
  const income = Math.max(0, Math.min(monthlyStandard - 1, Math.floor((monthlyStandard * choice.incomeShare) / 100) - (uniqueness % 997)));
  const benefit = (monthlyStandard - income) * covered;
  const applied = addDays(datasetAsOf, -choice.appliedDaysAgo);
  const approved = addDays(applied, 30);
  // The two calendar months before the as-of month (60 and 30 days back could fall in one month: paid twice).
  const paymentMonths = [monthBefore(datasetAsOf, 2), monthBefore(datasetAsOf, 1)].filter((month) => month > approved.slice(0, 7));
  const record: AssistanceRecord = {
    recordType: "assistance",
    id,
    meta: { lastUpdated: timestampOn("2025-06-03") },
    programme: choice.programme,
    personId: persons[0]!.id,
    household: { householdId, headPersonId: persons[0]!.id, size: persons.length, members },
    coveredMembers: covered,
    city,
    agency: agencyOf(city, "civilAffairs"),
    caseStatus: "active",
    dates: { applied, approved },
    monthlyStandard,
    perCapitaIncome: income,
    benefitAmount: benefit,
    lastReviewDate: addDays(datasetAsOf, -choice.reviewedDaysAgo),
    nextReviewDate: addDays(datasetAsOf, choice.nextReviewInDays),
  };
  if (choice.classifiedSupplement !== undefined) record.classifiedSupplement = choice.classifiedSupplement;
  if (choice.describe11 === true) {
    // Reviews come at most 150 days apart from the dataset's as-of date, within even the six-month interval.
    record.dibaoCategory = covered > 1 ? "B" : "A";
    record.benefitFrequency = "monthly";
    record.benefitKind = "cash";
    record.reviews = [{ date: record.lastReviewDate!, outcome: "continued", benefitBefore: benefit, benefitAfter: benefit }];
  }
  const total = benefit + (choice.classifiedSupplement ?? 0);
  if (paymentMonths.length > 0) record.payments = paymentLines(paymentMonths, total, uniqueness);
  return record;
}

/** `YYYY-MM` of the month `months` before the month of an ISO date. */
function monthBefore(iso: string, months: number): string {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1 - months, 1)).toISOString().slice(0, 7);
}

/**
 * One paid line per month, varied by `variant` the way agencies record them: plain; the
 * first month failed and paid again (one payment, not two); or a central/city funding split.
 */
function paymentLines(months: readonly string[], amount: number, variant: number): PaymentLine[] {
  const lines: PaymentLine[] = months.map((month) => ({ month, amount, paidOn: `${month}-10` }));
  if (variant % 3 === 1) {
    const first = lines[0]!;
    lines.splice(0, 1, { ...first, status: "failed", accountKind: "bankCard" }, { ...first, paidOn: `${first.month}-20`, accountKind: "socialSecurityCard", payee: { kind: "self" } });
  } else if (variant % 3 === 2) {
    const central = Math.floor(amount / 2);
    for (const line of lines) line.funding = [{ source: "central", amount: central }, { source: "city", amount: amount - central }];
  }
  return lines;
}

/** Programmes granted to one person (not household-assessed), with what each requires. */
export const personalProgrammes: readonly AssistanceProgrammeCode[] = [
  "tekun.centralised",
  "tekun.dispersed",
  "medicalAid",
  "housingAid",
  "educationAid",
  "disasterRelief",
  "temporaryAid",
  "welfare.elderly",
  "welfare.disability",
  "welfare.child",
  "charityRelief",
  "specialCare",
];

const departmentOfProgramme: Readonly<Record<string, string>> = {
  specialCare: "veteransAffairs",
  charityRelief: "charityFederation",
  "welfare.disability": "disabledPersonsFederation",
  medicalAid: "healthcareSecurity",
};

export interface PersonalAidChoice {
  programme: AssistanceProgrammeCode;
  benefitAmount: number;
  caseStatus: "applied" | "underReview" | "active";
  appliedDaysAgo: number;
  fundingSource: CharityFundingSourceCode;
  specialCareCategory: SpecialCareCategoryCode;
}

export function personalAidChoiceArbitrary(): fc.Arbitrary<PersonalAidChoice> {
  return fc.record({
    programme: fc.constantFrom(...personalProgrammes),
    benefitAmount: fc.integer({ min: 10_000, max: 300_000 }),
    caseStatus: fc.constantFrom("applied", "underReview", "active"),
    appliedDaysAgo: fc.integer({ min: 20, max: 1_500 }),
    fundingSource: fc.constantFrom<CharityFundingSourceCode[]>("individual", "enterprise", "organised"),
    specialCareCategory: fc.constantFrom<SpecialCareCategoryCode[]>("11", "12", "13", "14", "15", "21", "22", "23", "41", "42", "51", "61"),
  });
}

export function buildPersonalAid(id: string, city: CityCode, person: PersonRecord, choice: PersonalAidChoice): AssistanceRecord {
  const applied = addDays(datasetAsOf, -choice.appliedDaysAgo);
  const record: AssistanceRecord = {
    recordType: "assistance",
    id,
    meta: { lastUpdated: timestampOn("2025-06-03") },
    programme: choice.programme,
    personId: person.id,
    city,
    agency: agencyOf(city, departmentOfProgramme[choice.programme] ?? "civilAffairs"),
    caseStatus: choice.caseStatus,
    dates: choice.caseStatus === "active" ? { applied, approved: addDays(applied, 15) } : { applied },
    benefitAmount: choice.benefitAmount,
  };
  if (choice.caseStatus === "active") {
    record.lastReviewDate = addDays(datasetAsOf, -10);
    record.nextReviewDate = addDays(datasetAsOf, 180);
  }
  if (choice.programme === "charityRelief") record.charity = { fundingSource: choice.fundingSource };
  if (choice.programme === "specialCare") record.specialCare = { category: choice.specialCareCategory };
  return record;
}
