import { agency, asOf, changsha, contributions, dibaoCase, employeeEnrolment, person, personalAid, pooledFund, residentEnrolment, transfer, zhuzhou } from "./base-records.js";
import { at, type Group, invalid, merge, valid, warns, without } from "./builders.js";

const source = "CZT-SS conformance vectors: illustrative figures, not an official document";

/** Contribution-base bounds for Changsha in 2025 (illustrative figures for the vectors). */
const contributionBaseParameters = {
  parametersVersion: "1.0",
  contributionBase: [{ region: changsha, validFrom: "2025-01-01", lowerBound: 400_000, upperBound: 2_000_000, source, verified: false }],
};

/** A Changsha urban 低保 standard of ¥850 (illustrative). */
const dibaoParameters = {
  parametersVersion: "1.0",
  dibaoStandard: [{ city: changsha, programme: "dibao.urban", validFrom: "2025-01-01", monthlyStandard: 85_000, source, verified: false }],
};

const steps = (...dates: [string, string][]) => dates.map(([status, date]) => ({ status, at: `${date}T10:00:00+08:00` }));

/** Rules on one record: dates in order, enrolments, transfers and assistance cases. */
export const recordGroups: Group[] = [
  {
    description: "periods and date pairs in order",
    rules: ["period.order"],
    asOf,
    tests: [
      valid("period/enrolment-closed", "a terminated enrolment that ends after it starts", { data: merge(employeeEnrolment, { contributionStatus: "3", period: { end: "2020-12-31" } }) }),
      valid("period/same-day", "a period of one day (end is inclusive)", { data: merge(employeeEnrolment, { contributionStatus: "3", period: { end: "2012-07-01" } }) }),
      invalid("period/enrolment-reversed", "an enrolment that ends before it starts", { data: merge(employeeEnrolment, { contributionStatus: "3", period: { end: "2011-12-31" } }) }, [
        at("period.order", "/period/end"),
      ]),
      invalid("period/death-before-birth", "a death date before the birth date", { data: merge(person, { deathDate: "1989-01-01" }) }, [at("period.order", "/deathDate")]),
      invalid("period/approved-before-applied", "an assistance case approved before it was applied for", { data: merge(personalAid, { dates: { approved: "2025-04-30" } }) }, [
        at("period.order", "/dates/approved"),
      ]),
      invalid("period/review-order", "the next review before the last one", { data: merge(dibaoCase, { lastReviewDate: "2025-12-01", nextReviewDate: "2025-11-30" }) }, [at("period.order", "/nextReviewDate")]),
    ],
  },
  {
    description: "names hold visible characters only: no C0/C1 control, bidi control or invisible format character",
    rules: ["name.invisible-characters"],
    asOf,
    tests: [
      valid("name/middle-dot", "a name with the middle dot U+00B7, as in 买买提·艾力", { data: merge(person, { name: "买买提·艾力" }) }),
      valid("name/outside-bmp", "a name with a character outside the BMP (U+23D66)", { data: merge(person, { name: "刘\u{23d66}" }) }),
      invalid("name/right-to-left-override", "a person's name with U+202E RIGHT-TO-LEFT OVERRIDE", { data: merge(person, { name: "张\u202e三" }) }, [
        at("name.invisible-characters", "/name"),
      ]),
      invalid("name/escape-sequence", "a person's name with an ANSI colour escape (U+001B)", { data: merge(person, { name: "\u001b[31m李四" }) }, [at("name.invisible-characters", "/name")]),
      invalid("name/zero-width-space", "a person's name with U+200B ZERO WIDTH SPACE", { data: merge(person, { name: "王\u200b五" }) }, [at("name.invisible-characters", "/name")]),
      invalid("name/agency-line-break", "an agency name with a line break", { data: merge(employeeEnrolment, { agency: { name: "长沙市\n人社局" } }) }, [
        at("name.invisible-characters", "/agency/name"),
      ]),
    ],
  },
  {
    description: "employee schemes name an employer; resident schemes do not",
    rules: ["enrolment.employer-for-employee-scheme"],
    asOf,
    tests: [
      valid("enrolment/employee-with-employer", "the employee pension with its employer", { data: employeeEnrolment }),
      valid("enrolment/resident-without-employer", "resident medical insurance without an employer", { data: residentEnrolment }),
      invalid("enrolment/employee-without-employer", "the employee pension without an employer", { data: without(employeeEnrolment, "employer") }, [
        at("enrolment.employer-for-employee-scheme", "/employer"),
      ]),
      invalid("enrolment/resident-with-employer", "resident medical insurance naming an employer", { data: merge(residentEnrolment, { employer: { creditCode: "914302000000000192" } }) }, [
        at("enrolment.employer-for-employee-scheme", "/employer"),
      ]),
    ],
  },
  {
    description: "deprecated and retired codes only in records dated up to the code's until date (else the as-of date) (warning)",
    rules: ["code.not-active"],
    asOf,
    tests: [
      valid("code/maternity-historic", "a maternity enrolment of 2012–2019, before the merger into employee medical insurance", {
        data: merge(employeeEnrolment, { scheme: "maternity", contributionStatus: "3", period: { end: "2019-12-31" } }),
      }),
      valid("code/maternity-on-until-date", "a maternity enrolment starting on the list's until date, 2019-12-31", {
        data: merge(employeeEnrolment, { scheme: "maternity", period: { start: "2019-12-31" } }),
      }),
      warns("code/maternity-after-until-date", "a maternity enrolment starting 2020-01-01, after the merger", { data: merge(employeeEnrolment, { scheme: "maternity", period: { start: "2020-01-01" } }) }, [
        at("code.not-active", "/scheme"),
      ]),
      valid("code/nrcms-without-until-date", "新农合 starting in 2018: the list gives no until date, so only records after the as-of date are flagged", {
        data: merge(residentEnrolment, { scheme: "medical.nrcms", period: { start: "2018-01-01" } }),
      }),
      warns("code/nrcms-after-as-of", "新农合 starting the day after the as-of date", { data: merge(residentEnrolment, { scheme: "medical.nrcms", period: { start: "2025-07-01" } }) }, [
        at("code.not-active", "/scheme"),
      ]),
    ],
  },
  {
    description: "contribution base within the dated bounds of the parameter table",
    rules: ["enrolment.contribution-base-bounds"],
    asOf,
    parameters: contributionBaseParameters,
    tests: [
      valid("enrolment/base-within-bounds", "¥8,000 within ¥4,000–¥20,000", { data: employeeEnrolment }),
      valid("enrolment/base-at-lower-bound", "exactly the lower bound", { data: merge(employeeEnrolment, { monthlyContributionBase: 400_000 }) }),
      invalid("enrolment/base-below", "¥3,999.99 below the lower bound", { data: merge(employeeEnrolment, { monthlyContributionBase: 399_999 }) }, [
        at("enrolment.contribution-base-bounds", "/monthlyContributionBase"),
      ]),
      invalid("enrolment/base-above", "above the upper bound", { data: merge(employeeEnrolment, { monthlyContributionBase: 2_000_001 }) }, [
        at("enrolment.contribution-base-bounds", "/monthlyContributionBase"),
      ]),
      valid("enrolment/base-without-table", "no table for the region: nothing to check", { data: merge(employeeEnrolment, { monthlyContributionBase: 100 }), parameters: { parametersVersion: "1.0" } }),
    ],
  },
  {
    description: "the pooled fund moves 12 % of each year's contribution wage since 1998 (国办发〔2009〕66号)",
    rules: ["transfer.pooled-fund"],
    asOf,
    tests: [
      valid("transfer/pooled-fund-exact", "432000 + 936000 + 1008000 fen", { data: transfer }),
      valid("transfer/pooled-fund-rounding", "12 % of 333333 × 7 = 279999.72 rounds to 280000 fen", {
        data: merge(transfer, {
          contributions: [{ year: 2019, months: 7, monthlyBase: 333_333, individualAmount: 186_666, employerAmount: 373_333 }],
          contributionMonths: 7,
          individualAccountBalance: 186_666,
          pooledFundAmount: 280_000,
        }),
      }),
      valid("transfer/pooled-fund-before-1998", "a 1997 year counts for months but not for the pooled fund", {
        data: merge(transfer, {
          contributions: [{ year: 1997, months: 12, monthlyBase: 50_000, individualAmount: 24_000, employerAmount: 120_000 }, ...contributions],
          contributionMonths: 42,
          individualAccountBalance: 1_643_000,
        }),
      }),
      invalid("transfer/pooled-fund-one-fen-more", "one fen more than 12 %", { data: merge(transfer, { pooledFundAmount: pooledFund + 1 }) }, [at("transfer.pooled-fund", "/pooledFundAmount")]),
      invalid("transfer/pooled-fund-at-20-percent", "the employer's 20 % instead of the 12 % that moves", { data: merge(transfer, { pooledFundAmount: 3_960_000 }) }, [
        at("transfer.pooled-fund", "/pooledFundAmount"),
      ]),
      valid("transfer/pooled-fund-medical", "medical transfers carry no pooled fund rule", {
        data: merge(transfer, { kind: "medical.intercity", pooledFundAmount: 0, from: { agency: agency(changsha, "healthcareSecurity") }, to: { agency: agency(zhuzhou, "healthcareSecurity") } }),
      }),
    ],
  },
  {
    description: "the individual account moves in full",
    rules: ["transfer.individual-account"],
    asOf,
    tests: [
      valid("transfer/account-with-interest", "contributions plus interest", { data: transfer }),
      valid("transfer/account-exact", "exactly the individual contributions", { data: merge(transfer, { individualAccountBalance: 1_584_000 }) }),
      invalid("transfer/account-short", "one fen less than the individual contributions", { data: merge(transfer, { individualAccountBalance: 1_583_999 }) }, [
        at("transfer.individual-account", "/individualAccountBalance"),
      ]),
    ],
  },
  {
    description: "contribution months add up",
    rules: ["transfer.contribution-months"],
    asOf,
    tests: [
      valid("transfer/months-add-up", "6 + 12 + 12 = 30", { data: transfer }),
      invalid("transfer/months-differ", "31 months for 30 contributed", { data: merge(transfer, { contributionMonths: 31 }) }, [at("transfer.contribution-months", "/contributionMonths")]),
    ],
  },
  {
    description: "transfer steps in time order",
    rules: ["transfer.step-order"],
    asOf,
    tests: [
      valid("transfer/steps-in-order", "requested, letter issued, funds transferred, completed", { data: transfer }),
      invalid("transfer/steps-out-of-order", "the letter dated before the request", {
        data: merge(transfer, { steps: steps(["requested", "2021-01-04"], ["letterIssued", "2021-01-02"], ["fundsTransferred", "2021-01-15"], ["completed", "2021-01-20"]) }),
      }, [at("transfer.step-order", "/steps/1/at")]),
    ],
  },
  {
    description: "the transfer's status is the status of its last step",
    rules: ["transfer.status-matches-last-step"],
    asOf,
    tests: [
      valid("transfer/status-completed", "completed, and the last step is the completion", { data: transfer }),
      valid("transfer/status-rejected", "rejected at the contact letter, the rejection being the last step", {
        data: merge(without(transfer, "to"), {
          to: { city: zhuzhou, agency: agency(zhuzhou, "hrss") },
          status: "rejected",
          steps: [...steps(["requested", "2021-01-04"]), { status: "rejected", at: "2021-01-08T10:00:00+08:00", reasonCode: "recordMismatch" }],
        }),
      }),
      invalid("transfer/status-ahead-of-steps", "completed, but the steps stop at the funds transfer", {
        data: merge(transfer, { steps: steps(["requested", "2021-01-04"], ["letterIssued", "2021-01-08"], ["fundsTransferred", "2021-01-15"]) }),
      }, [at("transfer.status-matches-last-step", "/status")]),
      invalid("transfer/status-behind-steps", "still letterIssued after a completion step", { data: merge(transfer, { status: "letterIssued" }) }, [
        at("transfer.status-matches-last-step", "/status"),
      ]),
    ],
  },
  {
    description: "each step within 15 working days (warning)",
    rules: ["transfer.step-deadline"],
    asOf,
    tests: [
      valid("transfer/steps-in-time", "every step within a week", { data: transfer }),
      warns("transfer/step-late", "the contact letter 40 days after the request", {
        data: merge(transfer, { steps: steps(["requested", "2021-01-04"], ["letterIssued", "2021-02-15"], ["fundsTransferred", "2021-02-18"], ["completed", "2021-02-22"]) }),
      }, [at("transfer.step-deadline", "/steps/1/at")]),
      warns("transfer/open-too-long", "a request still open months later, as of the as-of date", {
        data: merge(without(transfer, "to"), {
          to: { city: zhuzhou, agency: agency(zhuzhou, "hrss") },
          status: "requested",
          steps: steps(["requested", "2025-01-06"]),
        }),
      }, [at("transfer.step-deadline", "/steps/0")]),
      valid("transfer/open-recent", "a request made three days before the as-of date", {
        data: merge(without(transfer, "to"), { to: { city: zhuzhou, agency: agency(zhuzhou, "hrss") }, status: "requested", steps: steps(["requested", "2025-06-27"]) }),
      }),
    ],
  },
  {
    description: "urban–rural pension linking direction: 15 years (180 months) in the employee scheme (人社部发〔2014〕17号)",
    rules: ["transfer.linking-direction"],
    asOf,
    tests: [
      valid("transfer/link-to-employee", "190 employee months: resident scheme merges into the employee scheme", {
        data: merge(transfer, { kind: "pension.link.residentToEmployee", linking: { employeeSchemeMonths: 190, residentSchemeMonths: 60 } }),
      }),
      valid("transfer/link-at-180", "exactly 180 months counts as 15 years", {
        data: merge(transfer, { kind: "pension.link.residentToEmployee", linking: { employeeSchemeMonths: 180, residentSchemeMonths: 60 } }),
      }),
      valid("transfer/link-to-resident", "120 employee months: employee scheme merges into the resident scheme", {
        data: merge(transfer, { kind: "pension.link.employeeToResident", linking: { employeeSchemeMonths: 120, residentSchemeMonths: 60 } }),
      }),
      invalid("transfer/link-wrong-way", "179 months linked into the employee scheme", {
        data: merge(transfer, { kind: "pension.link.residentToEmployee", linking: { employeeSchemeMonths: 179, residentSchemeMonths: 60 } }),
      }, [at("transfer.linking-direction", "/kind")]),
    ],
  },
  {
    description: "coveredMembers counts the listed members marked covered",
    rules: ["assistance.covered-members-count"],
    asOf,
    tests: [
      valid("assistance/covered-count-matches", "two of three members covered, coveredMembers 2", { data: dibaoCase }),
      valid("assistance/covered-count-without-field", "members listed without coveredMembers: nothing to compare", {
        data: without(dibaoCase, "coveredMembers"),
      }),
      valid("assistance/covered-count-without-members", "coveredMembers without a member list: nothing to compare", {
        data: merge(without(dibaoCase, "household"), { household: { householdId: "430100-H-000001", headPersonId: "430100-P-000001", size: 3 }, coveredMembers: 3, benefitAmount: 165_000 }),
      }),
      invalid("assistance/covered-count-too-high", "coveredMembers 3 with two members marked covered (benefit paid for 3)", {
        data: merge(dibaoCase, { coveredMembers: 3, benefitAmount: 165_000 }),
      }, [at("assistance.covered-members-count", "/coveredMembers")]),
      invalid("assistance/covered-count-flag-flipped", "the spouse marked not covered while coveredMembers stays 2", {
        data: merge(dibaoCase, {
          household: {
            members: [
              { personId: "430100-P-000001", relationToHead: "02", covered: true },
              { personId: "430100-P-000005", relationToHead: "10", covered: false },
              { personId: "430100-P-000006", relationToHead: "20", covered: false },
            ],
          },
        }),
      }, [at("assistance.covered-members-count", "/coveredMembers")]),
    ],
  },
  {
    description: "the household is at least as large as its member list",
    rules: ["assistance.household-size"],
    asOf,
    tests: [
      valid("assistance/household-size-equal", "three people, three listed", { data: dibaoCase }),
      valid("assistance/household-size-partial-list", "five people, three listed", { data: merge(dibaoCase, { household: { size: 5 } }) }),
      invalid("assistance/household-size-below-list", "two people, three listed", { data: merge(dibaoCase, { household: { size: 2 } }) }, [
        at("assistance.household-size", "/household/size"),
      ]),
    ],
  },
  {
    description: "低保 benefit = (standard − per-capita income) × covered members (社会救助暂行办法)",
    rules: ["assistance.dibao-benefit"],
    asOf,
    tests: [
      valid("assistance/dibao-benefit-exact", "(85000 − 30000) × 2 = 110000", { data: dibaoCase }),
      valid("assistance/dibao-benefit-covered-count", "covered members counted without the member list", {
        data: merge(without(dibaoCase, "household"), { household: { householdId: "430100-H-000001", headPersonId: "430100-P-000001", size: 3 }, coveredMembers: 3, benefitAmount: 165_000 }),
      }),
      invalid("assistance/dibao-benefit-flat", "the standard paid per member regardless of income", { data: merge(dibaoCase, { benefitAmount: 170_000 }) }, [at("assistance.dibao-benefit", "/benefitAmount")]),
      valid("assistance/dibao-benefit-supplement-apart", "分类施保 is recorded apart and does not change the basic benefit", { data: merge(dibaoCase, { classifiedSupplement: 20_000 }) }),
    ],
  },
  {
    description: "低保 household income below the standard",
    rules: ["assistance.dibao-income-below-standard"],
    asOf,
    tests: [
      valid("assistance/dibao-income-below", "¥300 per capita under an ¥850 standard", { data: dibaoCase }),
      invalid("assistance/dibao-income-at-standard", "income equal to the standard", { data: merge(dibaoCase, { perCapitaIncome: 85_000, benefitAmount: 0 }) }, [
        at("assistance.dibao-income-below-standard", "/perCapitaIncome"),
      ]),
    ],
  },
  {
    description: "低保 standard as in the city's dated table",
    rules: ["assistance.dibao-standard-matches-table"],
    asOf,
    parameters: dibaoParameters,
    tests: [
      valid("assistance/dibao-standard-matches", "¥850 as in the table", { data: dibaoCase }),
      invalid("assistance/dibao-standard-differs", "¥900 where the table says ¥850", { data: merge(dibaoCase, { monthlyStandard: 90_000, benefitAmount: 120_000 }) }, [
        at("assistance.dibao-standard-matches-table", "/monthlyStandard"),
      ]),
    ],
  },
  {
    description: "active cases reviewed on time (终身保, warning)",
    rules: ["assistance.review-overdue"],
    asOf,
    tests: [
      valid("assistance/review-due-later", "next review in October", { data: dibaoCase }),
      warns("assistance/review-overdue", "next review was due in January", { data: merge(dibaoCase, { lastReviewDate: "2024-07-01", nextReviewDate: "2025-01-01" }) }, [
        at("assistance.review-overdue", "/nextReviewDate"),
      ]),
      valid("assistance/review-overdue-terminated", "a terminated case is not reviewed", {
        data: merge(dibaoCase, { caseStatus: "terminated", dates: { terminated: "2025-02-01" }, lastReviewDate: "2024-07-01", nextReviewDate: "2025-01-01" }),
      }),
    ],
  },
];
