import { Kind } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { transferKindCodes, transferStatusCodes } from "./support/code-tables.js";
import { v1 } from "./support/versions.js";

// Stryker disable next-line UnaryOperator: the code is in its list (a constant table), so the -1 fallback is never taken
const completed = transferStatusCodes.index.get("completed") ?? -1;

/** A completed transfer names the enrolment it created at the receiving office. */
export const datasetTransferTargetMissingRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.transfer-target-missing",
  severity: "error",
  category: "workflow",
  appliesTo: ["transfer"],
  versions: v1,
  title: { zh: "转入地参保缺失", en: "Target enrolment missing" },
  message: {
    zh: "{kind} 转移已办结，但未填写转入地参保登记 to.enrolmentId",
    en: "The {kind} transfer is completed but names no target enrolment in to.enrolmentId",
  },
  guidance: {
    zh: "国办发〔2009〕66号：转入地办结时建立（或续接）参保关系，办结的转移必须指向该参保登记。填写了但在数据集中找不到的，由 dataset.unresolved-reference 报告。转入方在三市以外（to.external，1.1）的，参保登记不在本数据集，不检查。",
    en: "国办发〔2009〕66号: the receiving office completes the transfer by opening (or continuing) an enrolment, and a completed transfer points to it. An id that is given but not found is reported by dataset.unresolved-reference. A receiving side outside the three cities (to.external, 1.1) has its enrolment outside the dataset and is not checked.",
  },
  paramSources: { kind: { field: "/kind", codeList: "transferKind" } },
  check(index, _context, emit) {
    for (let slot = 0; slot < index.size; slot++) {
      if (index.kindOf(slot) !== Kind.Transfer || index.statusOf(slot) !== completed) continue;
      const extras = index.extrasOf(slot);
      // A receiving side outside the dataset (to.external) has its enrolment elsewhere.
      if (extras.toEnrolmentId !== undefined || extras.toOutside === true) continue;
      // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose transfer kinds are all in the list: "unknown" is never reached
      const kind = transferKindCodes.codes[index.codeOf(slot) - 1] ?? "unknown";
      emit(index.handleOf(slot), "/to", { kind });
    }
  },
};

