import type { DatasetRule } from "../rule.js";
import { overlapKind, overlapParams, sweepOverlaps } from "./support/enrolment-periods.js";
import { v1 } from "./support/versions.js";

/** The same person enrolled twice in one insurance family over overlapping periods. */
export const datasetDuplicateEnrolmentRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.duplicate-enrolment",
  severity: "error",
  category: "duplicate",
  appliesTo: ["enrolment"],
  versions: v1,
  title: { zh: "重复参保", en: "Duplicate enrolment" },
  message: {
    zh: "同一人 {scheme}（{city}）与参保登记 {otherId} 的 {otherScheme}（{otherCity}）期间重叠",
    en: "The same person's {scheme} ({city}) overlaps enrolment {otherId} in {otherScheme} ({otherCity})",
  },
  guidance: {
    zh: "同一人在同一险种族（养老、医疗、失业……）不得同时参保两份，无论同市或跨市（如城镇居民医保与新农合；同年缴纳职工养老和居民养老的，保留职工养老、退还居民养老，人社部发〔2014〕17号）。人员按公民身份号码跨市匹配；已终止且无结束日期的参保不计。职工医保与居民医保重叠见 dataset.overlapping-medical。",
    en: "A person is not enrolled twice in one insurance family (pension, medical, unemployment…), in one city or across cities (e.g. resident medical and the legacy NRCMS; employee and resident pension paid for one year: keep the employee one, refund the resident one, 人社部发〔2014〕17号). Persons are matched across cities by identity number; terminated enrolments without an end date are not counted. Employee + resident medical: see dataset.overlapping-medical.",
  },
  paramSources: {
    scheme: { field: "/scheme", codeList: "insuranceScheme" },
    otherScheme: { field: "/scheme", codeList: "insuranceScheme" },
  },
  check(index, _context, emit) {
    sweepOverlaps(index, (later, earlier) => {
      if (overlapKind(index.codeOf(later), index.codeOf(earlier)) === "employeeAndResidentMedical") return;
      emit(index.handleOf(later), "/period", overlapParams(index, later, earlier));
    });
  },
};
