import type { AssistanceView, BenefitView, PaymentLineView } from "./record-view.js";

/**
 * Payment lines (common.schema.json#/$defs/paymentLine) as the payment rules read them.
 * A line counts as money paid unless its status says it failed or came back: a failed or
 * returned line and the line that pays the month again are one payment, not two.
 */
export function isEffectivePayment(line: PaymentLineView): boolean {
  return line.status !== "failed" && line.status !== "returned";
}

/** `YYYY-MM` (or the month of a `YYYY-MM-DD` date) as a month number, year × 12 + month − 1. */
export function monthNumber(iso: string): number {
  // From the character codes (the month is schema-checked): no substring per payment line.
  const year = (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48);
  return year * 12 + (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48) - 1;
}

/** The month number of a day number (days since 1970-01-01). */
export function monthOfDay(day: number): number {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** `YYYY-MM` of a month number (for messages). */
export function isoOfMonth(month: number): string {
  return `${String(Math.floor(month / 12)).padStart(4, "0")}-${String((month % 12) + 1).padStart(2, "0")}`;
}

/** No effective payment: the month number `latestEffectivePayment` gives a record without one. */
export const noPayment = -1;

/** The latest month with an effective payment and the index of its (first) line, or `noPayment`. */
export function latestEffectivePayment(lines: readonly PaymentLineView[] | undefined): { month: number; line: number } {
  let month = noPayment;
  let line = -1;
  if (!lines) return { month, line };
  for (let i = 0; i < lines.length; i++) {
    const payment = lines[i]!;
    if (!isEffectivePayment(payment)) continue;
    const at = monthNumber(payment.month);
    if (at > month) {
      month = at;
      line = i;
    }
  }
  return { month, line };
}

/**
 * What the payment rules compare a record's payment lines with: the first day money may
 * be paid (the approval), the first and last months a payment may be for (application or
 * start; termination or end), `undefined` where the record does not say.
 */
export interface PaymentTerms {
  readonly lines: readonly PaymentLineView[];
  /** Date before which nothing may be paid (ISO), with the field it comes from. */
  readonly payableFrom?: { readonly date: string; readonly field: string };
  /** First month a payment may be for, as a date whose month counts (ISO): the application or the start. */
  readonly firstMonth: { readonly date: string; readonly field: string };
  /** Last month a payment may be for, as a date whose month counts (ISO). */
  readonly lastMonth?: { readonly date: string; readonly field: string };
}

/**
 * The payment terms of an assistance case (approval, application, termination) or of a
 * benefit (its period), or undefined for other records or no lines.
 */
export function paymentTermsOf(record: Readonly<Record<string, unknown>>): PaymentTerms | undefined {
  if (record["recordType"] === "assistance") {
    const assistance = record as unknown as AssistanceView;
    const lines = assistance.payments;
    if (!lines || lines.length === 0) return undefined;
    const { applied, approved, terminated } = assistance.dates;
    return {
      lines,
      ...(approved === undefined ? {} : { payableFrom: { date: approved, field: "dates.approved" } }),
      firstMonth: { date: applied, field: "dates.applied" },
      ...(terminated === undefined ? {} : { lastMonth: { date: terminated, field: "dates.terminated" } }),
    };
  }
  if (record["recordType"] === "benefit") {
    const benefit = record as unknown as BenefitView;
    const lines = benefit.payments;
    if (!lines || lines.length === 0) return undefined;
    const { start, end } = benefit.period;
    return {
      lines,
      firstMonth: { date: start, field: "period.start" },
      ...(end === undefined ? {} : { lastMonth: { date: end, field: "period.end" } }),
    };
  }
  return undefined;
}

/** The day number of the last day of the month of a day number. */
export function lastDayOfMonthOf(day: number): number {
  const date = new Date(day * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / 86_400_000;
}
