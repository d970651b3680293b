import type { RecordRule } from "../rule.js";
import { idBirthDate, idNumberFacts } from "./support/id-number-facts.js";
import { asPerson } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

const notADate = { "reason.zh": "不是真实存在的日期", "reason.en": "is not a real calendar date", reason: "notADate" } as const;
const future = { "reason.zh": "晚于核对日期", "reason.en": "is after the as-of date", reason: "future" } as const;

/** The year of an ISO date, read from its first four characters (no substring). */
function yearOf(iso: string): number {
  // Stryker disable next-line ArithmeticOperator: each such mutant gives a smaller year, which only skips the shortcut below; the full date comparison gives the same answer
  return (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48);
}

/** GB 11643-1999: positions 7–14 are the birth date, a real day, not in the future. */
export const idNumberBirthDateRule: RecordRule = {
  kind: "record",
  id: "id-number.birth-date",
  severity: "error",
  category: "identifier",
  appliesTo: ["person"],
  versions: v1,
  title: { zh: "身份号码中的出生日期", en: "Birth date in the identity number" },
  message: {
    zh: "公民身份号码 {idNumber} 中的出生日期 {birthDate} {reason}",
    en: "Identity number {idNumber}: its birth date {birthDate} {reason}",
  },
  guidance: {
    zh: "GB 11643-1999 第 7–14 位为出生日期（YYYYMMDD），必须是真实存在且不晚于核对日期（--as-of）的日期；校验码正确而日期不存在，通常是号码被整体编造或串行。",
    en: "GB 11643-1999: positions 7–14 are the birth date (YYYYMMDD), a real day not after the as-of date. A correct check character with an impossible date usually means a fabricated or shifted number.",
  },
  paramSources: { idNumber: { field: "/idNumber" }, birthDate: { derivedFrom: ["/idNumber"] } },
  check(record, context, emit) {
    const person = asPerson(record);
    if (person?.idNumber === undefined) return;
    const facts = idNumberFacts(person.idNumber);
    if (!facts.checkOk) return;
    if (!facts.birthDateReal) {
      emit("/idNumber", { idNumber: facts.normalised, birthDate: idBirthDate(facts.normalised), ...notADate });
      return;
    }
    // Compare years first: building the date string is needed only when it may be after the as-of date.
    if (facts.birthYear < yearOf(context.asOf)) return;
    const birthDate = idBirthDate(facts.normalised);
    if (birthDate > context.asOf) emit("/idNumber", { idNumber: facts.normalised, birthDate, ...future });
  },
};
