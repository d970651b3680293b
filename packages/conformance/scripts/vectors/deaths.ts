/**
 * Vectors of vital status and payment lines (1.1): the person's vitalStatus against 1.0's
 * deathDate, the payment-line rules of assistance cases and benefits, and the dataset
 * rules on deaths — the death recorded in Zhuzhou, the enrolment, case, benefit and
 * payments in Changsha, matched by identity number.
 */
import { agency, changsha, meta, zhuzhou } from "./base-records.js";
import { at, type Group, invalid, type JsonObject, merge, valid, warns, without } from "./builders.js";
import { idNumber } from "./check-characters.js";

const asOf = "2025-06-30";

/** 赵秀兰, retired in Changsha, died in Zhuzhou on 2 March 2025 (her household registration there was cancelled). */
const zhaoIdNumber = idNumber("43010219550208102");
const died = { status: "deceased", date: "2025-03-02", source: "householdDeregistration", verifiedOn: "2025-03-06" };
const zhaoInZhuzhou: JsonObject = {
  recordType: "person",
  id: "430200-P-000401",
  meta: merge(meta, { sourceAgency: agency(zhuzhou, "civilAffairs") }),
  idNumber: zhaoIdNumber,
  name: "赵秀兰",
  sex: "2",
  birthDate: "1955-02-08",
  nationality: "CHN",
  hukou: { division: "430202", residenceType: "urban" },
  vitalStatus: died,
};
const zhaoInChangsha: JsonObject = merge(zhaoInZhuzhou, { id: "430100-P-000401", meta: { sourceAgency: agency(changsha, "hrss") } });

const monthly = (month: string, amount: number, extra: Record<string, unknown> = {}): JsonObject => ({ month, amount, paidOn: `${month}-15`, payee: { kind: "self" }, accountKind: "bankCard", ...extra });

/** Her Changsha employee pension, stopped after the month of death; the April payment came back from the bank. */
const pension: JsonObject = {
  recordType: "benefit",
  id: "430100-B-000401",
  meta,
  personId: "430100-P-000401",
  city: changsha,
  agency: agency(changsha, "hrss"),
  benefitType: "pension.employee",
  period: { start: "2010-03-01", end: "2025-03-31" },
  status: "terminated",
  endReason: "death",
  frequency: "monthly",
  monthlyAmount: 280_000,
  payments: [monthly("2025-02", 280_000), monthly("2025-03", 280_000), monthly("2025-04", 280_000, { status: "returned" })],
};

/** Her Changsha elderly allowance (高龄津贴), terminated at the end of the month of death. */
const allowance: JsonObject = {
  recordType: "assistance",
  id: "430100-A-000401",
  meta,
  programme: "welfare.elderly",
  personId: "430100-P-000401",
  city: changsha,
  agency: agency(changsha, "civilAffairs"),
  caseStatus: "terminated",
  dates: { applied: "2024-12-02", approved: "2024-12-20", terminated: "2025-03-31" },
  benefitAmount: 20_000,
  payments: [monthly("2025-01", 20_000, { funding: [{ source: "city", amount: 12_000 }, { source: "county", amount: 8_000 }] }), monthly("2025-02", 20_000), monthly("2025-03", 20_000)],
};

/** Her Changsha resident medical insurance, ended in the month of death. */
const medical: JsonObject = {
  recordType: "enrolment",
  id: "430100-E-000401",
  meta,
  personId: "430100-P-000401",
  scheme: "medical.resident",
  city: changsha,
  agency: agency(changsha, "healthcareSecurity"),
  contributionStatus: "3",
  employmentStatus: "0",
  period: { start: "2017-01-01", end: "2025-03-31" },
};

const inZhuzhou = (record: JsonObject) => ({ file: "430200-zhuzhou.jsonl", record });
const inChangsha = (record: JsonObject) => ({ file: "430100-changsha.jsonl", record });

/** Records 0–4: the death in Zhuzhou (0), her Changsha person record (1), pension (2), allowance (3), enrolment (4). */
const consistent = [inZhuzhou(zhaoInZhuzhou), inChangsha(zhaoInChangsha), inChangsha(pension), inChangsha(allowance), inChangsha(medical)];
const replace = (index: number, record: JsonObject) => consistent.map((entry, i) => (i === index ? { ...entry, record } : entry));

const deathRules = [
  "person.vital-status-death-date",
  "dataset.contributing-after-death",
  "dataset.assistance-active-after-death",
  "dataset.payment-after-death",
  "dataset.death-in-one-city",
  "dataset.benefit-after-death",
];
const paymentRules = ["payment.after-end", "payment.before-start", "payment.duplicate-month", "payment.funding-sum"];

export const deathGroups: Group[] = [
  {
    description: "a death recorded in both cities, everything stopped after it: no finding",
    rules: [...deathRules, ...paymentRules],
    asOf,
    tests: [
      valid("deaths/consistent", "died in March: pension, allowance and insurance end in March; the April pension came back from the bank", { records: consistent }),
      valid("deaths/deathdate-1.0", "1.0's deathDate in Changsha agrees with Zhuzhou's vitalStatus", { records: replace(1, merge(without(zhaoInChangsha, "vitalStatus"), { deathDate: "2025-03-02" })) }),
      valid("deaths/date-unknown", "Changsha knows of the death (a cremation record) but not its date", {
        records: replace(1, merge(zhaoInChangsha, { vitalStatus: { status: "deceased", date: undefined, source: "cremationRecord", verifiedOn: "2025-03-20" } })),
      }),
    ],
  },
  {
    description: "vitalStatus (1.1) and deathDate (1.0) agree",
    rules: ["person.vital-status-death-date"],
    asOf,
    tests: [
      valid("deaths/both-fields", "vitalStatus deceased and deathDate on the same day", { data: merge(zhaoInChangsha, { deathDate: "2025-03-02" }) }),
      invalid("deaths/alive-with-death-date", "vitalStatus alive, yet a deathDate", { data: merge(zhaoInChangsha, { vitalStatus: { status: "alive", date: undefined, source: undefined }, deathDate: "2025-03-02" }) }, [
        at("person.vital-status-death-date", "/vitalStatus/status"),
      ]),
      invalid("deaths/two-death-dates", "vitalStatus and deathDate give two days", { data: merge(zhaoInChangsha, { deathDate: "2025-03-12" }) }, [at("person.vital-status-death-date", "/vitalStatus/date")]),
      valid("deaths/declared-missing", "a person declared missing by a court, without a deathDate", {
        data: merge(zhaoInChangsha, { vitalStatus: { status: "declaredMissing", date: "2024-11-20", source: "courtDeclaration" } }),
      }),
    ],
  },
  {
    description: "a death recorded in one city and not in another (warning)",
    rules: ["dataset.death-in-one-city"],
    asOf,
    tests: [
      warns("deaths/not-recorded-in-changsha", "Zhuzhou records the death; Changsha's record of the same identity number does not", { records: replace(1, without(zhaoInChangsha, "vitalStatus")) }, [
        at("dataset.death-in-one-city", "/vitalStatus", 1),
      ]),
      warns("deaths/changsha-says-alive", "Changsha's record says alive", { records: replace(1, merge(zhaoInChangsha, { vitalStatus: { status: "alive", date: undefined, source: undefined, verifiedOn: "2025-01-10" } })) }, [
        at("dataset.death-in-one-city", "/vitalStatus", 1),
      ]),
    ],
  },
  {
    description: "enrolments, cases and benefits end with the death (across cities)",
    rules: ["dataset.contributing-after-death", "dataset.assistance-active-after-death", "dataset.benefit-after-death"],
    asOf,
    tests: [
      invalid("deaths/contributing-after-death", "the Changsha enrolment is still contributing", { records: replace(4, merge(medical, { contributionStatus: "1", period: { end: undefined } })) }, [
        at("dataset.contributing-after-death", "/contributionStatus", 4),
      ]),
      invalid("deaths/enrolment-ends-after-death", "the Changsha enrolment ends in June", { records: replace(4, merge(medical, { period: { end: "2025-06-30" } })) }, [
        at("dataset.contributing-after-death", "/period/end", 4),
      ]),
      invalid("deaths/case-active-after-death", "the allowance is still active", {
        records: replace(3, merge(allowance, { caseStatus: "active", dates: { terminated: undefined } })),
      }, [at("dataset.assistance-active-after-death", "/caseStatus", 3)]),
      invalid("deaths/pension-in-payment-after-death", "the pension is still in payment", {
        records: replace(2, merge(pension, { status: "inPayment", endReason: undefined, period: { end: undefined }, payments: (pension["payments"] as JsonObject[]).slice(0, 2) })),
      }, [at("dataset.benefit-after-death", "/status", 2)]),
      valid("deaths/funeral-grant", "the funeral grant, paid in April on account of the death", {
        records: [
          ...consistent,
          inChangsha(merge(pension, { id: "430100-B-000402", benefitType: "funeral.grant", frequency: "oneOff", monthlyAmount: undefined, oneOffAmount: 1_500_000, endReason: "oneOffPaid", period: { start: "2025-04-08", end: "2025-04-08" }, payments: [monthly("2025-04", 1_500_000)] })),
        ],
      }),
    ],
  },
  {
    description: "冒领: a payment for a month after the death, the death recorded in Zhuzhou, the payment in Changsha",
    rules: ["dataset.payment-after-death", "payment.after-end"],
    asOf,
    tests: [
      invalid("deaths/pension-paid-after-death", "the April pension was paid, not returned", {
        records: replace(2, merge(pension, { payments: [...(pension["payments"] as JsonObject[]).slice(0, 2), monthly("2025-04", 280_000)] })),
      }, [at("dataset.payment-after-death", "/payments/2/month", 2), at("payment.after-end", "/payments/2/month", 2)]),
      invalid("deaths/allowance-paid-after-death", "the allowance, terminated late, paid for April", {
        records: replace(3, merge(allowance, { dates: { terminated: "2025-04-30" }, payments: [...(allowance["payments"] as JsonObject[]), monthly("2025-04", 20_000)] })),
      }, [at("dataset.payment-after-death", "/payments/3/month", 3)]),
      invalid("deaths/paid-after-1.0-death-date", "a 1.0 deathDate in Zhuzhou is enough", {
        records: [
          inZhuzhou(merge(without(zhaoInZhuzhou, "vitalStatus"), { deathDate: "2025-03-02" })),
          ...replace(3, merge(allowance, { dates: { terminated: "2025-04-30" }, payments: [...(allowance["payments"] as JsonObject[]), monthly("2025-04", 20_000)] })).slice(1),
        ],
      }, [at("dataset.payment-after-death", "/payments/3/month", 3)]),
      valid("deaths/failed-after-death", "an April payment that failed is not a payment", {
        records: replace(3, merge(allowance, { dates: { terminated: "2025-04-30" }, payments: [...(allowance["payments"] as JsonObject[]), monthly("2025-04", 20_000, { status: "failed" })] })),
      }),
      valid("deaths/household-member-alive", "a household case goes on while a covered member lives", {
        records: [
          ...consistent,
          inChangsha(merge(without(zhaoInChangsha, "vitalStatus"), { id: "430100-P-000402", idNumber: idNumber("43010219530715101"), name: "钱国华", sex: "1", birthDate: "1953-07-15" })),
          inChangsha({
            recordType: "assistance",
            id: "430100-A-000402",
            meta,
            programme: "dibao.urban",
            personId: "430100-P-000401",
            household: {
              householdId: "430100-H-000401",
              headPersonId: "430100-P-000401",
              size: 2,
              members: [
                { personId: "430100-P-000401", relationToHead: "02", covered: true },
                { personId: "430100-P-000402", relationToHead: "10", covered: true },
              ],
            },
            coveredMembers: 2,
            city: changsha,
            agency: agency(changsha, "civilAffairs"),
            caseStatus: "active",
            dates: { applied: "2024-09-01", approved: "2024-10-08" },
            monthlyStandard: 85_000,
            perCapitaIncome: 60_000,
            benefitAmount: 50_000,
            lastReviewDate: "2025-04-01",
            nextReviewDate: "2025-10-01",
            payments: [monthly("2025-04", 50_000), monthly("2025-05", 50_000)],
          }),
          // 资助参保: the surviving covered member is insured (dataset.assisted-without-medical-enrolment).
          inChangsha(merge(medical, { id: "430100-E-000402", personId: "430100-P-000402", contributionStatus: "1", period: { start: "2024-11-01", end: undefined } })),
        ],
      }),
    ],
  },
  {
    description: "payment lines of a case or a benefit: within its period, once a month, funding parts adding up",
    rules: paymentRules,
    asOf,
    tests: [
      invalid("payments/after-termination", "an allowance paid for April, terminated in March", { data: merge(allowance, { payments: [monthly("2025-03", 20_000), monthly("2025-04", 20_000)] }) }, [
        at("payment.after-end", "/payments/1/month"),
      ]),
      invalid("payments/after-benefit-end", "a pension paid for April, ended in March", { data: merge(pension, { payments: [monthly("2025-03", 280_000), monthly("2025-04", 280_000)] }) }, [
        at("payment.after-end", "/payments/1/month"),
      ]),
      invalid("payments/before-approval", "paid on 15 December, approved on the 20th", { data: merge(allowance, { payments: [monthly("2024-12", 20_000)] }) }, [at("payment.before-start", "/payments/0/paidOn")]),
      valid("payments/back-pay-from-application", "December paid in January, after approval: back pay from the month of application", {
        data: merge(allowance, { payments: [monthly("2024-12", 20_000, { paidOn: "2025-01-15" })] }),
      }),
      invalid("payments/before-application", "November paid, applied for in December", { data: merge(allowance, { payments: [monthly("2024-11", 20_000, { paidOn: "2025-01-15" })] }) }, [
        at("payment.before-start", "/payments/0/month"),
      ]),
      invalid("payments/before-benefit-start", "a pension paid for February 2010, starting in March", { data: merge(pension, { payments: [monthly("2010-02", 280_000, { paidOn: "2010-03-15" })] }) }, [
        at("payment.before-start", "/payments/0/month"),
      ]),
      invalid("payments/month-twice", "February paid twice", { data: merge(allowance, { payments: [monthly("2025-02", 20_000), monthly("2025-02", 20_000, { paidOn: "2025-02-20" })] }) }, [
        at("payment.duplicate-month", "/payments/1/month"),
      ]),
      valid("payments/failed-then-repaid", "February failed (account closed) and was paid again to a new card", {
        data: merge(allowance, { payments: [monthly("2025-02", 20_000, { status: "failed" }), monthly("2025-02", 20_000, { paidOn: "2025-02-27", accountKind: "socialSecurityCard" })] }),
      }),
      valid("payments/returned-then-repaid", "a pension returned by the bank and paid again", {
        data: merge(pension, { payments: [monthly("2025-03", 280_000, { status: "returned" }), monthly("2025-03", 280_000, { paidOn: "2025-03-28" })] }),
      }),
      invalid("payments/funding-short", "funding parts of 120 and 60 yuan for a 200-yuan payment", {
        data: merge(allowance, { payments: [monthly("2025-01", 20_000, { funding: [{ source: "city", amount: 12_000 }, { source: "county", amount: 6_000 }] })] }),
      }, [at("payment.funding-sum", "/payments/0/funding")]),
    ],
  },
];
