import type { RecordRule } from "../rule.js";
import { asMedicalSettlement } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

const settlementAmounts = [
  "/totalCost",
  "/policyRangeCost",
  "/pooledFundPayment",
  "/criticalIllnessPayment",
  "/otherFundPayment",
  "/outOfPocket",
  "/medicalAidPayment",
  "/individualAccountPayment",
];

/**
 * A settlement's parts add up: totalCost = pooledFundPayment + criticalIllnessPayment +
 * otherFundPayment + outOfPocket (absent parts count 0); the policy-range cost is part
 * of the total; medical aid and the individual account together pay at most the
 * personal burden (aid alone above it is medical-settlement.medical-aid-exceeds-out-of-pocket).
 */
export const medicalSettlementComponentsAddUpRule: RecordRule = {
  kind: "record",
  id: "medical-settlement.components-add-up",
  severity: "error",
  category: "amount",
  appliesTo: ["medicalSettlement"],
  versions: v1,
  title: { zh: "结算金额构成相符", en: "Settlement components add up" },
  message: {
    zh: "结算金额不相符：{detail}（{left} ≠ {right}）",
    en: "The settlement's amounts do not add up: {detail} ({left} ≠ {right})",
  },
  guidance: {
    zh: "异地就医结算的医疗费用总额 = 统筹基金支付 + 大病保险支付 + 其他基金支付 + 个人负担（未填的部分按 0 计）；政策范围内费用不超过总额；医疗救助与个人账户支付都从个人负担中支付，两者之和不超过个人负担。金额单位为分。常见原因：把医疗救助计入了基金支付、金额单位混用（元/分）或漏填某项基金支付。",
    en: "For a settlement of medical costs outside the insured region, totalCost = pooledFundPayment + criticalIllnessPayment + otherFundPayment + outOfPocket (absent parts count 0); policyRangeCost is at most totalCost; medical aid and the individual account both pay towards the personal burden, so together they are at most outOfPocket. Amounts are fen. Usual causes: medical aid counted as a fund payment, yuan mixed with fen, or a fund payment left out.",
  },
  paramSources: {
    left: { derivedFrom: settlementAmounts },
    right: { derivedFrom: settlementAmounts },
  },
  check(record, _context, emit) {
    const settlement = asMedicalSettlement(record);
    if (!settlement) return;
    const funds = settlement.pooledFundPayment + (settlement.criticalIllnessPayment ?? 0) + (settlement.otherFundPayment ?? 0);
    const sum = funds + settlement.outOfPocket;
    if (sum !== settlement.totalCost) {
      emit("/totalCost", {
        detail: "total",
        "detail.zh": "医疗费用总额 ≠ 统筹 + 大病 + 其他基金 + 个人负担",
        "detail.en": "totalCost ≠ pooled + critical illness + other funds + out-of-pocket",
        left: settlement.totalCost,
        right: sum,
      });
    }
    if (settlement.policyRangeCost !== undefined && settlement.policyRangeCost > settlement.totalCost) {
      emit("/policyRangeCost", {
        detail: "policyRange",
        "detail.zh": "政策范围内费用大于医疗费用总额",
        "detail.en": "policyRangeCost is more than totalCost",
        left: settlement.policyRangeCost,
        right: settlement.totalCost,
      });
    }
    const aid = settlement.medicalAidPayment ?? 0;
    const account = settlement.individualAccountPayment ?? 0;
    // Aid alone above the burden is the other rule's finding; here, aid and account together.
    if (aid <= settlement.outOfPocket && aid + account > settlement.outOfPocket) {
      emit("/individualAccountPayment", {
        detail: "personalShare",
        "detail.zh": "医疗救助 + 个人账户支付大于个人负担",
        "detail.en": "medical aid + individual account is more than outOfPocket",
        left: aid + account,
        right: settlement.outOfPocket,
      });
    }
  },
};
