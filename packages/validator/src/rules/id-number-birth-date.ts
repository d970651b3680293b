import type { RecordRule } from "../rule.js";
import { idBirthDate, idNumberFacts } from "./support/id-number-facts.js";
import type { PersonView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

const notADate = { "reason.zh": "不是真实存在的日期", "reason.en": "is not a real calendar date", reason: "notADate" } as const;
const future = { "reason.zh": "晚于核对日期", "reason.en": "is after the as-of date", reason: "future" } as const;

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
    // The rule applies to persons only.
    const person = record as unknown as PersonView;
    if (person.idNumber === undefined) return;
    const facts = idNumberFacts(person.idNumber);
    if (!facts.checkOk) return;
    if (!facts.birthDateReal) {
      emit("/idNumber", { idNumber: facts.normalised, birthDate: idBirthDate(facts.normalised), ...notADate });
      return;
    }
    const birthDate = idBirthDate(facts.normalised);
    if (birthDate > context.asOf) emit("/idNumber", { idNumber: facts.normalised, birthDate, ...future });
  },
};
