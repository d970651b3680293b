import { Kind } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { benefitStatusCodes } from "./support/code-tables.js";
import { isPaidOnDeath } from "./support/death-benefits.js";
import { deathDateText, deathOfPersonReferredBy, goesOnAfterDeath } from "./support/recorded-deaths.js";
import { v1 } from "./support/versions.js";

// Stryker disable next-line UnaryOperator: the code is in its list (a constant table), so the -1 fallback is never taken
const inPayment = benefitStatusCodes.index.get("inPayment") ?? -1;

/** A benefit still in payment, or running past the month, after its recipient's death, in any city. */
export const datasetBenefitAfterDeathRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.benefit-after-death",
  severity: "error",
  category: "workflow",
  appliesTo: ["benefit", "person"],
  versions: v1,
  title: { zh: "死亡后待遇仍在发放", en: "Benefit in payment after death" },
  message: {
    zh: "待遇领取人已于 {deathDate} 死亡（人员记录 {deathRecordId}），待遇仍在发放或期间延续到死亡当月之后",
    en: "The recipient died on {deathDate} (person record {deathRecordId}), yet the benefit is still in payment or runs past the month of death",
  },
  guidance: {
    zh: "领取人死亡后，养老金等按月待遇发至死亡当月，次月起停发（status terminated，period.end 不晚于死亡当月末），再核发丧葬补助金和遗属待遇。丧葬补助金、遗属待遇、一次性工亡补助金和供养亲属抚恤金因死亡而发，不报告。按公民身份号码跨市匹配死亡记录。",
    en: "After the recipient's death a monthly benefit such as a pension is paid up to the month of death and stops (status terminated, period.end no later than that month's end); the funeral and survivors' grants follow. Those grants, the work-injury death grant and dependants' pension are paid because of a death: not reported. Deaths are matched across cities by identity number.",
  },
  paramSources: { deathDate: { field: ["/vitalStatus/date", "/deathDate"], recordType: "person" } },
  check(index, _context, emit) {
    for (let slot = 0; slot < index.size; slot++) {
      if (index.kindOf(slot) !== Kind.Benefit || isPaidOnDeath(index.codeOf(slot))) continue;
      const death = deathOfPersonReferredBy(index, slot);
      if (!death) continue;
      const params = { deathDate: deathDateText(death.day), deathRecordId: index.idOf(death.slot) };
      const pointer = goesOnAfterDeath(index, slot, index.statusOf(slot) === inPayment, "/status", death);
      if (pointer) emit(index.handleOf(slot), pointer, params);
    }
  },
};
