import type { RecordRule } from "../rule.js";
import type { MedicalSettlementView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** Medical aid pays towards what the insurance funds leave to the person, never more. */
export const medicalSettlementMedicalAidExceedsOutOfPocketRule: RecordRule = {
  kind: "record",
  id: "medical-settlement.medical-aid-exceeds-out-of-pocket",
  severity: "error",
  category: "amount",
  appliesTo: ["medicalSettlement"],
  versions: v1,
  title: { zh: "医疗救助不超过个人负担", en: "Medical aid at most the out-of-pocket amount" },
  message: {
    zh: "医疗救助支付 {aid} 大于个人负担 {outOfPocket}",
    en: "Medical-aid payment {aid} is more than the out-of-pocket amount {outOfPocket}",
  },
  guidance: {
    zh: "医疗救助是对基本医保、大病保险等支付后个人负担的费用给予的救助（《社会救助暂行办法》第二十八条，国办发〔2021〕42号），不能超过个人负担本身。超过说明救助金额重复计算、把基金支付计入了救助，或个人负担填成了救助后的现金自付额（本标准中 outOfPocket 是救助前的个人负担）。",
    en: "Medical aid pays towards what remains for the person after basic medical insurance, critical-illness insurance and the other funds (社会救助暂行办法 art. 28, 国办发〔2021〕42号); it cannot exceed that burden. More means the aid was counted twice, a fund payment was booked as aid, or outOfPocket holds the cash paid after aid (in this standard it is the burden before aid).",
  },
  paramSources: {
    aid: { field: "/medicalAidPayment" },
    outOfPocket: { field: "/outOfPocket" },
  },
  check(record, _context, emit) {
    // The rule applies to settlements only; no medical aid is none (never more than the out-of-pocket amount).
    const settlement = record as unknown as MedicalSettlementView;
    const aid = settlement.medicalAidPayment ?? 0;
    if (aid > settlement.outOfPocket) emit("/medicalAidPayment", { aid, outOfPocket: settlement.outOfPocket });
  },
};
