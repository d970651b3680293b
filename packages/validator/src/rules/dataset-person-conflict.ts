import type { DatasetRule } from "../rule.js";
import { cityCodeOf } from "./support/city-code.js";
import { forEachIdNumberGroup } from "./support/person-groups.js";
import { v1 } from "./support/versions.js";

/** Person records of one identity number from different cities agree on name, sex and birth date. */
export const datasetPersonConflictRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.person-conflict",
  severity: "error",
  category: "duplicate",
  appliesTo: ["person"],
  versions: v1,
  title: { zh: "跨市人员信息冲突", en: "Person records of two cities disagree" },
  message: {
    zh: "公民身份号码 {idNumber}：本记录（{city}）与 {otherId}（{otherCity}）的 {fields} 不一致",
    en: "Identity number {idNumber}: this record ({city}) and {otherId} ({otherCity}) disagree on {fields}",
  },
  guidance: {
    zh: "同一公民身份号码在不同城市的人员记录，姓名、性别和出生日期必须一致；以户籍登记为准更正。姓名按去除首尾空白后逐字比较（不在索引中保存姓名，只保存其散列）。",
    en: "Person records of one identity number in different cities must agree on name, sex and birth date; correct them from the hukou register. Names are compared exactly after trimming (the index keeps a hash, not the name).",
  },
  paramSources: { idNumber: { field: "/idNumber" } },
  check(index, _context, emit) {
    forEachIdNumberGroup(index, (group) => {
      for (let i = 1; i < group.length; i++) {
        const slot = group[i]!;
        let other = -1;
        for (let j = 0; j < i && other < 0; j++) if (index.cityOf(group[j]!) !== index.cityOf(slot)) other = group[j]!;
        if (other < 0) continue;
        const fields: string[] = [];
        if (index.nameHashOf(slot) !== index.nameHashOf(other)) fields.push("name");
        if (index.codeOf(slot) !== index.codeOf(other)) fields.push("sex");
        if (index.startOf(slot) !== index.startOf(other)) fields.push("birthDate");
        if (fields.length === 0) continue;
        emit(index.handleOf(slot), `/${fields[0]}`, {
          idNumber: index.idNumberOf(slot)!,
          city: cityCodeOf(index.cityOf(slot)),
          otherId: index.idOf(other),
          otherCity: cityCodeOf(index.cityOf(other)),
          fields: fields.join(", "),
        });
      }
    });
  },
};
