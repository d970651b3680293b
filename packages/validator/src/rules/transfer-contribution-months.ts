import type { RecordRule } from "../rule.js";
import type { TransferView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** The months moved are the months of the contribution years listed. */
export const transferContributionMonthsRule: RecordRule = {
  kind: "record",
  id: "transfer.contribution-months",
  severity: "error",
  category: "amount",
  appliesTo: ["transfer"],
  versions: v1,
  title: { zh: "转移缴费月数", en: "Contribution months moved" },
  message: {
    zh: "contributionMonths 应为 {expected}（各年 months 之和），实为 {actual}",
    en: "contributionMonths should be {expected} (the sum of the years' months), found {actual}",
  },
  guidance: {
    zh: "缴费年限累计计算（国办发〔2009〕66号）：转移的缴费月数必须等于 contributions 中各年月数之和，否则接收地无法核对年限。",
    en: "Contribution periods add up (国办发〔2009〕66号): the months moved must equal the sum of the months of the listed years, or the receiving office cannot check them.",
  },
  check(record, _context, emit) {
    // The rule applies to this record type only.
    const transfer = record as unknown as TransferView;
    let expected = 0;
    for (const year of transfer.contributions) expected += year.months;
    if (expected !== transfer.contributionMonths) emit("/contributionMonths", { expected, actual: transfer.contributionMonths });
  },
};
