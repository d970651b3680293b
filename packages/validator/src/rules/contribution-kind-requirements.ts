import type { RecordRule } from "../rule.js";
import { v1 } from "./support/versions.js";

/** Individual contributions began in 1986 (the first contract workers); earlier years can only be deemed (视同缴费). */
const firstContributionYear = 1986;

const tooEarly = {
  "problem.zh": `早于 ${firstContributionYear} 年（个人缴费开始之年），只能是视同缴费（kind 为 deemed）`,
  "problem.en": `is before ${firstContributionYear}, when individual contributions began: only a deemed year (kind deemed) can be`,
  problem: "beforeContributions",
} as const;
const undated = {
  "problem.zh": "为补缴（backPayment），须填写实际缴费日期 paidOn",
  "problem.en": "is a back payment (backPayment) and needs the day it was paid, paidOn",
  problem: "backPaymentUndated",
} as const;

interface EntryLike {
  readonly year?: unknown;
  readonly kind?: unknown;
  readonly paidOn?: unknown;
}

/**
 * What each kind of contribution entry requires, on enrolments and on the contributions a
 * transfer carries (one definition, common.contributionYear): a year before 1986 is a
 * deemed year, and a back payment says when it was paid. A rule rather than a schema
 * condition, so that the schema only widens 1.0's minimum year.
 */
export const contributionKindRequirementsRule: RecordRule = {
  kind: "record",
  id: "contribution.kind-requirements",
  severity: "error",
  category: "date",
  appliesTo: ["enrolment", "transfer"],
  versions: v1,
  title: { zh: "缴费类型的要求", en: "What a contribution kind requires" },
  message: {
    zh: "第 {index} 条缴费记录（{year} 年）{problem}",
    en: "Contribution entry {index} ({year}) {problem}",
  },
  guidance: {
    zh: "个人缴费自 1986 年（劳动合同制工人）开始，此前的工作年限只能作为视同缴费年限（kind 为 deemed，金额为 0）；补缴（kind 为 backPayment）须填写实际缴费日期 paidOn，以便区分正常缴费和事后补缴。",
    en: "Individual contributions began in 1986 (contract workers); years of work before can only be deemed contribution years (kind deemed, amounts 0). A back payment (kind backPayment) gives the day it was paid, paidOn, so late payments can be told from regular ones.",
  },
  check(record, _context, emit) {
    const entries = record["contributions"];
    if (!Array.isArray(entries)) return;
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index] as EntryLike;
      if (typeof entry.year !== "number") continue;
      if (entry.kind !== "deemed" && entry.year < firstContributionYear) emit(`/contributions/${index}/year`, { index, year: entry.year, ...tooEarly });
      else if (entry.kind === "backPayment" && entry.paidOn === undefined) emit(`/contributions/${index}/paidOn`, { index, year: entry.year, ...undated });
    }
  },
};
