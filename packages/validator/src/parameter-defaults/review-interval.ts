import type { ReviewIntervalEntry } from "../parameters.js";
import type { DefaultRowProvenance } from "./confidence.js";

const dibaoSource =
  "最低生活保障审核确认办法（民发〔2021〕57号）：收入来源不固定、家庭成员有劳动能力的家庭每半年核查一次，其他家庭每年核查一次（intervals are set locally; domain reference §8, §10）";
const tekunSource = "特困人员认定办法（民发〔2021〕43号）：特困人员每年复核 [policy]（domain reference §10）";

const row = (programme: ReviewIntervalEntry["programme"], maxMonths: number, source: string, memberCanWork?: boolean): ReviewIntervalEntry & DefaultRowProvenance => ({
  programme,
  ...(memberCanWork === undefined ? {} : { memberCanWork }),
  validFrom: "2021-07-01",
  maxMonths,
  source,
  verified: false,
  confidence: "fairlySure",
});

/**
 * Default 复核周期: the longest a case may go between two reviews, whatever
 * `nextReviewDate` says (a review date in 2099 is the "终身保" fault). 低保: 12 months,
 * 6 where a covered member can work; 特困: 12 months. An agency's table replaces these.
 */
export const defaultReviewIntervals: readonly (ReviewIntervalEntry & DefaultRowProvenance)[] = [
  row("dibao.urban", 12, dibaoSource),
  row("dibao.urban", 6, dibaoSource, true),
  row("dibao.rural", 12, dibaoSource),
  row("dibao.rural", 6, dibaoSource, true),
  row("tekun.centralised", 12, tekunSource),
  row("tekun.dispersed", 12, tekunSource),
];
