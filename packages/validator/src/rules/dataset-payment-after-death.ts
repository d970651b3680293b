import { Kind } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { isPaidOnDeath } from "./support/death-benefits.js";
import { isKnownDeathDay } from "./support/death-day.js";
import { isoOfMonth, monthOfDay } from "./support/payment-lines.js";
import { deathDateText, deathOfPersonReferredBy, lastBeneficiaryDeath, type RecordedDeath } from "./support/recorded-deaths.js";
import { v1 } from "./support/versions.js";

/** 冒领: a payment for a month after the death of everyone it is for. */
export const datasetPaymentAfterDeathRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.payment-after-death",
  severity: "error",
  category: "amount",
  appliesTo: ["assistance", "benefit", "person"],
  versions: v1,
  title: { zh: "死亡后仍有发放（冒领）", en: "Payment after death (冒领)" },
  message: {
    zh: "发放明细所属月份 {month} 晚于受助人死亡（{deathDate}，人员记录 {deathRecordId}）当月",
    en: "A payment is for {month}, after the month the beneficiary died ({deathDate}, person record {deathRecordId})",
  },
  guidance: {
    zh: "死亡当月之后的发放即冒领或多发，须追回（审计首查项目）。发放失败（failed）或银行退回（returned）的明细不计。救助案件的受助人为 personId 及 covered 为 true 的成员，全部死亡才报告；待遇按 personId（丧葬补助金、遗属待遇、工亡补助金、供养亲属抚恤金因死亡而发，不报告）；按公民身份号码跨市匹配死亡记录（株洲登记的死亡、长沙的发放）。",
    en: "A payment for any month after the month of death is an overpayment to be recovered (冒领, the first thing auditors check). Lines that failed or were returned by the bank do not count. An assistance case's beneficiaries are personId and the covered members, reported once all have died; a benefit's is personId (funeral and survivors' grants, the work-injury death grant and dependants' pension are paid because of a death: not reported); deaths are matched across cities by identity number (a death recorded in Zhuzhou, a payment in Changsha).",
  },
  paramSources: { deathDate: { field: ["/vitalStatus/date", "/deathDate"], recordType: "person" } },
  check(index, _context, emit) {
    for (let slot = 0; slot < index.size; slot++) {
      const kind = index.kindOf(slot);
      if (kind !== Kind.Assistance && kind !== Kind.Benefit) continue;
      // -1 without an effective payment line: no month of death is before it.
      const paid = index.latestPaidMonthOf(slot);
      let death: RecordedDeath | undefined;
      if (kind === Kind.Assistance) death = lastBeneficiaryDeath(index, slot);
      else if (!isPaidOnDeath(index.codeOf(slot))) death = deathOfPersonReferredBy(index, slot);
      if (!death || !isKnownDeathDay(death.day) || paid <= monthOfDay(death.day)) continue;
      emit(index.handleOf(slot), `/payments/${index.latestPaidLineOf(slot)}/month`, {
        month: isoOfMonth(paid),
        deathDate: deathDateText(death.day),
        deathRecordId: index.idOf(death.slot),
      });
    }
  },
};
