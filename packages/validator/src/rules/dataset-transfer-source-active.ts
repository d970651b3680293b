import { Kind } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { contributionStatusCodes, transferStatusCodes } from "./support/code-tables.js";
import { v1 } from "./support/versions.js";

// Stryker disable next-line UnaryOperator: the code is in its list (a constant table), so the -1 fallback is never taken
const completed = transferStatusCodes.index.get("completed") ?? -1;
// Stryker disable next-line UnaryOperator: the code is in its list (a constant table), so the -1 fallback is never taken
const terminated = contributionStatusCodes.index.get("3") ?? -1;

/** After a completed transfer the source enrolment is terminated. */
export const datasetTransferSourceActiveRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.transfer-source-active",
  severity: "error",
  category: "workflow",
  appliesTo: ["transfer", "enrolment"],
  versions: v1,
  title: { zh: "转出地参保未终止", en: "Source enrolment still active" },
  message: {
    zh: "转移已办结，但转出地参保登记 {enrolmentId} 的缴费状态仍为 {contributionStatus}（应为 3 终止缴费）",
    en: "The transfer is completed but source enrolment {enrolmentId} still has contributionStatus {contributionStatus} (should be 3, terminated)",
  },
  guidance: {
    zh: "国办发〔2009〕66号：转移办结后，转出地终止参保关系。源参保登记仍为参保缴费或暂停缴费，会造成两地同时参保和重复计算年限。",
    en: "国办发〔2009〕66号: once a transfer completes, the old office ends the enrolment. A source enrolment still contributing or suspended means enrolment in two places and contribution periods counted twice.",
  },
  paramSources: { contributionStatus: { field: "/contributionStatus", recordType: "enrolment", codeList: "contributionStatus" } },
  check(index, _context, emit) {
    for (let slot = 0; slot < index.size; slot++) {
      if (index.kindOf(slot) !== Kind.Transfer || index.statusOf(slot) !== completed) continue;
      const enrolmentId = index.extrasOf(slot).fromEnrolmentId;
      if (enrolmentId === undefined) continue;
      const source = index.slotById(enrolmentId);
      if (source < 0 || index.kindOf(source) !== Kind.Enrolment || index.statusOf(source) === terminated) continue;
      emit(index.handleOf(slot), "/from/enrolmentId", {
        enrolmentId,
        // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose contribution status codes are all in the list: "unknown" is never reached
        contributionStatus: contributionStatusCodes.codes[index.statusOf(source) - 1] ?? "unknown",
      });
    }
  },
};
