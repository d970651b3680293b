import { addDays } from "../arbitraries/calendar.js";
import { datasetAsOf } from "../arbitraries/person.js";
import type { AssistanceRecord, CztRecord } from "../records.js";
import { isAssistance, isDibaoCase, type Mutator, mutateOne } from "./mutator.js";

const isActiveCase = (record: CztRecord): record is AssistanceRecord => isAssistance(record) && record.caseStatus === "active";


export const assistanceMutators: readonly Mutator[] = [
  {
    ruleId: "assistance.dibao-benefit",
    description: "pay one fen more than (standard − income) × covered members",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isDibaoCase, (assistance) => {
        assistance.benefitAmount += 1;
      }),
  },
  {
    ruleId: "assistance.dibao-income-below-standard",
    description: "raise the household's per-capita income to the standard",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isDibaoCase, (assistance) => {
        assistance.perCapitaIncome = assistance.monthlyStandard!;
        assistance.benefitAmount = 0;
      }),
  },
  {
    ruleId: "assistance.dibao-standard-matches-table",
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
];
