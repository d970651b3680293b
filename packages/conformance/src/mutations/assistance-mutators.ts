import { addDays } from "../arbitraries/calendar.js";
import { generatedDibaoStandards } from "../arbitraries/generated-parameters.js";
import { datasetAsOf } from "../arbitraries/person.js";
import type { AssistanceRecord, CztRecord } from "../records.js";
import { isAssistance, isDibaoCase, isEnrolment, isPerson, type Mutation, type Mutator, mutateOne } from "./mutator.js";

const isActiveCase = (record: CztRecord): record is AssistanceRecord => isAssistance(record) && record.caseStatus === "active";
const isActiveDibaoCase = (record: CztRecord): record is AssistanceRecord => isDibaoCase(record) && record.caseStatus === "active";

/** A case that lists its household members and says how many are covered. */
const listsCoveredMembers = (record: CztRecord): record is AssistanceRecord =>
  isAssistance(record) && (record.household?.members?.length ?? 0) > 0 && record.coveredMembers !== undefined;

/** A case that lists two or more household members (a size of one less stays schema-valid). */
const listsSeveralMembers = (record: CztRecord): record is AssistanceRecord => isAssistance(record) && (record.household?.members?.length ?? 0) >= 2;

/** A 特困 case that states its standard. */
const isTekunCase = (record: CztRecord): record is AssistanceRecord => isAssistance(record) && record.programme.startsWith("tekun.");
/** Basic medical insurance (the schemes 资助参保 enrols assisted people in). */
const isBasicMedical = (record: CztRecord) => isEnrolment(record) && (record.scheme === "medical.resident" || record.scheme === "medical.employee");

/**
 * Drops the resident medical enrolment of the person an active 低保 case is for; undefined
 * when no other basic medical enrolment is left (the rule does not judge such a dataset).
 */
function dropSubsidisedMedical(entries: Parameters<Mutator["mutate"]>[0], pick: number): Mutation | undefined {
  const mutation = mutateOne(entries, pick, isActiveDibaoCase, (dibao, copy) => {
    const kept = copy.filter((entry) => !(isEnrolment(entry.record) && entry.record.scheme === "medical.resident" && entry.record.personId === dibao.personId));
    copy.splice(0, copy.length, ...kept);
    return copy.findIndex((entry) => entry.record === dibao);
  });
  return mutation !== undefined && mutation.entries.some((entry) => isBasicMedical(entry.record)) ? mutation : undefined;
}

/** An active 低保 case with at least one payment. */
const paidDibaoCase = (record: CztRecord): record is AssistanceRecord =>
  isDibaoCase(record) && record.caseStatus === "active" && record.lastReviewDate !== undefined && (record.payments?.length ?? 0) > 0;

export const assistanceMutators: readonly Mutator[] = [
  {
    ruleId: "assistance.covered-members-count",
    description: "flip one member's covered flag, leaving coveredMembers (and so the benefit) as it was",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, listsCoveredMembers, (assistance) => {
        // Uncovering someone (the head is always covered in generated cases) adds no beneficiary, so no exclusivity rule can fire.
        const members = assistance.household!.members!;
        const member = members.find((candidate) => candidate.covered) ?? members[0]!;
        member.covered = !member.covered;
      }),
  },
  {
    ruleId: "assistance.household-size",
    description: "give the household one person fewer than its member list",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, listsSeveralMembers, (assistance) => {
        assistance.household!.size = assistance.household!.members!.length - 1;
      }),
  },
  {
    ruleId: "assistance.dibao-benefit",
    // The payments, unchanged, no longer match the changed benefit.
    alsoFires: ["assistance.payment-amount"],
    description: "pay one fen more than (standard − income) × covered members",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isDibaoCase, (assistance) => {
        assistance.benefitAmount += 1;
      }),
  },
  {
    ruleId: "assistance.dibao-income-below-standard",
    // The payments, unchanged, no longer match the changed benefit.
    alsoFires: ["assistance.payment-amount"],
    description: "raise the household's per-capita income to the standard",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isDibaoCase, (assistance) => {
        assistance.perCapitaIncome = assistance.monthlyStandard!;
        assistance.benefitAmount = 0;
      }),
  },
  {
    ruleId: "assistance.dibao-standard-matches-table",
    // The payments, unchanged, no longer match the changed benefit.
    alsoFires: ["assistance.payment-amount"],
    description: "use a monthly standard other than the city's table entry",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isDibaoCase, (assistance) => {
        // Keep the benefit consistent with the new standard, so only the table rule breaks.
        assistance.monthlyStandard = assistance.monthlyStandard! + 100;
        const covered = assistance.coveredMembers ?? 1;
        assistance.benefitAmount = (assistance.monthlyStandard - (assistance.perCapitaIncome ?? 0)) * covered;
      }),
  },
  {
    ruleId: "assistance.review-overdue",
    description: "let the next review date pass 30 days before the as-of date",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isActiveCase, (assistance) => {
        assistance.lastReviewDate = addDays(datasetAsOf, -400);
        assistance.nextReviewDate = addDays(datasetAsOf, -30);
      }),
  },
  {
    ruleId: "assistance.household-head",
    description: "code a second listed member as 户主 (02)",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, listsSeveralMembers, (assistance) => {
        const members = assistance.household!.members!;
        const other = members.find((member) => member.personId !== assistance.household!.headPersonId)!;
        other.relationToHead = "02";
      }),
  },
  {
    ruleId: "assistance.household-head-not-listed",
    description: "name as head a person of the dataset who is not among the listed members, the old head recoded 99 (other)",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, listsCoveredMembers, (assistance, copy) => {
        const household = assistance.household!;
        const listed = new Set(household.members!.map((member) => member.personId));
        const outsider = copy.map((entry) => entry.record).find((record) => isPerson(record) && !listed.has(record.id));
        if (!outsider) return;
        household.headPersonId = outsider.id;
        for (const member of household.members!) if (member.relationToHead === "02") member.relationToHead = "99";
      }),
  },
  {
    ruleId: "assistance.tekun-standard-ratio",
    description: "set a 特困 standard at the city's rural 低保 level, below 1.3 times it",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isTekunCase, (assistance) => {
        assistance.monthlyStandard = generatedDibaoStandards[assistance.city as keyof typeof generatedDibaoStandards]["dibao.rural"];
      }),
  },
  {
    ruleId: "assistance.payment-amount",
    description: "pay one month one yuan more than the benefit in force",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, paidDibaoCase, (assistance) => {
        // One line for the month, so the month is not one paid twice (which the rule leaves to others).
        // In the month of the last review, when the benefit in force is known even without a review history.
        const first = assistance.payments![0]!;
        const month = assistance.lastReviewDate!.slice(0, 7);
        // A paid line (the generator also writes failed ones, which the rule rightly skips), without a funding split to keep in step.
        const { status: _status, funding: _funding, ...line } = first;
        assistance.payments = [{ ...line, month, paidOn: assistance.lastReviewDate!, amount: first.amount + 100 }];
      }),
  },
  {
    ruleId: "assistance.dibao-marginal-ceiling",
    description: "make a 低保 case a 低保边缘 one with an income of twice the standard",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isDibaoCase, (assistance) => {
        assistance.programme = "dibao.marginal";
        assistance.perCapitaIncome = assistance.monthlyStandard! * 2;
        assistance.benefitAmount = 0;
        delete assistance.payments;
      }),
  },
  {
    ruleId: "dataset.assisted-without-medical-enrolment",
    description: "drop the subsidised resident medical enrolment of the person an active 低保 case is for",
    mutate: dropSubsidisedMedical,
  },
];
