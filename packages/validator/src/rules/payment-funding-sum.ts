import type { RecordRule } from "../rule.js";
import { paymentTermsOf } from "./support/payment-lines.js";
import { v1 } from "./support/versions.js";

/** The funding parts of a payment line add up to its amount (common.schema.json#/$defs/paymentLine). */
export const paymentFundingSumRule: RecordRule = {
  kind: "record",
  id: "payment.funding-sum",
  severity: "error",
  category: "amount",
  appliesTo: ["assistance", "benefit"],
  versions: v1,
  title: { zh: "资金构成合计等于发放金额", en: "Funding parts add up to the amount" },
  message: {
    zh: "资金构成合计 {sum} 分，发放金额为 {amount} 分",
    en: "The funding parts add up to {sum} fen; the amount is {amount} fen",
  },
  guidance: {
    zh: "funding 按来源（中央、省、市、县、慈善……）拆分一笔发放，各部分之和应等于 amount（分）。常见原因：只列了部分来源，或金额单位混用元和分。",
    en: "funding splits one payment by source (central, provincial, city, county, charity …); the parts add up to amount, in fen. Usually a source is missing, or yuan and fen are mixed.",
  },
  // A payment's amount is the benefit in force that month (benefitAmount is special): masked alike.
  sensitiveParams: { sum: "special", amount: "special" },
  check(record, _context, emit) {
    const terms = paymentTermsOf(record);
    if (!terms) return;
    terms.lines.forEach((line, i) => {
      if (!line.funding) return;
      let sum = 0;
      for (const part of line.funding) sum += part.amount;
      if (sum !== line.amount) emit(`/payments/${i}/funding`, { sum, amount: line.amount });
    });
  },
};
