import type { DatasetRule } from "../rule.js";
import { enrolmentPeriods, overlapKind, overlapParams, sweepOverlaps } from "./support/enrolment-periods.js";
import { v1 } from "./support/versions.js";

/** Employee and resident medical insurance at once (severity set by the publisher). */
export const datasetOverlappingMedicalRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.overlapping-medical",
  severity: "warning",
  configurableSeverity: true,
  category: "duplicate",
  appliesTo: ["enrolment"],
  versions: v1,
  title: { zh: "职工医保与居民医保重叠", en: "Employee and resident medical insurance overlap" },
  message: {
    zh: "同一人 {scheme}（{city}）与参保登记 {otherId} 的 {otherScheme}（{otherCity}）期间重叠",
    en: "The same person's {scheme} ({city}) overlaps enrolment {otherId} in {otherScheme} ({otherCity})",
  },
  guidance: {
    zh: "基本医疗保险不得重复参保（职工医保与城乡居民医保同时参保，或两地同时参保）。是否视为错误由发布方决定（severityOverrides，默认警告）：主张“多地可参保、只在一地享受待遇”的地区可保留为警告或提示。",
    en: "Basic medical insurance is not held twice (employee and resident medical at once, or in two places). The publisher sets the severity (severityOverrides; default warning): regions that allow enrolment in several places but benefits in one may keep it a warning or info.",
  },
  paramSources: {
    scheme: { field: "/scheme", codeList: "insuranceScheme" },
    otherScheme: { field: "/scheme", codeList: "insuranceScheme" },
  },
  check(index, _context, emit) {
    sweepOverlaps(index, (later, earlier) => {
      if (overlapKind(index.codeOf(later), index.codeOf(earlier)) !== "employeeAndResidentMedical") return;
      emit(index.handleOf(later), "/period", overlapParams(index, later, earlier));
    });
    // The last rule of the catalogue (after dataset.duplicate-enrolment) to read the periods.
    enrolmentPeriods.release(index);
  },
};
