import type { Emit, RecordRule } from "../rule.js";
import type { AssistanceView, EnrolmentView, PersonView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/**
 * Reports `later` when it is before `earlier`. ISO dates compare as strings. `reveal`
 * false leaves the dates out of the params (a person's birth and death dates are
 * personal data); the pointer still leads to the field.
 */
function order(earlierField: string, earlier: string | undefined, laterField: string, later: string | undefined, emit: Emit, reveal = true): void {
  if (earlier === undefined || later === undefined || earlier <= later) return;
  emit(`/${laterField.replaceAll(".", "/")}`, { field: laterField, earlierField, detail: reveal ? ` (${later} < ${earlier})` : "" });
}

/** Dates of one record that follow each other must not be reversed. */
export const periodOrderRule: RecordRule = {
  kind: "record",
  id: "period.order",
  severity: "error",
  category: "date",
  appliesTo: ["person", "enrolment", "assistance", "benefit", "medicalRegistration"],
  versions: v1,
  title: { zh: "日期先后顺序", en: "Dates in order" },
  message: {
    zh: "{field} 不应早于 {earlierField}{detail}",
    en: "{field} must not be before {earlierField}{detail}",
  },
  guidance: {
    zh: "检查的顺序：出生日期 ≤ 死亡日期；参保、待遇与异地就医备案期间 start ≤ end（end 含当日）；救助申请 ≤ 批准 ≤ 终止；上次复核 ≤ 下次复核。通常是日期录入颠倒或年份错误。",
    en: "Checked: birthDate ≤ deathDate; the period start ≤ end of enrolments, benefits and 异地就医 registrations (end inclusive); assistance applied ≤ approved ≤ terminated; lastReviewDate ≤ nextReviewDate. Usually swapped dates or a wrong year.",
  },
  check(record, _context, emit) {
    switch (record["recordType"]) {
      case "person": {
        const person = record as unknown as PersonView;
        order("birthDate", person.birthDate, "deathDate", person.deathDate, emit, false);
        return;
      }
      case "enrolment":
      case "benefit":
      case "medicalRegistration": {
        const period = (record as unknown as EnrolmentView).period;
        order("period.start", period.start, "period.end", period.end, emit);
        return;
      }
      case "assistance": {
        const assistance = record as unknown as AssistanceView;
        const dates = assistance.dates;
        order("dates.applied", dates.applied, "dates.approved", dates.approved, emit);
        if (dates.approved !== undefined) order("dates.approved", dates.approved, "dates.terminated", dates.terminated, emit);
        else order("dates.applied", dates.applied, "dates.terminated", dates.terminated, emit);
        order("lastReviewDate", assistance.lastReviewDate, "nextReviewDate", assistance.nextReviewDate, emit);
        return;
      }
    }
  },
};
