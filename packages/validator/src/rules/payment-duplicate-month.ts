import type { RecordRule } from "../rule.js";
import { isEffectivePayment, paymentTermsOf } from "./support/payment-lines.js";

/**
 * One month paid twice. Failed and returned lines are not payments, so a month whose
 * first payment failed (or came back) and was then paid again is paid once. From 1.1
 * only: a 1.0 payment line cannot say it failed, so a failed payment and its re-payment
 * look like two payments there.
 */
export const paymentDuplicateMonthRule: RecordRule = {
  kind: "record",
  id: "payment.duplicate-month",
  severity: "error",
  category: "duplicate",
  appliesTo: ["assistance", "benefit"],
  versions: ["1.1"],
  title: { zh: "同月重复发放", en: "Month paid twice" },
  message: {
    zh: "所属月份 {month} 已由第 {otherLine} 条明细发放，又发放一次",
    en: "Month {month} is paid again; payment line {otherLine} already paid it",
  },
  guidance: {
    zh: "同一所属月份只应有一条有效发放。发放失败或被退回后重新发放的，把原明细的 status 记为 failed 或 returned；同月补发差额的，合并为一条明细。",
    en: "A month has one effective payment. When a payment failed or came back and was paid again, give the first line status failed or returned; a top-up for a month goes into that month's one line.",
  },
  check(record, _context, emit) {
    const terms = paymentTermsOf(record);
    if (!terms) return;
    const firstLine = new Map<string, number>();
    terms.lines.forEach((line, i) => {
      if (!isEffectivePayment(line)) return;
      const earlier = firstLine.get(line.month);
      if (earlier === undefined) firstLine.set(line.month, i);
      else emit(`/payments/${i}/month`, { month: line.month, otherLine: earlier });
    });
  },
};
