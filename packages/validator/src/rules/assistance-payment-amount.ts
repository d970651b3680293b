import type { RecordRule } from "../rule.js";
import { benefitsInForce } from "./support/benefit-in-force.js";
import { caseDivision } from "./support/case-division.js";
import { dibaoProgrammes, tekunProgrammes } from "./support/code-tables.js";
import { parameterTables, roundingToleranceOn } from "./support/parameter-tables.js";
import type { AssistanceView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** Payment outcomes that mean money reached the payee (absent = paid). */
const isPaid = (status: string | undefined): boolean => status === undefined || status === "paid";

/**
 * A monthly cash payment differs from the benefit in force that month (with the
 * classified supplement, or without it where that is paid apart), beyond the rounding
 * tolerance of the case's division. Months paid twice, and payments outside the case's
 * approval or after a death or termination, are other rules' concern and skipped here.
 */
export const assistancePaymentAmountRule: RecordRule = {
  kind: "record",
  id: "assistance.payment-amount",
  severity: "warning",
  category: "amount",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "发放金额与当月待遇一致", en: "Payment matches the benefit in force that month" },
  message: {
    zh: "{month} 发放 {actual} 分，与当月待遇 {expected} 分（含分类施保 {supplement} 分）相差超过容差 {tolerance} 分",
    en: "The payment for {month} is {actual} fen; the benefit in force that month is {expected} fen (with a classified supplement of {supplement} fen), more than the tolerance of {tolerance} fen apart",
  },
  guidance: {
    zh: "按月发放的现金救助（低保、特困，或 benefitFrequency 为 monthly 的项目），每月实发应等于当月有效的待遇：最近一次复核（lastReviewDate 或 reviews）以来为 benefitAmount，此前按 reviews 中的 benefitAfter/benefitBefore；复核当月新旧金额均可；可另加 classifiedSupplement。按元取整的地区用参数表 benefitRoundingTolerance 给出容差。无法判断当月待遇、一个月多笔发放、失败或退回的发放、批准前或终止后的月份不在本规则核对之列。",
    en: "For monthly cash assistance (低保, 特困, or a programme with benefitFrequency monthly) each month's payment equals the benefit in force that month: benefitAmount since the latest review (lastReviewDate or reviews[]), before it the review history's benefitAfter/benefitBefore; in a review's month either amount; with or without classifiedSupplement. Where amounts are rounded (e.g. to the yuan), the parameter table benefitRoundingTolerance gives the tolerance. Months the record cannot price, months with several payment lines, failed or returned payments, and months before approval or after termination are left to other rules.",
  },
  paramSources: {
    // A payment shows the benefit it pays, so it is masked as the benefit is.
    actual: { derivedFrom: ["/payments/*/amount", "/benefitAmount"] },
    expected: { derivedFrom: ["/benefitAmount", "/reviews/*/benefitAfter", "/reviews/*/benefitBefore"] },
    supplement: { field: "/classifiedSupplement" },
  },
  check(record, context, emit) {
    // The rule applies to assistance cases only.
    const assistance = record as unknown as AssistanceView;
    const payments = assistance.payments;
    if (!payments) return;
    if (assistance.benefitKind !== undefined && assistance.benefitKind !== "cash") return;
    const regular = dibaoProgrammes.has(assistance.programme) || tekunProgrammes.has(assistance.programme);
    if (assistance.benefitFrequency !== undefined ? assistance.benefitFrequency !== "monthly" : !regular) return;
    const approved = assistance.dates.approved?.slice(0, 7);
    // Stryker disable next-line MethodExpression: a month after the termination month is after the termination date too (a month is a prefix of its days)
    const terminated = assistance.dates.terminated?.slice(0, 7);
    const linesPerMonth = new Map<string, number>();
    for (const payment of payments) if (isPaid(payment.status)) linesPerMonth.set(payment.month, (linesPerMonth.get(payment.month) ?? 0) + 1);
    const supplement = assistance.classifiedSupplement ?? 0;
    const tables = parameterTables(context.parameters);
    payments.forEach((payment, index) => {
      const { month, amount } = payment;
      if (!isPaid(payment.status) || linesPerMonth.get(month) !== 1) return;
      if ((approved !== undefined && month < approved) || (terminated !== undefined && month > terminated)) return;
      const benefits = benefitsInForce(assistance, month);
      if (benefits === undefined) return;
      const tolerance = roundingToleranceOn(tables, caseDivision(assistance), `${month}-01`);
      let closest = Number.NaN;
      for (const benefit of benefits) {
        // Without a supplement both are the benefit.
        for (const due of [benefit, benefit + supplement]) {
          if (Math.abs(amount - due) <= tolerance) return;
          if (Number.isNaN(closest) || Math.abs(amount - due) < Math.abs(amount - closest)) closest = due;
        }
      }
      emit(`/payments/${index}/amount`, { month, actual: amount, expected: closest, supplement, tolerance });
    });
  },
};
