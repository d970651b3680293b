import type { RecordRule } from "../rule.js";
import type { BenefitView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** A monthly benefit states its monthly amount, a one-off grant its amount. */
export const benefitAmountForFrequencyRule: RecordRule = {
  kind: "record",
  id: "benefit.amount-for-frequency",
  severity: "error",
  category: "amount",
  appliesTo: ["benefit"],
  versions: v1,
  title: { zh: "待遇金额与发放频次相符", en: "Benefit amount for its frequency" },
  message: {
    zh: "发放频次为 {frequency} 的待遇缺少 {field}",
    en: "A benefit paid {frequency} needs {field}",
  },
  guidance: {
    zh: "按月发放的待遇（养老金、失业保险金、伤残津贴……）填写 monthlyAmount（当前月待遇，分）；一次性待遇（一次性伤残补助金、丧葬补助金……）填写 oneOffAmount。缺少金额的待遇无法与发放明细核对。",
    en: "A benefit paid monthly (pensions, unemployment benefit, disability allowance …) carries monthlyAmount (the current monthly amount, in fen); a one-off grant (one-off disability grant, funeral grant …) carries oneOffAmount. Without it the payment lines cannot be checked against the benefit.",
  },
  paramSources: { frequency: { field: "/frequency", codeList: "benefitFrequency" } },
  check(record, _context, emit) {
    // The rule applies to benefits only.
    const benefit = record as unknown as BenefitView;
    if (benefit.frequency === "monthly" && benefit.monthlyAmount === undefined) emit("/monthlyAmount", { frequency: benefit.frequency, field: "monthlyAmount" });
    if (benefit.frequency === "oneOff" && benefit.oneOffAmount === undefined) emit("/oneOffAmount", { frequency: benefit.frequency, field: "oneOffAmount" });
  },
};
