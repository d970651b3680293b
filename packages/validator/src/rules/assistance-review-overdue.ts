import type { RecordRule } from "../rule.js";
import { dibaoProgrammes, tekunProgrammes } from "./support/code-tables.js";
import { addMonths } from "./support/iso-date.js";
import { asAssistance } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** The longest review cycle (stable households, 特困): a year. */
const longestCycleMonths = 12;

/** An active case past its review date: the "终身保" problem (warning). */
export const assistanceReviewOverdueRule: RecordRule = {
  kind: "record",
  id: "assistance.review-overdue",
  severity: "warning",
  category: "review",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "复核逾期（终身保）", en: "Review overdue (终身保)" },
  message: {
    zh: "案件仍在保，复核应于 {dueDate} 前完成，核对日期 {asOf} 已逾期",
    en: "The case is still active; its review was due by {dueDate} and is overdue as of {asOf}",
  },
  guidance: {
    zh: "低保、特困须定期复核（稳定家庭和特困每年一次，有劳动能力成员的家庭每半年一次）。逾期日取 nextReviewDate；低保和特困未填写时取上次复核日（或批准日）加 12 个月。核对日期为导出包的 asOf 或 --as-of。",
    en: "低保 and 特困 cases are reviewed regularly (yearly for stable households and 特困, every six months with working-age members). Due date: nextReviewDate; for 低保 and 特困 without one, the last review (or approval) plus 12 months. The as-of date is the export's asOf or --as-of.",
  },
  check(record, context, emit) {
    const assistance = asAssistance(record);
    if (assistance?.caseStatus !== "active") return;
    let due = assistance.nextReviewDate;
    let pointer = "/nextReviewDate";
    if (due === undefined) {
      const periodic = dibaoProgrammes.has(assistance.programme) || tekunProgrammes.has(assistance.programme);
      const reviewed = assistance.lastReviewDate ?? assistance.dates.approved;
      if (!periodic || reviewed === undefined) return;
      due = addMonths(reviewed, longestCycleMonths);
      pointer = assistance.lastReviewDate !== undefined ? "/lastReviewDate" : "/dates/approved";
    }
    if (due < context.asOf) emit(pointer, { dueDate: due, asOf: context.asOf });
  },
};
