import { asOf, dibaoCase, employeeEnrolment, person, personalAid, transfer } from "./base-records.js";
import { at, type Group, invalid, merge, valid, without } from "./builders.js";

/** A person identified by a passport, so the birth date is not tied to an identity number. */
const bornOn = (birthDate: string) => merge(without(person, "idNumber"), { documents: [{ type: "passport", number: "E12345678", issuingCountry: "CHN" }], birthDate });
/** A person last updated at `lastUpdated`. */
const updatedAt = (lastUpdated: string) => merge(person, { meta: { lastUpdated } });

/** The JSON Schema layer: every implementation must reject the same structural problems. */
export const schemaGroups: Group[] = [
  {
    description: "required properties of each record type",
    rules: ["schema.required"],
    asOf,
    tests: [
      valid("schema/required-all-present", "a complete person", { data: person }),
      invalid("schema/required-person-name", "a person without a name", { data: without(person, "name") }, [at("schema.required", "/name")]),
      invalid("schema/required-person-meta", "a person without meta", { data: without(person, "meta") }, [at("schema.required", "/meta")]),
      invalid("schema/required-enrolment-scheme", "an enrolment without a scheme", { data: without(employeeEnrolment, "scheme") }, [at("schema.required", "/scheme")]),
      invalid("schema/required-enrolment-period-start", "an enrolment period without a start", { data: merge(employeeEnrolment, { period: { start: undefined, end: "2020-01-01" } }) }, [
        at("schema.required", "/period/start"),
      ]),
      invalid("schema/required-transfer-steps", "a transfer without steps", { data: without(transfer, "steps") }, [at("schema.required", "/steps")]),
      invalid("schema/required-assistance-benefit", "an assistance case without a benefit amount", { data: without(personalAid, "benefitAmount") }, [at("schema.required", "/benefitAmount")]),
      valid("schema/required-documents-instead-of-id", "a person without an identity number, identified by a passport", {
        data: merge(without(person, "idNumber"), { documents: [{ type: "passport", number: "E12345678", issuingCountry: "CHN" }] }),
      }),
      invalid("schema/required-charity-source", "charity relief without its funding source", { data: merge(personalAid, { programme: "charityRelief" }) }, [at("schema.required", "/charity")]),
      invalid("schema/required-special-care-category", "special care without its category", { data: merge(personalAid, { programme: "specialCare" }) }, [at("schema.required", "/specialCare")]),
      invalid("schema/required-linking", "a pension link without the linking months", { data: merge(transfer, { kind: "pension.link.residentToEmployee" }) }, [at("schema.required", "/linking")]),
    ],
  },
  {
    description: "one of several alternatives: identity number or documents, person or household",
    rules: ["schema.shape"],
    asOf,
    tests: [
      valid("schema/shape-documents-only", "a person identified by documents only", {
        data: merge(without(person, "idNumber"), { documents: [{ type: "hmtResidencePermit", number: "810000199003071234" }] }),
      }),
      valid("schema/shape-household-only", "a 低保 case identified by its household only", { data: without(dibaoCase, "personId") }),
      invalid("schema/shape-id-or-documents", "a person with neither identity number nor documents", { data: without(person, "idNumber") }, [at("schema.shape", "")]),
      invalid("schema/shape-person-or-household", "an assistance case with neither person nor household", { data: without(personalAid, "personId") }, [at("schema.shape", "")]),
    ],
  },
  {
    description: "JSON types",
    rules: ["schema.type"],
    asOf,
    tests: [
      valid("schema/type-strings-and-integers", "codes are strings and amounts integers", { data: dibaoCase }),
      invalid("schema/type-code-as-number", "sex written as the number 1 (codes are strings)", { data: merge(person, { sex: 1 }) }, [at("schema.type", "/sex")]),
      invalid("schema/type-amount-as-string", "benefit amount written as a string", { data: merge(dibaoCase, { benefitAmount: "110000" }) }, [at("schema.type", "/benefitAmount")]),
      invalid("schema/type-amount-with-decimals", "money in yuan with decimals instead of integer fen", { data: merge(dibaoCase, { benefitAmount: 1100.5 }) }, [at("schema.type", "/benefitAmount")]),
      invalid("schema/type-covered-as-string", "covered written as the string \"true\"", {
        data: merge(dibaoCase, { household: { members: [{ personId: "430100-P-000001", relationToHead: "02", covered: "true" }] } }),
      }, [at("schema.type", "/household/members/0/covered")]),
    ],
  },
  {
    description: "codes of closed lists and constants",
    rules: ["schema.enum"],
    asOf,
    tests: [
      valid("schema/enum-known-codes", "known sex, ethnicity and residence type codes", { data: person }),
      invalid("schema/enum-sex", "sex 3 is not a GB/T 2261.1 code", { data: merge(person, { sex: "3" }) }, [at("schema.enum", "/sex")]),
      invalid("schema/enum-unpadded-ethnicity", "ethnicity 1 must be written 01", { data: merge(person, { ethnicity: "1" }) }, [at("schema.enum", "/ethnicity")]),
      invalid("schema/enum-scheme", "an unknown insurance scheme", { data: merge(employeeEnrolment, { scheme: "pension.private" }) }, [at("schema.enum", "/scheme")]),
      invalid("schema/enum-city", "430400 (衡阳) is not one of the three cities", { data: merge(employeeEnrolment, { city: "430400" }) }, [at("schema.enum", "/city")]),
    ],
  },
  {
    description: "formats and patterns: dates, timestamps, division and credit codes",
    rules: ["schema.format"],
    asOf,
    tests: [
      valid("schema/format-valid", "dates, timestamps and codes well formed", { data: employeeEnrolment }),
      invalid("schema/format-impossible-date", "birth date 1990-02-30", { data: merge(person, { birthDate: "1990-02-30" }) }, [at("schema.format", "/birthDate")]),
      invalid("schema/format-timestamp-without-offset", "a timestamp without its offset", { data: merge(person, { meta: { lastUpdated: "2025-03-01 09:00:00" } }) }, [at("schema.format", "/meta/lastUpdated")]),
      invalid("schema/format-division", "a five-digit division code", { data: merge(person, { residenceDivision: "43010" }) }, [at("schema.format", "/residenceDivision")]),
      invalid("schema/format-credit-code-letter", "91430100000000000I: I is not in the GB 32100 character set", {
        data: merge(employeeEnrolment, { employer: { creditCode: "91430100000000000I" } }),
      }, [at("schema.format", "/employer/creditCode")]),
    ],
  },
  {
    description: "calendar dates and RFC 3339 timestamps: a pattern every JSON Schema validator enforces, second 60 only at 23:59:60 UTC",
    rules: ["schema.format"],
    asOf,
    tests: [
      valid("schema/date-leap-day", "29 February of a leap year (2024)", { data: bornOn("2024-02-29") }),
      valid("schema/date-leap-century", "29 February 2000: a century divisible by 400 is a leap year", { data: bornOn("2000-02-29") }),
      invalid("schema/date-february-29-common-year", "29 February 2023, not a leap year", { data: bornOn("2023-02-29") }, [at("schema.format", "/birthDate")]),
      invalid("schema/date-february-29-century", "29 February 1900: a century not divisible by 400 is not a leap year", { data: bornOn("1900-02-29") }, [at("schema.format", "/birthDate")]),
      invalid("schema/date-april-31", "31 April", { data: bornOn("1990-04-31") }, [at("schema.format", "/birthDate")]),
      invalid("schema/date-empty", "an empty birth date", { data: bornOn("") }, [at("schema.format", "/birthDate")]),
      invalid("schema/date-word", "a birth date written as a word", { data: bornOn("yesterday") }, [at("schema.format", "/birthDate")]),
      valid("schema/date-time-leap-second-utc", "the leap second 2016-12-31T23:59:60Z", { data: updatedAt("2016-12-31T23:59:60Z") }),
      valid("schema/date-time-leap-second-offset", "the same leap second in Beijing time, 07:59:60+08:00", { data: updatedAt("2017-01-01T07:59:60+08:00") }),
      invalid("schema/date-time-leap-second-misplaced", "second 60 at 09:00:60+08:00, which is 01:00:60 UTC (no pattern can say this; the validator must)", {
        data: updatedAt("2017-01-01T09:00:60+08:00"),
      }, [at("schema.format", "/meta/lastUpdated")]),
      valid("schema/date-time-lowercase", "lowercase t and z (RFC 3339 §5.6)", { data: updatedAt("2025-03-01t01:00:00z") }),
      invalid("schema/date-time-space", "a space instead of T", { data: updatedAt("2025-03-01 09:00:00+08:00") }, [at("schema.format", "/meta/lastUpdated")]),
      invalid("schema/date-time-february-30", "a timestamp on 30 February", { data: updatedAt("2025-02-30T09:00:00+08:00") }, [at("schema.format", "/meta/lastUpdated")]),
      invalid("schema/date-time-hour-24", "hour 24", { data: updatedAt("2025-03-01T24:00:00+08:00") }, [at("schema.format", "/meta/lastUpdated")]),
      invalid("schema/date-time-empty", "an empty timestamp", { data: updatedAt("") }, [at("schema.format", "/meta/lastUpdated")]),
      invalid("schema/date-time-word", "a timestamp written as a word", { data: updatedAt("yesterday") }, [at("schema.format", "/meta/lastUpdated")]),
    ],
  },
  {
    description: "ranges and lengths",
    rules: ["schema.range"],
    asOf,
    tests: [
      valid("schema/range-within", "amounts at or above zero, months 1 to 12", { data: transfer }),
      invalid("schema/range-negative-amount", "a negative benefit amount", { data: merge(dibaoCase, { benefitAmount: -1 }) }, [at("schema.range", "/benefitAmount")]),
      invalid("schema/range-thirteen-months", "a contribution year of 13 months", {
        data: merge(transfer, { contributions: [{ year: 2018, months: 13, monthlyBase: 600_000, individualAmount: 288_000, employerAmount: 576_000 }] }),
      }, [at("schema.range", "/contributions/0/months")]),
      invalid("schema/range-no-steps", "a transfer with an empty list of steps", { data: merge(transfer, { steps: [] }) }, [at("schema.range", "/steps")]),
    ],
  },
  {
    description: "no properties outside the standard (extensions go under `extensions`)",
    rules: ["schema.additional-property"],
    asOf,
    tests: [
      valid("schema/additional-in-extensions", "local fields under extensions are allowed", { data: merge(person, { extensions: { localCode: "CS-0001" } }) }),
      invalid("schema/additional-top-level", "an unknown top-level property", { data: merge(person, { nickname: "小张" }) }, [at("schema.additional-property", "/nickname")]),
      invalid("schema/additional-nested", "an unknown property inside hukou", { data: merge(person, { hukou: { street: "五一大道" } }) }, [at("schema.additional-property", "/hukou/street")]),
    ],
  },
];
