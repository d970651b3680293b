import type { RecordRule } from "../rule.js";
import { movesBetweenPools } from "./support/pooling.js";
import type { ContributionYearView, TransferView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** First contribution year the pooled fund moves for (国办发〔2009〕66号: since 1998-01-01). */
const firstPooledYear = 1998;

/** Σ over years ≥ 1998 of round_half_up(monthlyBase × months × 12 %), in whole fen. */
export function pooledFundOf(years: readonly ContributionYearView[]): number {
  let sum = 0;
  for (const year of years) {
    if (year.year < firstPooledYear) continue;
    // monthlyBase × months × 12 / 100, rounded half up, in integers (no float rounding).
    sum += Math.floor((year.monthlyBase * year.months * 12 + 50) / 100);
  }
  return sum;
}

/** Enterprise employee pension transfers move 12 % of each year's contribution wage as pooled fund. */
export const transferPooledFundRule: RecordRule = {
  kind: "record",
  id: "transfer.pooled-fund",
  severity: "error",
  category: "amount",
  appliesTo: ["transfer"],
  versions: v1,
  title: { zh: "统筹基金转移额（12 %）", en: "Pooled fund moved (12 %)" },
  message: {
    zh: "统筹基金转移额应为 {expected} 分（1998 年起各年缴费基数 × 月数 × 12 %），实为 {actual} 分",
    en: "pooledFundAmount should be {expected} fen (12 % of monthly base × months for each year since 1998), found {actual}",
  },
  guidance: {
    zh: "国办发〔2009〕66号：跨统筹地区转移企业职工基本养老保险关系时，统筹基金按 1998 年 1 月 1 日起各年度实际缴费工资的 12 % 转移，不足一年按月计；每年四舍五入到分。仅适用于 pension.employee.intercity 且转出地、转入地在转移日期（第一步的日期）分属不同统筹区（参数表 poolingRegime；默认湖南省级统筹）；同一统筹区内为变更登记，不转移基金，见 transfer.funds-within-pool。",
    en: "国办发〔2009〕66号: an enterprise employee pension moving between pooling regions takes 12 % of each year's actual contribution wage since 1998-01-01 as pooled fund, part years by month; each year is rounded half up to the fen. Applies to pension.employee.intercity only, and only when the two sides are in different pools on the transfer's date (its first step) by the poolingRegime parameter table (default: Hunan pools at provincial level); a move within one pool is a registration change without funds, see transfer.funds-within-pool.",
  },
  paramSources: {
    expected: { derivedFrom: ["/contributions/*/monthlyBase", "/contributions/*/months", "/contributions/*/year"] },
    actual: { field: "/pooledFundAmount" },
  },
  check(record, context, emit) {
    // The rule applies to this record type only.
    const transfer = record as unknown as TransferView;
    if (transfer.kind !== "pension.employee.intercity" || movesBetweenPools(transfer, context.parameters) === false) return;
    const expected = pooledFundOf(transfer.contributions);
    if (expected !== transfer.pooledFundAmount) emit("/pooledFundAmount", { expected, actual: transfer.pooledFundAmount });
  },
};
