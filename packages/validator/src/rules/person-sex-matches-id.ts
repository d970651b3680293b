import type { RecordRule } from "../rule.js";
import { idNumberFacts } from "./support/id-number-facts.js";
import type { PersonView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** GB 11643-1999: an odd 17th digit is male ("1"), an even one female ("2"). */
export const personSexMatchesIdRule: RecordRule = {
  kind: "record",
  id: "person.sex-matches-id",
  severity: "error",
  category: "identifier",
  appliesTo: ["person"],
  versions: v1,
  title: { zh: "性别与身份号码一致", en: "Sex agrees with the identity number" },
  message: {
    zh: "性别代码应为 {expected}（据公民身份号码第 17 位），实为 {actual}",
    en: "sex should be {expected} (from the 17th digit of the identity number), found {actual}",
  },
  guidance: {
    zh: "GB 11643-1999：顺序码（第 15–17 位）奇数为男（1）、偶数为女（2）。性别为 0（未知）或 9（未说明）时不比较；号码校验码错误时不检查。",
    en: "GB 11643-1999: an odd sequence number (positions 15–17) is male (1), an even one female (2). Sex 0 (unknown) and 9 (unspecified) are not compared; not checked while the check character is wrong.",
  },
  paramSources: {
    // From the 17th digit, which the identity-number mask leaves visible.
    expected: { codeList: "sex" },
    actual: { field: "/sex", codeList: "sex" },
  },
  check(record, _context, emit) {
    // The rule applies to persons only.
    const person = record as unknown as PersonView;
    if (person.idNumber === undefined || (person.sex !== "1" && person.sex !== "2")) return;
    const facts = idNumberFacts(person.idNumber);
    if (!facts.checkOk) return;
    if (person.sex !== facts.sex) emit("/sex", { expected: facts.sex, actual: person.sex });
  },
};
