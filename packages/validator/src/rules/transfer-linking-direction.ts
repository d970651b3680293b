import type { RecordRule } from "../rule.js";
import { asTransfer } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** 15 years = 180 months in the employee scheme decides the linking direction. */
const fifteenYears = 180;

/** 人社部发〔2014〕17号: ≥ 15 years employee → resident into employee; otherwise employee into resident. */
export const transferLinkingDirectionRule: RecordRule = {
  kind: "record",
  id: "transfer.linking-direction",
  severity: "error",
  category: "workflow",
  appliesTo: ["transfer"],
  versions: v1,
  title: { zh: "城乡养老衔接方向（15 年）", en: "Urban–rural pension linking direction (15 years)" },
  message: {
    zh: "职工养老缴费 {employeeSchemeMonths} 个月，衔接方向应为 {expected}，实为 {actual}",
    en: "With {employeeSchemeMonths} months in the employee scheme the linking kind should be {expected}, found {actual}",
  },
  guidance: {
    zh: "人社部发〔2014〕17号：达到法定退休年龄时，职工养老缴费满 15 年（180 个月）的，从城乡居民养老转入职工养老（residentToEmployee）；不足 15 年的，从职工养老转入城乡居民养老（employeeToResident）。",
    en: "人社部发〔2014〕17号: at pension age, 15 years (180 months) or more in the employee scheme moves the resident pension into the employee scheme (residentToEmployee); fewer moves the employee pension into the resident scheme (employeeToResident).",
  },
  paramSources: {
    expected: { codeList: "transferKind" },
    actual: { field: "/kind", codeList: "transferKind" },
  },
  check(record, _context, emit) {
    const transfer = asTransfer(record);
    if (!transfer?.linking || !transfer.kind.startsWith("pension.link.")) return;
    const months = transfer.linking.employeeSchemeMonths;
    const expected = months >= fifteenYears ? "pension.link.residentToEmployee" : "pension.link.employeeToResident";
    if (transfer.kind !== expected) emit("/kind", { employeeSchemeMonths: months, expected, actual: transfer.kind });
  },
};
