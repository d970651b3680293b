import type { RecordRule } from "../rule.js";
import { idNumberFacts } from "./support/id-number-facts.js";
import type { PersonView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** GB 11643-1999: the 18th character is the ISO 7064 MOD 11-2 check of the first 17. */
export const idNumberCheckCharacterRule: RecordRule = {
  kind: "record",
  id: "id-number.check-character",
  severity: "error",
  category: "identifier",
  appliesTo: ["person"],
  versions: v1,
  title: { zh: "身份号码校验码", en: "Identity number check character" },
  message: {
    zh: "公民身份号码 {idNumber} 的校验码应为 {expected}，实为 {actual}",
    en: "Identity number {idNumber}: check character should be {expected}, found {actual}",
  },
  guidance: {
    zh: "GB 11643-1999 规定第 18 位为 ISO 7064 MOD 11-2 校验码。多为录入错误：请对照身份证原件更正。校验码错误时不再检查该号码的出生日期、性别和地区码。",
    en: "GB 11643-1999: the 18th character is the ISO 7064 MOD 11-2 check character. Usually a typing error: correct it from the identity card. While it is wrong, the number's birth date, sex and division are not checked.",
  },
  paramSources: { idNumber: { field: "/idNumber" }, expected: { derivedFrom: ["/idNumber"] } },
  check(record, _context, emit) {
    // The rule applies to this record type only.
    const person = record as unknown as PersonView;
    if (person.idNumber === undefined) return;
    const facts = idNumberFacts(person.idNumber);
    if (!facts.wellFormed || facts.checkOk) return;
    emit("/idNumber", { idNumber: facts.normalised, expected: facts.expectedCheck, actual: facts.normalised.slice(17) });
  },
};
