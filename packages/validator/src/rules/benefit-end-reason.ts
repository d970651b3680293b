import type { RecordRule } from "../rule.js";
import type { BenefitView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** A terminated benefit says why it ended. */
export const benefitEndReasonRule: RecordRule = {
  kind: "record",
  id: "benefit.end-reason",
  severity: "error",
  category: "workflow",
  appliesTo: ["benefit"],
  versions: v1,
  title: { zh: "终止的待遇注明原因", en: "A terminated benefit gives its end reason" },
  message: {
    zh: "待遇状态为终止，但没有终止原因 endReason",
    en: "The benefit is terminated but has no endReason",
  },
  guidance: {
    zh: "终止发放的待遇应注明原因（死亡、期满、重新就业、开始领取基本养老金、重复领取……，代码表 benefitEndReason）：审计据此区分正常终止与冒领、重复领取的追回。",
    en: "A terminated benefit states why (death, period ended, re-employed, started a basic pension, duplicate claim …, code list benefitEndReason): audits tell normal ends from recoveries of fraudulent or duplicate payments by it.",
  },
  check(record, _context, emit) {
    // The rule applies to this record type only.
    const benefit = record as unknown as BenefitView;
    if (benefit.status === "terminated" && benefit.endReason === undefined) emit("/status", {});
  },
};
