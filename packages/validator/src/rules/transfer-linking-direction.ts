import type { RecordRule } from "../rule.js";
import { minimumContributionMonths, transferDate } from "./support/pooling.js";
import type { TransferView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/**
 * 人社部发〔2014〕17号: at least the minimum contribution period (15 years until 2029, then
 * rising: parameter table minimumContributionPeriod) in the employee scheme → resident into
 * employee; otherwise employee into resident.
 */
export const transferLinkingDirectionRule: RecordRule = {
  kind: "record",
  id: "transfer.linking-direction",
  severity: "error",
  category: "workflow",
  appliesTo: ["transfer"],
  versions: v1,
  title: { zh: "城乡养老衔接方向（最低缴费年限）", en: "Urban–rural pension linking direction (minimum contribution period)" },
  message: {
    zh: "职工养老缴费 {employeeSchemeMonths} 个月（{date} 的最低缴费年限为 {minimumMonths} 个月），衔接方向应为 {expected}，实为 {actual}",
    en: "With {employeeSchemeMonths} months in the employee scheme (minimum contribution period on {date}: {minimumMonths} months) the linking kind should be {expected}, found {actual}",
  },
  guidance: {
    zh: "人社部发〔2014〕17号：达到法定退休年龄时，职工养老缴费满最低缴费年限的，从城乡居民养老转入职工养老（residentToEmployee）；不足的，从职工养老转入城乡居民养老（employeeToResident）。最低缴费年限按转移日期（第一步的日期）取自参数表 minimumContributionPeriod：默认 2029 年底前 15 年（180 个月），2030 年起每年增加 6 个月，至 20 年（渐进式延迟法定退休年龄的决定，2024-09）。参数表在该日期无有效条目时不检查。",
    en: "人社部发〔2014〕17号: at pension age, the minimum contribution period or more in the employee scheme moves the resident pension into the employee scheme (residentToEmployee); less moves the employee pension into the resident scheme (employeeToResident). The minimum is read for the transfer's date (its first step) from the minimumContributionPeriod parameter table: by default 15 years (180 months) until 2029, then six months more each year from 2030 up to 20 years (decision on the gradual rise of the retirement age, 2024-09). Without a row in force on that date the rule does not check.",
  },
  paramSources: {
    expected: { codeList: "transferKind" },
    actual: { field: "/kind", codeList: "transferKind" },
  },
  check(record, context, emit) {
    // The rule applies to transfers only, and the schema requires a first step (the date).
    const transfer = record as unknown as TransferView;
    if (!transfer.linking || !transfer.kind.startsWith("pension.link.")) return;
    const date = transferDate(transfer)!;
    const minimumMonths = minimumContributionMonths(context.parameters.minimumContributionPeriod, date);
    if (minimumMonths === undefined) return;
    const months = transfer.linking.employeeSchemeMonths;
    const expected = months >= minimumMonths ? "pension.link.residentToEmployee" : "pension.link.employeeToResident";
    if (transfer.kind !== expected) emit("/kind", { employeeSchemeMonths: months, minimumMonths, date, expected, actual: transfer.kind });
  },
};
