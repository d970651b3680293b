import type { AgencyUse } from "../dataset/agency-uses.js";
import type { DatasetRule } from "../rule.js";
import { cityCodeOf } from "./support/city-code.js";
import { v1 } from "./support/versions.js";

/**
 * GB 32100: a unified social credit code names one organisation. Agencies named across
 * the dataset (all files of the run, all cities) that share a code must agree on division
 * and department; each other agency under the code is reported once, on the first record
 * that names it, against the first agency that used the code.
 */
export const datasetSharedCreditCodeRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.shared-credit-code",
  severity: "error",
  category: "duplicate",
  appliesTo: ["person", "enrolment", "transfer", "assistance"],
  versions: v1,
  title: { zh: "一个信用代码对应多个机构", en: "One credit code, several agencies" },
  message: {
    zh: "统一社会信用代码 {creditCode} 在此指 {division} 的 {department}，而 {otherId}（{otherCity}）中指 {otherDivision} 的 {otherDepartment}",
    en: "Credit code {creditCode} names {department} at {division} here, but {otherDepartment} at {otherDivision} in {otherId} ({otherCity})",
  },
  guidance: {
    zh: "一个统一社会信用代码（GB 32100-2015）只对应一个机构。不同部门或不同行政区划的经办机构不能共用代码：按各机构的统一社会信用代码证书更正其中有误的一方。比较范围为本次校验的全部文件，跨市亦然。",
    en: "A unified social credit code (GB 32100-2015) names one organisation. Agencies of different departments or divisions cannot share one: correct the wrong one from each agency's credit code certificate. All files of the run are compared, across cities.",
  },
  paramSources: {
    department: { codeList: "department" },
    otherDepartment: { codeList: "department" },
  },
  check(index, _context, emit) {
    const firstByCode = new Map<string, AgencyUse>();
    for (const use of index.agencyUses()) {
      const first = firstByCode.get(use.creditCode);
      if (first === undefined) {
        firstByCode.set(use.creditCode, use);
        continue;
      }
      emit(index.handleOf(use.slot), use.pointer, {
        creditCode: use.creditCode,
        division: use.division,
        department: use.department,
        otherId: index.idOf(first.slot),
        otherCity: cityCodeOf(index.cityOf(first.slot)),
        otherDivision: first.division,
        otherDepartment: first.department,
      });
    }
  },
};
