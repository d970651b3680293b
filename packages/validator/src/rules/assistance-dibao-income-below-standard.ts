import type { RecordRule } from "../rule.js";
import { isPayingDibaoCase } from "./support/dibao-case.js";
import { datePart } from "./support/iso-date.js";
import { type AssistanceView, asAssistance } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/**
 * Whether the case is, on `date`, in a 渐退期 (income rose above the standard after a member
 * found work) or covers one member alone (单人保): both lawfully keep 低保 with a household
 * income at or above the standard (民发〔2021〕57号).
 */
function lawfullyAboveStandard(assistance: AssistanceView, date: string): boolean {
  const exit = assistance.gradualExit;
  if (exit !== undefined && exit.start <= date && date <= exit.end) return true;
  const single = assistance.singleMemberCoverage;
  return single !== undefined && single.start <= date && (single.end === undefined || date <= single.end);
}

/** A paying 低保 case has a per-capita income below the local standard, unless in a 渐退期 or 单人保. */
export const assistanceDibaoIncomeBelowStandardRule: RecordRule = {
  kind: "record",
  id: "assistance.dibao-income-below-standard",
  severity: "error",
  category: "amount",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "人均收入低于低保标准", en: "Per-capita income below the 低保 standard" },
  message: {
    zh: "家庭人均收入 {perCapitaIncome} 分不低于低保标准 {monthlyStandard} 分，不应享受低保",
    en: "per-capita income {perCapitaIncome} fen is not below the 低保 standard {monthlyStandard} fen: the household does not qualify",
  },
  guidance: {
    zh: "《社会救助暂行办法》：共同生活的家庭成员人均收入低于当地低保标准的，才给予低保。核对收入是否更新，或该案件是否应转为低保边缘或终止。例外：在 meta.lastUpdated 当日处于渐退期（gradualExit，成员就业后收入超过标准的过渡期）或单人保（singleMemberCoverage）的案件不报告（民发〔2021〕57号）。",
    en: "社会救助暂行办法: only households whose per-capita income is below the local standard receive 低保. Check whether the income was updated, or whether the case should become near-poverty (dibao.marginal) or be terminated. Exempt: a case that, on its meta.lastUpdated date, is in a 渐退期 (gradualExit: a transition period after a member found work) or covers one member alone (单人保, singleMemberCoverage) (民发〔2021〕57号).",
  },
  paramSources: { perCapitaIncome: { field: "/perCapitaIncome" }, monthlyStandard: { field: "/monthlyStandard" } },
  check(record, _context, emit) {
    const assistance = asAssistance(record);
    if (!assistance || !isPayingDibaoCase(assistance)) return;
    const { monthlyStandard, perCapitaIncome } = assistance;
    if (monthlyStandard === undefined || perCapitaIncome === undefined) return;
    if (perCapitaIncome >= monthlyStandard && !lawfullyAboveStandard(assistance, datePart(assistance.meta.lastUpdated))) emit("/perCapitaIncome", { perCapitaIncome, monthlyStandard });
  },
};
