import type { RecordRule } from "../rule.js";
import { datePart } from "./support/iso-date.js";
import { dibaoStandardOn, parameterTables, tekunStandardRatioOn } from "./support/parameter-tables.js";
import type { AssistanceView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

const tekunProgrammes: ReadonlySet<string> = new Set(["tekun.centralised", "tekun.dispersed"]);

/**
 * A 特困 case's basic living standard is at least the dated minimum ratio (default 1.3,
 * 国发〔2016〕14号) times the local 低保 standard. The case does not say whether it is urban
 * or rural, so the floor is taken from the lower of the city's two 低保 standards: the
 * rule never fires on a lawful standard, and still catches the classic fault of a 特困
 * standard set at (or below) the 低保 level.
 */
export const assistanceTekunStandardRatioRule: RecordRule = {
  kind: "record",
  id: "assistance.tekun-standard-ratio",
  severity: "error",
  category: "amount",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "特困供养标准不低于低保标准的规定倍数", en: "特困 standard at least the required multiple of the 低保 standard" },
  message: {
    zh: "特困基本生活标准 {actual} 分低于 {date} 当地低保标准 {dibaoStandard} 分的 {minimumPercent}%（{minimum} 分；来源：{source}）",
    en: "The 特困 basic living standard {actual} fen is below {minimumPercent} % of the local 低保 standard {dibaoStandard} fen on {date} ({minimum} fen; source: {source})",
  },
  guidance: {
    zh: "特困人员基本生活标准不得低于当地低保标准的规定倍数（默认 1.3 倍，国发〔2016〕14号；地方可在参数文件 tekunStandardRatio 表中按地区和日期提供）。因记录未区分城乡，按该市城乡低保标准中较低者计算。仅在参数文件 dibaoStandard 表有该市在该日期的标准时检查。",
    en: "The basic living standard of 特困 persons may not be below the required multiple of the local 低保 standard (1.3 by default, 国发〔2016〕14号; an agency supplies its own by region and date in the parameter file's tekunStandardRatio table). The record does not say urban or rural, so the lower of the city's two 低保 standards is used. Checked only when the parameter file's dibaoStandard table has the city's standard on that date.",
  },
  paramSources: { actual: { field: "/monthlyStandard" } },
  check(record, context, emit) {
    // The rule applies to this record type only.
    const assistance = record as unknown as AssistanceView;
    if (assistance.monthlyStandard === undefined || !tekunProgrammes.has(assistance.programme)) return;
    const tables = parameterTables(context.parameters);
    const date = datePart(assistance.meta.lastUpdated);
    const ratio = tekunStandardRatioOn(tables, assistance.agency.division, date);
    if (!ratio) return;
    const dibao = [dibaoStandardOn(tables, assistance.city, "dibao.urban", date), dibaoStandardOn(tables, assistance.city, "dibao.rural", date)]
      .flatMap((entry) => (entry ? [entry.monthlyStandard] : []));
    if (dibao.length === 0) return;
    const dibaoStandard = Math.min(...dibao);
    // Integer comparison: standard × 100 ≥ percent × 低保 standard, no rounding of the floor.
    if (assistance.monthlyStandard * 100 >= ratio.minimumPercent * dibaoStandard) return;
    emit("/monthlyStandard", {
      actual: assistance.monthlyStandard,
      dibaoStandard,
      minimumPercent: ratio.minimumPercent,
      minimum: Math.ceil((ratio.minimumPercent * dibaoStandard) / 100),
      date,
      source: ratio.source,
    });
  },
};
