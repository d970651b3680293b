import type { RecordRule } from "../rule.js";
import { caseDivision } from "./support/case-division.js";
import { datePart } from "./support/iso-date.js";
import { dibaoMarginalCeilingOn, parameterTables } from "./support/parameter-tables.js";
import type { AssistanceView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

const paying: ReadonlySet<string> = new Set(["active", "suspended"]);

/** A 低保边缘 (near-poverty) household's per-capita income is within its ceiling: a multiple of the 低保 standard (parameter). */
export const assistanceDibaoMarginalCeilingRule: RecordRule = {
  kind: "record",
  id: "assistance.dibao-marginal-ceiling",
  severity: "warning",
  category: "amount",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "低保边缘家庭收入不超过上限", en: "Near-poverty household within its income ceiling" },
  message: {
    zh: "低保边缘家庭人均收入 {perCapitaIncome} 分超过上限 {ceiling} 分（低保标准 {monthlyStandard} 分的 {ceilingPercent}%，来源：{source}）",
    en: "The near-poverty household's per-capita income {perCapitaIncome} fen is above its ceiling of {ceiling} fen ({ceilingPercent} % of the 低保 standard {monthlyStandard} fen; source: {source})",
  },
  guidance: {
    zh: "低保边缘家庭（dibao.marginal）的人均收入不得超过当地低保标准的一定倍数（参数表 dibaoMarginalCeiling，默认 150%，各地可另定）。monthlyStandard 填当地低保标准。超过上限的家庭不再属于低保边缘，应复核。只核对在保（active/suspended）且填写了人均收入和标准的案件。",
    en: "A near-poverty (dibao.marginal) household's per-capita income is at most a multiple of the local 低保 standard (parameter table dibaoMarginalCeiling, default 150 %, set locally); monthlyStandard holds the local 低保 standard. A household above it is no longer near-poverty and should be reviewed. Only paying (active/suspended) cases with income and standard are checked.",
  },
  paramSources: {
    perCapitaIncome: { field: "/perCapitaIncome" },
    monthlyStandard: { field: "/monthlyStandard" },
    ceiling: { derivedFrom: ["/monthlyStandard"] },
  },
  check(record, context, emit) {
    // The rule applies to assistance cases only.
    const assistance = record as unknown as AssistanceView;
    if (assistance.programme !== "dibao.marginal" || !paying.has(assistance.caseStatus)) return;
    const { perCapitaIncome, monthlyStandard } = assistance;
    if (perCapitaIncome === undefined || monthlyStandard === undefined) return;
    const entry = dibaoMarginalCeilingOn(parameterTables(context.parameters), caseDivision(assistance), datePart(assistance.meta.lastUpdated));
    if (!entry || perCapitaIncome * 100 <= monthlyStandard * entry.ceilingPercent) return;
    const ceiling = Math.floor((monthlyStandard * entry.ceilingPercent) / 100);
    emit("/perCapitaIncome", { perCapitaIncome, monthlyStandard, ceiling, ceilingPercent: entry.ceilingPercent, source: entry.source });
  },
};
