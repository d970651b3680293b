import { asOf, creditCodes, employeeEnrolment, femalePerson, ids, person } from "./base-records.js";
import { at, type Group, invalid, merge, valid } from "./builders.js";
import { idNumber } from "./check-characters.js";

const withId = (idNumberValue: string, birthDate: string, sex: string) => merge(person, { idNumber: idNumberValue, birthDate, sex });

/** Identity numbers (GB 11643), credit codes (GB 32100) and dated division codes (GB/T 2260). */
export const identifierGroups: Group[] = [
  {
    description: "identity number check character (GB 11643, ISO 7064 MOD 11-2)",
    rules: ["id-number.check-character"],
    asOf,
    tests: [
      valid("id-number/valid-male", "430102199003071234: 芙蓉区, 1990-03-07, male", { data: person }),
      valid("id-number/valid-female", "430211198512310042: 天元区, 1985-12-31, female", { data: femalePerson }),
      valid("id-number/valid-leap-day", "430302200002294563: born on the leap day 2000-02-29", { data: withId(ids.leapDay2000, "2000-02-29", "2") }),
      valid("id-number/valid-retired-division", "430221197001010011: the retired 株洲县 code stays valid for life", { data: withId(ids.retiredDivision, "1970-01-01", "1") }),
      valid("id-number/valid-lowercase-x", "a check character X written in lower case is accepted", {
        data: withId(idNumber("43010219900307126").toLowerCase(), "1990-03-07", "2"),
      }),
      invalid("id-number/wrong-check-character", "430102199003071235: the check character should be 4", { data: withId("430102199003071235", "1990-03-07", "1") }, [
        at("id-number.check-character", "/idNumber"),
      ]),
      invalid("id-number/wrong-check-character-x", "43021119851231004X: the check character should be 2", { data: merge(femalePerson, { idNumber: "43021119851231004X" }) }, [
        at("id-number.check-character", "/idNumber"),
      ]),
    ],
  },
  {
    description: "identity number birth date: a real calendar date, not in the future",
    rules: ["id-number.birth-date"],
    asOf,
    tests: [
      valid("id-number/birth-date-real", "1990-03-07 is a real date in the past", { data: person }),
      invalid("id-number/birth-date-not-a-date", "430302200002304565: the check character passes but 2000-02-30 does not exist", { data: withId("430302200002304565", "2000-03-01", "2") }, [
        at("id-number.birth-date", "/idNumber"),
      ]),
      invalid("id-number/birth-date-future", "a birth date after the as-of date", { data: withId(idNumber("43010220260115123"), "2026-01-15", "1") }, [at("id-number.birth-date", "/idNumber")]),
    ],
  },
  {
    description: "birth date and sex agree with the identity number",
    rules: ["person.birth-date-matches-id", "person.sex-matches-id"],
    asOf,
    tests: [
      valid("person/birth-date-and-sex-match", "birth date and sex (odd sequence = male) as in the number", { data: person }),
      invalid("person/birth-date-differs", "birth date one day off the number's", { data: merge(person, { birthDate: "1990-03-08" }) }, [at("person.birth-date-matches-id", "/birthDate")]),
      invalid("person/sex-differs", "female with an odd sequence number", { data: merge(person, { sex: "2" }) }, [at("person.sex-matches-id", "/sex")]),
      valid("person/sex-unspecified", "sex 9 (unspecified) is not compared with the number", { data: merge(person, { sex: "9" }) }),
    ],
  },
  {
    description: "unified social credit code check character (GB 32100, MOD 31)",
    rules: ["credit-code.check-character"],
    asOf,
    tests: [
      valid("credit-code/valid-changsha", "91430100MA4L12346D", { data: employeeEnrolment }),
      valid("credit-code/valid-zhuzhou", "914302000000000192", { data: merge(employeeEnrolment, { employer: { creditCode: creditCodes.zhuzhouEmployer } }) }),
      valid("credit-code/valid-agency", "12430000444876548X as the agency's code", { data: merge(employeeEnrolment, { agency: { creditCode: creditCodes.provincialAgency } }) }),
      invalid("credit-code/wrong-check-character", "91350203M0001QAY9B: the check character should be 9", { data: merge(employeeEnrolment, { employer: { creditCode: "91350203M0001QAY9B" } }) }, [
        at("credit-code.check-character", "/employer/creditCode"),
      ]),
      invalid("credit-code/swapped-digits", "91430100MA4L12364D: two digits swapped", { data: merge(employeeEnrolment, { employer: { creditCode: "91430100MA4L12364D" } }) }, [
        at("credit-code.check-character", "/employer/creditCode"),
      ]),
      invalid("credit-code/agency-wrong", "an agency code with a wrong check character", { data: merge(employeeEnrolment, { agency: { creditCode: "12430000444876548Y" } }) }, [
        at("credit-code.check-character", "/agency/creditCode"),
      ]),
    ],
  },
  {
    description: "division codes are in force on the date they are used (GB/T 2260 is dated)",
    rules: ["division.valid-on-date"],
    asOf,
    tests: [
      valid("division/current", "430212 渌口区 is in force in 2025", { data: merge(person, { residenceDivision: "430212" }) }),
      invalid("division/retired-residence", "430221 株洲县 was retired in 2018, so a residence recorded in 2025 cannot use it", { data: merge(person, { residenceDivision: "430221" }) }, [
        at("division.valid-on-date", "/residenceDivision"),
      ]),
      valid("division/retired-in-force-then", "430221 was in force when the record was last updated in 2017", {
        data: merge(person, { residenceDivision: "430221", hukou: { division: "430221" }, meta: { lastUpdated: "2017-06-01T09:00:00+08:00" } }),
      }),
      invalid("division/retired-agency", "an enrolment agency in the retired 株洲县", { data: merge(employeeEnrolment, { agency: { division: "430221" } }) }, [
        at("division.valid-on-date", "/agency/division"),
      ]),
      invalid("division/unknown-id-division", "an identity number issued under 430199, which never existed in Changsha", { data: withId(idNumber("43019919900307123"), "1990-03-07", "1") }, [
        at("division.valid-on-date", "/idNumber"),
      ]),
    ],
  },
];
