import type { DatasetRule } from "../rule.js";
import { v1 } from "./support/versions.js";

/** Record ids are unique across the whole agglomeration, across files and cities. */
export const datasetDuplicateRecordIdRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.duplicate-record-id",
  severity: "error",
  category: "duplicate",
  appliesTo: ["person", "enrolment", "transfer", "assistance", "benefit", "medicalRegistration", "medicalSettlement", "organisation", "donation"],
  versions: v1,
  title: { zh: "记录标识重复", en: "Duplicate record id" },
  message: {
    zh: "记录标识 {id} 出现了 {occurrences} 次",
    en: "Record id {id} occurs {occurrences} times",
  },
  guidance: {
    zh: "记录标识在长株潭全域唯一，建议格式为 <城市代码>-<类型字母>-<本地编号>（如 430100-P-000123）。每一处重复都会报告，以便找到全部位置；引用该标识的记录无法确定指向哪一条。",
    en: "Record ids are unique across the agglomeration; the recommended form is <city>-<type letter>-<local id> (430100-P-000123). Every occurrence is reported so all can be found; references to the id are ambiguous.",
  },
  check(index, _context, emit) {
    // Occurrences counted at each id's first slot: one Int32Array, no map of a million ids.
    const occurrences = new Int32Array(index.size);
    // Stryker disable next-line EqualityOperator: `<=` visits one slot past the last record, which has no id (firstWithSameId -1: nothing counted); its twin `>=` (no pass at all) goes with it
    for (let slot = 0; slot < index.size; slot++) occurrences[index.firstWithSameId(slot)]!++;
    // Stryker disable next-line EqualityOperator: `<=` visits one slot past the last record, whose count is undefined (nothing reported); its twin `>=` (no pass at all) goes with it
    for (let slot = 0; slot < index.size; slot++) {
      const count = occurrences[index.firstWithSameId(slot)]!;
      if (count > 1) emit(index.handleOf(slot), "/id", { id: index.idOf(slot), occurrences: count });
    }
  },
};
