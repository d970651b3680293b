import type { RecordRule } from "../rule.js";
import type { EnrolmentView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

const stillContributing = {
  "conflict.zh": "但缴费状态为 1（参保缴费）",
  "conflict.en": "but the contribution status is 1 (contributing)",
  conflict: "contributing",
} as const;
const notRetired = {
  "conflict.zh": "但在职离退休状态为 0（在职）",
  "conflict.en": "but the employment status is 0 (in employment)",
  conflict: "inEmployment",
} as const;

/** An end reason says the enrolment ended: it no longer contributes, and one ended by retirement is retired. */
export const enrolmentEndReasonRule: RecordRule = {
  kind: "record",
  id: "enrolment.end-reason",
  severity: "error",
  category: "workflow",
  appliesTo: ["enrolment"],
  versions: v1,
  title: { zh: "参保终止原因与状态", en: "End reason against the statuses" },
  message: {
    zh: "参保终止原因为 {endReason}，{conflict}",
    en: "The end reason is {endReason} {conflict}",
  },
  guidance: {
    zh: "endReason 说明参保为何结束（1.0 中以终止缴费、离退休两个状态混合表达）：填写了终止原因的参保不再是参保缴费状态（contributionStatus 应为 2 或 3）；因退休领取养老金而终止的（retiredDrawingPension），在职离退休状态应为 1（离退休）。",
    en: "endReason says why the enrolment ended (1.0 conflated it in the terminated and retired statuses): an enrolment with an end reason no longer contributes (contributionStatus 2 or 3), and one ended by drawing a pension (retiredDrawingPension) has employment status 1 (retired).",
  },
  paramSources: { endReason: { field: "/endReason", codeList: "enrolmentEndReason" } },
  check(record, _context, emit) {
    // The rule applies to this record type only.
    const enrolment = record as unknown as EnrolmentView;
    const endReason = enrolment.endReason;
    if (endReason === undefined) return;
    if (enrolment.contributionStatus === "1") emit("/endReason", { endReason, ...stillContributing });
    else if (endReason === "retiredDrawingPension" && enrolment.employmentStatus === "0") emit("/endReason", { endReason, ...notRetired });
  },
};
