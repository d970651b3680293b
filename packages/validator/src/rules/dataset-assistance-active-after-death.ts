import { Kind } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { caseStatusCodes } from "./support/code-tables.js";
import { deathDateText, lastBeneficiaryDeath } from "./support/recorded-deaths.js";
import { v1 } from "./support/versions.js";

// Stryker disable next-line UnaryOperator: the code is in its list (a constant table), so the -1 fallback is never taken
const active = caseStatusCodes.index.get("active") ?? -1;

/** An assistance case still active when everyone it pays for has died. */
export const datasetAssistanceActiveAfterDeathRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.assistance-active-after-death",
  severity: "error",
  category: "workflow",
  appliesTo: ["assistance", "person"],
  versions: v1,
  title: { zh: "受助人死亡后案件仍在保", en: "Case active after the beneficiary's death" },
  message: {
    zh: "受助人已于 {deathDate} 死亡（人员记录 {deathRecordId}），案件状态仍为在保",
    en: "The beneficiary died on {deathDate} (person record {deathRecordId}), yet the case is still active",
  },
  guidance: {
    zh: "受助人（personId 及 covered 为 true 的成员；都没有时为户主）全部死亡后，案件应终止。家庭案件中仍有在世的保障成员时，案件可以继续（按新的保障人数重新核定），本规则不报告。按公民身份号码跨市匹配死亡记录。",
    en: "Once everyone a case pays for (personId and the covered members; else the head) has died, the case is terminated. A household case goes on while a covered member lives (reassessed for fewer members): not reported here. Deaths are matched across cities by identity number.",
  },
  paramSources: { deathDate: { field: ["/vitalStatus/date", "/deathDate"], recordType: "person" } },
  check(index, _context, emit) {
    for (let slot = 0; slot < index.size; slot++) {
      if (index.kindOf(slot) !== Kind.Assistance || index.statusOf(slot) !== active) continue;
      const death = lastBeneficiaryDeath(index, slot);
      if (death) emit(index.handleOf(slot), "/caseStatus", { deathDate: deathDateText(death.day), deathRecordId: index.idOf(death.slot) });
    }
  },
};
