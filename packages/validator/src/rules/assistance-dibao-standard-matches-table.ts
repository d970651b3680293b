import type { RecordRule } from "../rule.js";
import { caseDivision } from "./support/case-division.js";
import { isPayingDibaoCase } from "./support/dibao-case.js";
import { datePart } from "./support/iso-date.js";
import { dibaoStandardOn, parameterTables } from "./support/parameter-tables.js";
import type { AssistanceView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

const unverifiedNote = { "note.zh": "；该参数未经核实", "note.en": "; figure not verified" } as const;
const verifiedNote = { "note.zh": "", "note.en": "" } as const;

/** The record's 低保 standard is the one the parameter file gives for its city, programme and date. */
export const assistanceDibaoStandardMatchesTableRule: RecordRule = {
  kind: "record",
  id: "assistance.dibao-standard-matches-table",
  severity: "error",
  category: "amount",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "低保标准与参数表一致", en: "低保 standard matches the parameter table" },
  message: {
    zh: "{city} {programme} 在 {date} 的低保标准应为 {expected} 分（来源：{source}{note}），实为 {actual} 分",
    en: "The 低保 standard of {city} {programme} on {date} should be {expected} fen (source: {source}{note}), found {actual}",
  },
  guidance: {
    zh: "低保标准由各市按年公布。农村低保标准常按区县制定：表中有案件所在区县（division，无则经办机构所在区划）的条目时用它，否则用所在市的条目。仅在参数文件 dibaoStandard 表有适用于该市（区县）、项目和日期（meta.lastUpdated）的条目时检查；本规则与差额计算规则分开，表中数字未核实时消息会注明。",
    en: "Cities publish their 低保 standards yearly. Rural standards are often set per county: a row for the case's county (division, else the agency's division) wins over the city's row, which applies to all its counties otherwise. Checked only when the parameter file's dibaoStandard table has an entry for the city (or county), programme and date (meta.lastUpdated); the message says when the table's figure is not verified.",
  },
  paramSources: { programme: { field: "/programme", codeList: "assistanceProgramme" }, actual: { field: "/monthlyStandard" } },
  check(record, context, emit) {
    // The rule applies to assistance cases only.
    const assistance = record as unknown as AssistanceView;
    if (assistance.monthlyStandard === undefined || !isPayingDibaoCase(assistance)) return;
    const tables = parameterTables(context.parameters);
    const date = datePart(assistance.meta.lastUpdated);
    const entry = dibaoStandardOn(tables, assistance.city, assistance.programme, date, caseDivision(assistance));
    if (!entry || entry.monthlyStandard === assistance.monthlyStandard) return;
    emit("/monthlyStandard", {
      city: assistance.city,
      programme: assistance.programme,
      date,
      expected: entry.monthlyStandard,
      actual: assistance.monthlyStandard,
      source: entry.source,
      verified: entry.verified,
      ...(entry.verified ? verifiedNote : unverifiedNote),
    });
  },
};
