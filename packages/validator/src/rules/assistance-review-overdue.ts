import type { RecordRule } from "../rule.js";
import { dibaoProgrammes, tekunProgrammes } from "./support/code-tables.js";
import { addMonths } from "./support/iso-date.js";
import { lastReviewOf } from "./support/last-review.js";
import { hasCoveredMemberWhoCanWork } from "./support/member-can-work.js";
import { parameterTables, reviewIntervalOn } from "./support/parameter-tables.js";
import { asAssistance } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** Without an interval row, a 低保 or 特困 case with no nextReviewDate is due a year after its last review (as in 1.0). */
const longestCycleMonths = 12;

/**
 * An active case past its review date: the "终身保" problem (warning). The due date is
 * nextReviewDate, but never later than the last review plus the longest interval the
 * `reviewInterval` table allows: a review date in 2099 no longer silences the rule.
 */
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
    zh: "低保、特困须定期复核。逾期日取 nextReviewDate，但不晚于上次复核日（lastReviewDate 与 reviews 中最新者，无则批准日）加参数表 reviewInterval 的最长间隔（默认：低保 12 个月，有劳动能力的保障成员时 6 个月；特困 12 个月）——把下次复核日填到 2099 年不能免于复核。低保和特困无参数行且未填 nextReviewDate 时按 12 个月计。核对日期为导出包的 asOf 或 --as-of。",
    en: "低保 and 特困 cases are reviewed regularly. Due date: nextReviewDate, but never later than the last review (the newest of lastReviewDate and reviews[], else the approval) plus the longest interval of the reviewInterval table (defaults: 低保 12 months, 6 with a covered member able to work; 特困 12 months) — a review date in 2099 does not exempt a case. For 低保 and 特困 without a row or nextReviewDate, 12 months. The as-of date is the export's asOf or --as-of.",
  },
  check(record, context, emit) {
    const assistance = asAssistance(record);
    if (assistance?.caseStatus !== "active") return;
    const last = lastReviewOf(assistance);
    const reviewed = last ?? (assistance.dates.approved === undefined ? undefined : { date: assistance.dates.approved, pointer: "/dates/approved" });
    let capDue: string | undefined;
    if (reviewed !== undefined) {
      const interval = reviewIntervalOn(parameterTables(context.parameters), assistance.programme, hasCoveredMemberWhoCanWork(assistance, reviewed.date), reviewed.date);
      const periodic = dibaoProgrammes.has(assistance.programme) || tekunProgrammes.has(assistance.programme);
      const months = interval?.maxMonths ?? (periodic && assistance.nextReviewDate === undefined ? longestCycleMonths : undefined);
      if (months !== undefined) capDue = addMonths(reviewed.date, months);
    }
    const next = assistance.nextReviewDate;
    if (next !== undefined && (capDue === undefined || next <= capDue)) {
      if (next < context.asOf) emit("/nextReviewDate", { dueDate: next, asOf: context.asOf });
      return;
    }
    if (capDue !== undefined && reviewed !== undefined && capDue < context.asOf) emit(reviewed.pointer, { dueDate: capDue, asOf: context.asOf });
  },
};
