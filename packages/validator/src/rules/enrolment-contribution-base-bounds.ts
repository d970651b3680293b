import type { ContributionBaseEntry } from "../parameters.js";
import type { Emit, RecordRule } from "../rule.js";
import { employeeSchemes } from "./support/code-tables.js";
import { datePart } from "./support/iso-date.js";
import { contributionBaseEntries, parameterTables } from "./support/parameter-tables.js";
import { asEnrolment } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

const unverifiedNote = { "note.zh": "；该参数未经核实", "note.en": "; figure not verified" } as const;
const verifiedNote = { "note.zh": "", "note.en": "" } as const;

/** Reports `base` outside the widest bounds of the entries in force during the span. */
function checkBase(base: number, entries: readonly ContributionBaseEntry[], pointer: string, when: string, emit: Emit): void {
  const first = entries[0];
  if (!first) return;
  let lower = first.lowerBound;
  let upper = first.upperBound;
  let verified = first.verified;
  for (const entry of entries) {
    lower = Math.min(lower, entry.lowerBound);
    upper = Math.max(upper, entry.upperBound);
    verified &&= entry.verified;
  }
  if (base >= lower && base <= upper) return;
  emit(pointer, {
    base,
    lowerBound: lower,
    upperBound: upper,
    when,
    region: first.region,
    source: first.source,
    verified,
    ...(verified ? verifiedNote : unverifiedNote),
  });
}

/** 缴费基数 within 60 %–300 % of the average wage: the dated bounds of the parameter file. */
export const enrolmentContributionBaseBoundsRule: RecordRule = {
  kind: "record",
  id: "enrolment.contribution-base-bounds",
  severity: "error",
  category: "amount",
  appliesTo: ["enrolment"],
  versions: v1,
  title: { zh: "缴费基数上下限", en: "Contribution base within bounds" },
  message: {
    zh: "缴费基数 {base} 分不在 {when} 的上下限 {lowerBound}–{upperBound} 分之内（地区 {region}，来源：{source}{note}）",
    en: "Contribution base {base} fen is outside the bounds {lowerBound}–{upperBound} fen for {when} (region {region}, source: {source}{note})",
  },
  guidance: {
    zh: "职工险种的缴费基数为上年度全口径城镇单位就业人员月平均工资的 60 %–300 %，由省每年公布。仅在参数文件 contributionBase 表中有适用于该地区和日期的条目时检查（县、市、省依次匹配）；当年度基数调整时取两者的最宽范围。",
    en: "For employee schemes the base is 60 %–300 % of the previous year's average monthly wage, set by the province each year. Checked only when the parameter file's contributionBase table has an entry for the region (county, then city, then province) and date; a year spanning an update takes the widest bounds.",
  },
  paramSources: { base: { field: ["/monthlyContributionBase", "/contributions/*/monthlyBase"] } },
  check(record, context, emit) {
    const enrolment = asEnrolment(record);
    if (!enrolment || !employeeSchemes.has(enrolment.scheme)) return;
    const tables = parameterTables(context.parameters);
    if (!tables.hasContributionBase) return;
    const division = enrolment.agency.division;
    if (enrolment.monthlyContributionBase !== undefined) {
      const updated = datePart(enrolment.meta.lastUpdated);
      const end = enrolment.period.end;
      const date = end !== undefined && end < updated ? end : updated;
      checkBase(enrolment.monthlyContributionBase, contributionBaseEntries(tables, division, date, date), "/monthlyContributionBase", date, emit);
    }
    const years = enrolment.contributions;
    if (!years) return;
    for (let i = 0; i < years.length; i++) {
      const year = years[i]!;
      const entries = contributionBaseEntries(tables, division, `${year.year}-01-01`, `${year.year}-12-31`);
      checkBase(year.monthlyBase, entries, `/contributions/${i}/monthlyBase`, String(year.year), emit);
    }
  },
};
