import type { RecordRule } from "../rule.js";
import type { PersonView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/**
 * 1.0's `deathDate` and 1.1's `vitalStatus` both say whether a person died: a record
 * may carry both (a 1.0 exporter upgraded field by field), but they must not disagree.
 */
export const personVitalStatusDeathDateRule: RecordRule = {
  kind: "record",
  id: "person.vital-status-death-date",
  severity: "error",
  category: "date",
  appliesTo: ["person"],
  versions: v1,
  title: { zh: "生存状态与死亡日期一致", en: "Vital status agrees with deathDate" },
  message: {
    zh: "生存状态（{status}，{date}）与死亡日期 deathDate {deathDate} 不一致",
    en: "The vital status ({status}, {date}) disagrees with deathDate {deathDate}",
  },
  guidance: {
    zh: "1.1 以 vitalStatus 记录生存状态；1.0 的 deathDate 仍然有效。两者同时给出时：有 deathDate 则 vitalStatus.status 应为 deceased，且 vitalStatus.date（如有）应等于 deathDate。宣告失踪（declaredMissing）不是死亡：失踪人员不应有 deathDate。",
    en: "1.1 records the vital status in vitalStatus; 1.0's deathDate stays valid. When both are given, a deathDate needs vitalStatus.status deceased, and vitalStatus.date (if any) equal to deathDate. declaredMissing is not a death: a missing person has no deathDate.",
  },
  paramSources: {
    status: { field: "/vitalStatus/status", codeList: "vitalStatus" },
    date: { field: "/vitalStatus/date" },
    deathDate: { field: "/deathDate" },
  },
  check(record, _context, emit) {
    // The rule applies to this record type only.
    const person = record as unknown as PersonView;
    const vital = person.vitalStatus;
    if (!vital || person.deathDate === undefined) return;
    const params = { status: vital.status, date: vital.date ?? "—", deathDate: person.deathDate };
    if (vital.status !== "deceased") emit("/vitalStatus/status", params);
    else if (vital.date !== undefined && vital.date !== person.deathDate) emit("/vitalStatus/date", params);
  },
};
