import type { RecordRule } from "../rule.js";
import { birthDateEquals, idBirthDate, idNumberFacts } from "./support/id-number-facts.js";
import type { PersonView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** The person's birthDate is the date written in positions 7–14 of the identity number. */
export const personBirthDateMatchesIdRule: RecordRule = {
  kind: "record",
  id: "person.birth-date-matches-id",
  severity: "error",
  category: "identifier",
  appliesTo: ["person"],
  versions: v1,
  title: { zh: "出生日期与身份号码一致", en: "Birth date agrees with the identity number" },
  message: {
    zh: "出生日期应为 {expected}（据公民身份号码），实为 {actual}",
    en: "birthDate should be {expected} (from the identity number), found {actual}",
  },
  guidance: {
    zh: "GB 11643-1999：身份号码第 7–14 位即出生日期。以户籍登记为准更正其中之一；号码校验码错误或其中日期不存在时不检查本规则。",
    en: "GB 11643-1999: positions 7–14 of the identity number are the birth date. Correct one of them from the hukou register; not checked while the number's check character or date is wrong.",
  },
  paramSources: { expected: { derivedFrom: ["/idNumber"] }, actual: { field: "/birthDate" } },
  check(record, _context, emit) {
    // The rule applies to this record type only.
    const person = record as unknown as PersonView;
    if (person.idNumber === undefined) return;
    const facts = idNumberFacts(person.idNumber);
    if (!facts.checkOk || !facts.birthDateReal) return;
    if (!birthDateEquals(facts.normalised, person.birthDate)) emit("/birthDate", { expected: idBirthDate(facts.normalised), actual: person.birthDate });
  },
};
