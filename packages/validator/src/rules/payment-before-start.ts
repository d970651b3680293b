import type { RecordRule } from "../rule.js";
import { isEffectivePayment, monthNumber, paymentTermsOf } from "./support/payment-lines.js";
import { v1 } from "./support/versions.js";

/** A payment made before the case was approved, or for a month before it was applied for (or the benefit started). */
export const paymentBeforeStartRule: RecordRule = {
  kind: "record",
  id: "payment.before-start",
  severity: "error",
  category: "amount",
  appliesTo: ["assistance", "benefit"],
  versions: v1,
  title: { zh: "批准（起始）前发放", en: "Payment before the start" },
  message: {
    zh: "发放明细（所属月份 {month}，发放日期 {paidOn}）早于 {startField}（{start}）",
    en: "A payment (for {month}, paid on {paidOn}) comes before {startField} ({start})",
  },
  guidance: {
    zh: "救助金在批准后才能发放（发放日期不早于批准日期），所属月份不早于申请当月（按规定从申请或批准次月起算的，补发也不早于申请月）；待遇所属月份不早于待遇起始月。状态为 failed 或 returned 的明细不计为发放。",
    en: "Assistance is paid only once approved (paidOn not before dates.approved), and for no month before the month of application (back pay from the application month is lawful where local rules allow it); a benefit is paid for no month before its start. Lines with status failed or returned do not count as paid.",
  },
  check(record, _context, emit) {
    const terms = paymentTermsOf(record);
    if (!terms) return;
    const { payableFrom, firstMonth } = terms;
    const first = monthNumber(firstMonth.date);
    terms.lines.forEach((line, i) => {
      if (!isEffectivePayment(line)) return;
      if (monthNumber(line.month) < first) {
        emit(`/payments/${i}/month`, { month: line.month, paidOn: line.paidOn, startField: firstMonth.field, start: firstMonth.date });
      } else if (payableFrom && line.paidOn < payableFrom.date) {
        emit(`/payments/${i}/paidOn`, { month: line.month, paidOn: line.paidOn, startField: payableFrom.field, start: payableFrom.date });
      }
    });
  },
};
