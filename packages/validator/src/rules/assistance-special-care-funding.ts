import type { RecordRule } from "../rule.js";
import type { AssistanceCareView } from "./support/care-record-views.js";

/** The rule reads `funding`, which payment lines have from 1.1 on. */
const fromV11: readonly string[] = ["1.1"];

/**
 * 优抚 payments (抚恤金, 定期生活补助) are funded partly by the central budget and partly
 * by local budgets, and the agency accounts for each share: a special-care payment line
 * says how it was funded (`funding`). That the parts add up is `payment.funding-sum`'s.
 */
export const assistanceSpecialCareFundingRule: RecordRule = {
  kind: "record",
  id: "assistance.special-care-funding",
  severity: "warning",
  category: "amount",
  appliesTo: ["assistance"],
  versions: fromV11,
  title: { zh: "优抚发放的资金来源", en: "Funding of special-care payments" },
  message: {
    zh: "优抚发放 {month}：{problem}",
    en: "Special-care payment for {month}: {problem}",
  },
  guidance: {
    zh: "优抚对象抚恤补助资金由中央财政和地方财政分担，经办机构按级次核算。每笔优抚发放应在 funding 中列出各级资金（central、provincial、city、county …）及金额，各部分之和等于发放金额。",
    en: "Special-care pensions and allowances are funded by the central and local budgets, and the agency accounts for each share. Give each special-care payment its funding parts (central, provincial, city, county …) with their amounts; the parts add up to the amount paid.",
  },
  paramSources: {
    month: { field: "/payments/*/month" },
  },
  check(record, _context, emit) {
    const care = record as unknown as AssistanceCareView;
    if (care.programme !== "specialCare" || care.payments === undefined) return;
    care.payments.forEach((payment, i) => {
      const funding = payment.funding;
      // Parts that do not add up are payment.funding-sum's, for every payment line.
      if (funding === undefined || funding.length === 0) {
        emit(`/payments/${i}`, { month: payment.month, "problem.zh": "未列资金来源（中央/地方分担）", "problem.en": "no funding split (central/local shares) is given" });
      }
      // The figures stay out of the finding: a payment is the (special) benefit amount.
    });
  },
};
