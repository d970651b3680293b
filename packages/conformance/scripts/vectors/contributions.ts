import { agency, asOf, changsha, creditCodes, employeeEnrolment, femalePerson, person, residentEnrolment, xiangtan, zhuzhou } from "./base-records.js";
import { at, type Group, invalid, type JsonObject, merge, type Test, valid, warns, without } from "./builders.js";

/**
 * Standard 1.1, issue 13 (contributions): participation type, contributions from 1986 and
 * deemed years, month masks, back payments and payments by others, contribution rates, the
 * historic insurance schemes and the enrolment end reason. A false error of 1.0 has a pair:
 * the same data declared 1.0 (the finding 1.0 gave) and as 1.1 (none).
 */

const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const publisher = { creditCode: "12430000444876548X", division: "430000", department: "cztCentre" };
/** A JSON Lines export declaring `version`, with the given records after its header. */
const declared = (version: string, ...records: JsonObject[]): Partial<Test> => ({
  raw: line({ recordType: "header", schemaVersion: version, publisher, city: "430100", created: "2025-06-30T12:00:00+08:00" }) + records.map(line).join(""),
  format: "jsonl",
});

/** 周敏, a flexible worker (灵活就业) in Changsha, contributing alone to the employee pension. */
const flexibleWorker = merge(without(employeeEnrolment, "employer"), { participationType: "flexibleEmployment", monthlyContributionBase: 450_000 });

/** An employee-pension enrolment of a contract worker from 1986 (the first individual contributions). */
const since1986 = merge(employeeEnrolment, {
  period: { start: "1986-07-01" },
  monthlyContributionBase: 800_000,
  contributions: [
    { year: 1986, months: 6, monthlyBase: 9_000, individualAmount: 1_620, employerAmount: 8_100 },
    { year: 1987, months: 12, monthlyBase: 9_500, individualAmount: 3_420, employerAmount: 17_100 },
  ],
});
const deemed = (year: number) => ({ year, months: 12, monthlyBase: 0, individualAmount: 0, employerAmount: 0, kind: "deemed" });

/** 2020 at 8 %: base 600 000 × 12 × 8 % = 576 000. */
const year2020 = { year: 2020, months: 12, monthlyBase: 600_000, individualAmount: 576_000, employerAmount: 960_000 };
const withYears = (...years: JsonObject[]) => merge(employeeEnrolment, { period: { start: "2019-07-01" }, contributions: years });
/** The same, for a unit employee (the participation type says the employer pays its share: the rate can be checked). */
const unitYears = (...years: JsonObject[]) => merge(withYears(...years), { participationType: "unitEmployee" });

/** Employee medical insurance, 2 % individual since 国发〔1998〕44号. */
const medical = (individualAmount: number) =>
  merge(employeeEnrolment, { scheme: "medical.employee", participationType: "unitEmployee", agency: agency(changsha, "healthcareSecurity"), contributions: [{ ...year2020, individualAmount, employerAmount: 480_000 }] });

/** 张伟 (Changsha) and 李娜's employee pension in two cities, for the month rule. */
const files = { [changsha]: "430100-changsha.jsonl", [zhuzhou]: "430200-zhuzhou.jsonl", [xiangtan]: "430300-xiangtan.jsonl" } as const;
const inFile = (city: keyof typeof files, record: JsonObject) => ({ file: files[city], record });
const changshaPension = merge(employeeEnrolment, {
  period: { start: "2019-01-01" },
  contributions: [
    { year: 2019, months: 12, monthlyBase: 600_000, individualAmount: 576_000, employerAmount: 960_000 },
    { year: 2020, months: 6, monthlyBase: 600_000, individualAmount: 288_000, employerAmount: 480_000, paidMonths: "111111000000" },
  ],
});
const zhuzhouPension = (paidMonths: string, months: number) =>
  merge(employeeEnrolment, {
    id: "430200-E-000020",
    city: zhuzhou,
    agency: agency(zhuzhou, "hrss"),
    employer: { creditCode: creditCodes.zhuzhouEmployer, name: "株洲轨道装备有限公司" },
    period: { start: "2020-04-01" },
    contributions: [{ year: 2020, months, monthlyBase: 500_000, individualAmount: 40_000 * months, employerAmount: 80_000 * months, paidMonths }],
  });

export const contributionGroups: Group[] = [
  {
    description: "participation type: flexible workers and the self-employed contribute without an employer (1.0 required one for every employee-scheme enrolment)",
    rules: ["enrolment.employer-for-employee-scheme"],
    asOf,
    tests: [
      invalid("participation/flexible-worker-1.0", "declared 1.0: a flexible worker cannot be recorded (no participationType in 1.0)", declared("1.0", flexibleWorker), [
        at("schema.additional-property", "/participationType", 0),
      ]),
      valid("participation/flexible-worker-1.1", "a flexible worker in the employee pension without an employer", { data: flexibleWorker }),
      valid("participation/self-employed", "a self-employed business owner in employee medical insurance without an employer", {
        data: merge(flexibleWorker, { scheme: "medical.employee", agency: agency(changsha, "healthcareSecurity"), participationType: "selfEmployed" }),
      }),
      valid("participation/unit-employee", "a unit employee with the employer", { data: merge(employeeEnrolment, { participationType: "unitEmployee" }) }),
      invalid("participation/unit-employee-without-employer", "a unit employee without the employer", { data: merge(flexibleWorker, { participationType: "unitEmployee" }) }, [
        at("enrolment.employer-for-employee-scheme", "/employer"),
      ]),
      invalid("participation/absent-judged-as-1.0", "no participation type and no employer: judged as 1.0 judged it (a unit employee)", { data: without(employeeEnrolment, "employer") }, [
        at("enrolment.employer-for-employee-scheme", "/employer"),
      ]),
      invalid("participation/resident-with-employer", "a resident scheme still names no employer, whatever the participation type", {
        data: merge(residentEnrolment, { participationType: "resident", employer: { creditCode: creditCodes.zhuzhouEmployer } }),
      }, [at("enrolment.employer-for-employee-scheme", "/employer")]),
    ],
  },
  {
    description: "contribution years from 1986 (1.0 began in 1990) and deemed years (视同缴费) before individual contributions began; a back payment says when it was paid",
    rules: ["schema.range", "contribution.kind-requirements"],
    asOf,
    tests: [
      invalid("contribution-year/1986-declared-1.0", "declared 1.0: contributions of 1986 and 1987 are below 1.0's minimum year 1990", declared("1.0", since1986), [
        at("schema.range", "/contributions/0/year", 0),
        at("schema.range", "/contributions/1/year", 0),
      ]),
      valid("contribution-year/1986", "contributions of 1986 and 1987, the first contract workers' contributions", { data: since1986 }),
      valid("contribution-year/deemed-before-1986", "deemed years 1980–1985 before individual contributions began", {
        data: merge(since1986, { contributions: [deemed(1980), deemed(1981), deemed(1982), deemed(1983), deemed(1984), deemed(1985), ...(since1986["contributions"] as JsonObject[])] }),
      }),
      invalid("contribution-year/1985-not-deemed", "a regular contribution of 1985, before individual contributions began", {
        data: merge(since1986, { period: { start: "1985-01-01" }, contributions: [{ year: 1985, months: 12, monthlyBase: 8_000, individualAmount: 2_880, employerAmount: 14_400 }] }),
      }, [at("contribution.kind-requirements", "/contributions/0/year")]),
      invalid("contribution-year/back-payment-without-date", "a back payment (补缴) without the day it was paid", {
        data: withYears({ ...year2020, kind: "backPayment" }),
      }, [at("contribution.kind-requirements", "/contributions/0/paidOn")]),
      valid("contribution-year/back-payment", "a back payment (补缴) with the day it was paid", {
        data: withYears({ ...year2020, kind: "backPayment", paidOn: "2022-03-15" }),
      }),
      valid("contribution-year/paid-by-others", "a resident pension contribution paid by the government (代缴)", {
        data: merge(residentEnrolment, {
          scheme: "pension.resident",
          agency: agency(zhuzhou, "hrss"),
          contributions: [{ year: 2020, months: 12, monthlyBase: 0, individualAmount: 10_000, employerAmount: 0, paidBy: [{ payer: "government", amount: 10_000 }] }],
        }),
      }),
    ],
  },
  {
    description: "contribution years inside the enrolment period",
    rules: ["enrolment.contribution-outside-period"],
    asOf,
    tests: [
      valid("contributions/inside-period", "the months of 2019 from July, and 2020", { data: withYears({ ...year2020, year: 2019, months: 6, individualAmount: 288_000, paidMonths: "000000111111" }, year2020) }),
      invalid("contributions/year-before-period", "2018 listed for an enrolment that starts in July 2019", { data: withYears({ ...year2020, year: 2018 }) }, [
        at("enrolment.contribution-outside-period", "/contributions/0/year"),
      ]),
      invalid("contributions/months-before-period", "January–June 2019 marked paid for an enrolment that starts in July 2019", {
        data: withYears({ ...year2020, year: 2019, months: 6, individualAmount: 288_000, paidMonths: "111111000000" }),
      }, [at("enrolment.contribution-outside-period", "/contributions/0/paidMonths")]),
      valid("contributions/deemed-before-period", "deemed years before the period are not outside it", { data: withYears(deemed(1990), year2020) }),
    ],
  },
  {
    description: "a year listed once (or in entries whose months do not overlap)",
    rules: ["enrolment.contribution-year-twice"],
    asOf,
    tests: [
      valid("contributions/year-split", "2020 in a regular entry (July–December) and a back payment (January–June)", {
        data: withYears(
          { ...year2020, months: 6, individualAmount: 288_000, paidMonths: "000000111111" },
          { ...year2020, months: 6, individualAmount: 288_000, paidMonths: "111111000000", kind: "backPayment", paidOn: "2021-02-01" },
        ),
      }),
      invalid("contributions/year-twice", "2020 listed twice without months", { data: withYears(year2020, year2020) }, [at("enrolment.contribution-year-twice", "/contributions/1/year")]),
      invalid("contributions/months-overlap", "two entries of 2020 both marking June", {
        data: withYears({ ...year2020, months: 6, individualAmount: 288_000, paidMonths: "000001111110" }, { ...year2020, months: 6, individualAmount: 288_000, paidMonths: "111111000000" }),
      }, [at("enrolment.contribution-year-twice", "/contributions/1/year")]),
    ],
  },
  {
    description: "months of a year: no more than the period allows, as many as paidMonths marks",
    rules: ["enrolment.contribution-months"],
    asOf,
    tests: [
      valid("contributions/part-year", "6 months in 2019 for an enrolment from July", { data: withYears({ ...year2020, year: 2019, months: 6, individualAmount: 288_000 }) }),
      invalid("contributions/more-months-than-period", "12 months in 2019 for an enrolment from July", { data: withYears({ ...year2020, year: 2019 }) }, [
        at("enrolment.contribution-months", "/contributions/0/months"),
      ]),
      invalid("contributions/mask-count", "12 months with a mask marking 11", { data: withYears({ ...year2020, paidMonths: "111111111110" }) }, [
        at("enrolment.contribution-months", "/contributions/0/months"),
      ]),
    ],
  },
  {
    description: "a unit employee's individual amount is base × months × the dated individual rate",
    rules: ["enrolment.contribution-rate"],
    asOf,
    tests: [
      valid("contribution-rate/pension-8-percent", "a unit employee's employee pension at 8 %", { data: unitYears(year2020) }),
      valid("contribution-rate/no-participation-type", "without a participation type (as in 1.0) who pays is unknown: not checked", { data: withYears({ ...year2020, individualAmount: 1_440_000 }) }),
      valid("contribution-rate/medical-2-percent", "employee medical insurance at 2 %: 600 000 × 12 × 2 % = 144 000", { data: medical(144_000) }),
      warns("contribution-rate/medical-at-pension-rate", "employee medical insurance charged at the pension's 8 %", { data: medical(576_000) }, [
        at("enrolment.contribution-rate", "/contributions/0/individualAmount"),
      ]),
      valid("contribution-rate/flexible-worker", "a flexible worker pays the whole contribution: not checked", { data: merge(flexibleWorker, { contributions: [{ ...year2020, individualAmount: 1_440_000, employerAmount: 0 }] }) }),
      valid("contribution-rate/agency-table", "an agency table replaces the defaults: 9 % in Changsha", {
        data: unitYears({ ...year2020, individualAmount: 648_000 }),
        parameters: { parametersVersion: "1.0", contributionRate: [{ scheme: "pension.employee", region: changsha, validFrom: "2020-01-01", individualRate: 9, source: "placeholder figure for a vector", verified: false }] },
      }),
    ],
  },
  {
    description: "one month paid twice in one insurance family, across two cities (重复缴费, counted by month)",
    rules: ["dataset.contribution-month-twice", "dataset.duplicate-enrolment"],
    asOf,
    tests: [
      invalid(
        "contribution-month-twice/two-cities",
        "张伟 paid the employee pension in Changsha for January–June 2020 and in Zhuzhou from April: three months twice",
        { records: [inFile(changsha, person), inFile(changsha, changshaPension), inFile(zhuzhou, zhuzhouPension("000111111111", 9))] },
        [at("dataset.duplicate-enrolment", "/period", 2), at("dataset.contribution-month-twice", "/contributions", 2)],
      ),
      invalid(
        "contribution-month-twice/registrations-overlap-payments-do-not",
        "the Changsha registration stays open, but Zhuzhou is paid only from July: the periods overlap, no month is paid twice",
        { records: [inFile(changsha, person), inFile(changsha, changshaPension), inFile(zhuzhou, zhuzhouPension("000000111111", 6))] },
        [at("dataset.duplicate-enrolment", "/period", 2)],
      ),
      valid("contribution-month-twice/pension-and-medical", "the employee pension in Changsha and employee medical in Zhuzhou for the same months", {
        records: [
          inFile(changsha, person),
          inFile(changsha, changshaPension),
          inFile(zhuzhou, merge(zhuzhouPension("000111111111", 9), { scheme: "medical.employee", agency: agency(zhuzhou, "healthcareSecurity"), contributions: [{ year: 2020, months: 9, monthlyBase: 500_000, individualAmount: 90_000, employerAmount: 360_000, paidMonths: "000111111111" }] })),
        ],
      }),
      valid("contribution-month-twice/supplement", "employee medical and the large medical expense subsidy (330) at once are no duplicate", {
        records: [
          inFile(xiangtan, merge(femalePerson, { id: "430300-P-000002" })),
          inFile(xiangtan, merge(employeeEnrolment, { id: "430300-E-000021", personId: "430300-P-000002", scheme: "medical.employee", city: xiangtan, agency: agency(xiangtan, "healthcareSecurity") })),
          inFile(xiangtan, merge(employeeEnrolment, { id: "430300-E-000022", personId: "430300-P-000002", scheme: "medical.largeExpenseSubsidy", city: xiangtan, agency: agency(xiangtan, "healthcareSecurity") })),
        ],
      }),
    ],
  },
  {
    description: "insurance schemes by date: the historic resident schemes and the codes new in 1.1, each in force from its since date",
    rules: ["code.not-yet-in-force", "code.not-active"],
    asOf,
    tests: [
      warns("scheme/long-term-care-2015", "长期护理保险 for an enrolment of 2015, before the first pilots (2016)", {
        data: merge(employeeEnrolment, { id: "430300-E-000024", scheme: "longTermCare", city: xiangtan, agency: agency(xiangtan, "healthcareSecurity"), period: { start: "2015-01-01" } }),
      }, [at("code.not-yet-in-force", "/scheme")]),
      valid("scheme/resident-medical-2017", "城乡居民医保 (medical.resident) after the integration", { data: merge(residentEnrolment, { period: { start: "2017-01-01" } }) }),
      warns("scheme/resident-medical-2010", "城乡居民医保 (medical.resident) for 2010, before 国发〔2016〕3号: 1.0 accepted it (a declared correction of 1.1)", {
        data: merge(residentEnrolment, { period: { start: "2010-01-01" } }),
      }, [at("code.not-yet-in-force", "/scheme")]),
      valid("scheme/resident-medical-integration-day", "城乡居民医保 from the day of 国发〔2016〕3号", { data: merge(residentEnrolment, { period: { start: "2016-01-03" } }) }),
      valid("scheme/urban-resident-2010", "城镇居民医保 (medical.urbanResident) for 2010", { data: merge(residentEnrolment, { scheme: "medical.urbanResident", period: { start: "2010-01-01" } }) }),
      warns("scheme/urban-resident-2021", "城镇居民医保 for an enrolment of 2021, after the integration", { data: merge(residentEnrolment, { scheme: "medical.urbanResident", period: { start: "2021-01-01" } }) }, [
        at("code.not-active", "/scheme"),
      ]),
      valid("scheme/rural-pension-2012", "新农保 (pension.ruralResident) for 2012", {
        data: merge(residentEnrolment, { scheme: "pension.ruralResident", agency: agency(zhuzhou, "hrss"), period: { start: "2012-01-01" } }),
      }),
      valid("scheme/long-term-care-xiangtan", "长期护理保险 in Xiangtan, a pilot city", {
        data: merge(employeeEnrolment, { id: "430300-E-000023", scheme: "longTermCare", city: xiangtan, agency: agency(xiangtan, "healthcareSecurity"), period: { start: "2021-01-01" } }),
      }),
      valid("scheme/critical-illness", "城乡居民大病保险 (392) beside resident medical", { data: merge(residentEnrolment, { scheme: "medical.residentCriticalIllness" }) }),
    ],
  },
  {
    description: "the end reason of an enrolment agrees with its statuses",
    rules: ["enrolment.end-reason"],
    asOf,
    tests: [
      valid("end-reason/retired", "ended by drawing a pension: terminated and retired", {
        data: merge(employeeEnrolment, { contributionStatus: "3", employmentStatus: "1", period: { end: "2024-12-31" }, endReason: "retiredDrawingPension" }),
      }),
      valid("end-reason/moved", "ended by a move: terminated, in employment", { data: merge(employeeEnrolment, { contributionStatus: "3", period: { end: "2020-12-31" }, endReason: "movedAway" }) }),
      invalid("end-reason/still-contributing", "an end reason on an enrolment still contributing", { data: merge(employeeEnrolment, { endReason: "movedAway" }) }, [at("enrolment.end-reason", "/endReason")]),
      invalid("end-reason/retired-in-employment", "ended by drawing a pension, yet in employment", {
        data: merge(employeeEnrolment, { contributionStatus: "3", period: { end: "2024-12-31" }, endReason: "retiredDrawingPension" }),
      }, [at("enrolment.end-reason", "/endReason")]),
    ],
  },
];
