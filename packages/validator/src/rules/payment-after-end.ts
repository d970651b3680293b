import type { RecordRule } from "../rule.js";
import { isEffectivePayment, monthNumber, paymentTermsOf } from "./support/payment-lines.js";
import { v1 } from "./support/versions.js";

/** A payment for a month after the case was terminated or the benefit ended. */
export const paymentAfterEndRule: RecordRule = {
  kind: "record",
  id: "payment.after-end",
  severity: "error",
  category: "amount",
  appliesTo: ["assistance", "benefit"],
  versions: v1,
  title: { zh: "终止后仍有发放", en: "Payment after the end" },
  message: {
    zh: "发放明细所属月份 {month} 晚于 {endField}（{end}）所在月份",
    en: "A payment is for {month}, after the month of {endField} ({end})",
  },
  guidance: {
    zh: "案件终止（或待遇终止）当月之后不应再发放。状态为 failed（发放失败）或 returned（已退回）的明细不计为发放。常见原因：终止后未停发，或终止日期录入错误。",
    en: "Nothing is paid for months after the month a case is terminated (or a benefit ends). Lines with status failed or returned do not count as paid. Usually payment was not stopped, or the end date is wrong.",
  },
  check(record, _context, emit) {
    const terms = paymentTermsOf(record);
    const last = terms?.lastMonth;
    if (!terms || !last) return;
    const lastMonth = monthNumber(last.date);
    terms.lines.forEach((line, i) => {
      if (isEffectivePayment(line) && monthNumber(line.month) > lastMonth) emit(`/payments/${i}/month`, { month: line.month, endField: last.field, end: last.date });
    });
  },
};
