import { Kind } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { contributionStatusCodes } from "./support/code-tables.js";
import { deathDateText, deathOfPersonReferredBy, goesOnAfterDeath } from "./support/recorded-deaths.js";
import { v1 } from "./support/versions.js";

// Stryker disable next-line UnaryOperator: the code is in its list (a constant table), so the -1 fallback is never taken
const contributing = contributionStatusCodes.index.get("1") ?? -1;

/** An enrolment still contributing after its person's death, in any city. */
export const datasetContributingAfterDeathRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.contributing-after-death",
  severity: "error",
  category: "workflow",
  appliesTo: ["enrolment", "person"],
  versions: v1,
  title: { zh: "死亡后仍在参保缴费", en: "Contributing after death" },
  message: {
    zh: "参保人已于 {deathDate} 死亡（人员记录 {deathRecordId}），本参保登记仍在缴费或期间延续到死亡当月之后",
    en: "The person died on {deathDate} (person record {deathRecordId}), yet this enrolment is still contributing or runs past the month of death",
  },
  guidance: {
    zh: "人员死亡后，各险种参保关系应终止（缴费状态 3，期间止于死亡当月）。按公民身份号码匹配各市的人员记录：株洲登记的死亡也适用于长沙的参保登记。死亡信息见 vitalStatus（1.1）或 deathDate（1.0）。",
    en: "After a death every enrolment ends (contributionStatus 3, period ending in the month of death). Person records are matched across cities by identity number: a death recorded in Zhuzhou applies to a Changsha enrolment. The death comes from vitalStatus (1.1) or deathDate (1.0).",
  },
  paramSources: { deathDate: { field: ["/vitalStatus/date", "/deathDate"], recordType: "person" } },
  check(index, _context, emit) {
    for (let slot = 0; slot < index.size; slot++) {
      if (index.kindOf(slot) !== Kind.Enrolment) continue;
      const death = deathOfPersonReferredBy(index, slot);
      if (!death) continue;
      const params = { deathDate: deathDateText(death.day), deathRecordId: index.idOf(death.slot) };
      const pointer = goesOnAfterDeath(index, slot, index.statusOf(slot) === contributing, "/contributionStatus", death);
      if (pointer) emit(index.handleOf(slot), pointer, params);
    }
  },
};
