import type { DatasetRule } from "../rule.js";
import { cityCodeOf } from "./support/city-code.js";
import { forEachIdNumberGroup } from "./support/person-groups.js";
import { v1 } from "./support/versions.js";

/** One person record per identity number within a city's export. */
export const datasetDuplicatePersonRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.duplicate-person",
  severity: "error",
  category: "duplicate",
  appliesTo: ["person"],
  versions: v1,
  title: { zh: "同一城市人员记录重复", en: "Person recorded twice in one city" },
  message: {
    zh: "公民身份号码 {idNumber} 在 {city} 已有人员记录 {otherId}",
    en: "Identity number {idNumber} already has person record {otherId} in {city}",
  },
  guidance: {
    zh: "公民身份号码是人员的主键：同一城市的导出中每个号码只能有一条人员记录。请合并两条记录，并把引用改为保留的那条。城市取导出包头的 city，未提供时取 meta.sourceAgency 的区划。",
    en: "The identity number is the person's key: one person record per number in a city's export. Merge the records and point references to the one kept. The city is the export header's city, else meta.sourceAgency's division.",
  },
  paramSources: { idNumber: { field: "/idNumber" } },
  check(index, _context, emit) {
    forEachIdNumberGroup(index, (group) => {
      for (let i = 1; i < group.length; i++) {
        const slot = group[i]!;
        let first = -1;
        for (let j = 0; j < i && first < 0; j++) if (index.cityOf(group[j]!) === index.cityOf(slot)) first = group[j]!;
        if (first < 0) continue;
        emit(index.handleOf(slot), "/idNumber", { idNumber: index.idNumberOf(slot)!, city: cityCodeOf(index.cityOf(slot)), otherId: index.idOf(first) });
      }
    });
  },
};
