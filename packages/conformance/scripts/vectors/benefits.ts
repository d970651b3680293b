/**
 * Vectors of the record types added in 1.1 for benefits (待遇) and 异地就医: the code
 * lists' base records, the settlement rules, and the dataset rules over benefits,
 * enrolments, registrations and settlements — firing and not, within and across cities.
 */
import { agency, changsha, creditCodes, meta, xiangtan, zhuzhou } from "./base-records.js";
import { at, type Group, invalid, type JsonObject, merge, valid, warns, without } from "./builders.js";
import { idNumber } from "./check-characters.js";

const asOf = "2025-06-30";

/** 刘志强, born 1958 in 芙蓉区, retired from a Changsha employer in 2018; lives in Guangzhou since 2019. */
export const retiree: JsonObject = {
  recordType: "person",
  id: "430100-P-000301",
  meta,
  idNumber: idNumber("43010219580312101"),
  name: "刘志强",
  sex: "1",
  birthDate: "1958-03-12",
  nationality: "CHN",
  hukou: { division: "430102", residenceType: "urban" },
};

/** His employee pension enrolment, stopped when he retired. */
export const retireePension: JsonObject = {
  recordType: "enrolment",
  id: "430100-E-000301",
  meta,
  personId: "430100-P-000301",
  scheme: "pension.employee",
  city: changsha,
  agency: agency(changsha, "hrss"),
  employer: { creditCode: creditCodes.changshaEmployer, name: "长沙湘江科技有限公司" },
  contributionStatus: "3",
  employmentStatus: "1",
  period: { start: "1996-01-01", end: "2018-03-31" },
};

/** The pension in payment since April 2018. */
export const pensionBenefit: JsonObject = {
  recordType: "benefit",
  id: "430100-B-000301",
  meta,
  personId: "430100-P-000301",
  city: changsha,
  agency: agency(changsha, "hrss"),
  benefitType: "pension.employee",
  enrolmentId: "430100-E-000301",
  period: { start: "2018-04-01" },
  status: "inPayment",
  frequency: "monthly",
  monthlyAmount: 325_000,
  payments: [{ month: "2025-05", amount: 325_000, paidOn: "2025-05-15", payee: { kind: "self" }, accountKind: "socialSecurityCard" }],
};

/** His 异地安置退休 registration for Guangzhou. */
export const registration: JsonObject = {
  recordType: "medicalRegistration",
  id: "430100-R-000301",
  meta,
  personId: "430100-P-000301",
  city: changsha,
  agency: agency(changsha, "healthcareSecurity"),
  registrationType: "resettledRetiree",
  insuredDivision: changsha,
  treatmentDivision: "440100",
  period: { start: "2019-01-01" },
  registeredOn: "2018-12-20",
};

/** A stay in a 天河区 hospital: 23 500 = 14 500 pooled + 1 200 大病 + 7 800 personal burden (of which 800 from his account). */
export const settlement: JsonObject = {
  recordType: "medicalSettlement",
  id: "430100-S-000301",
  meta,
  personId: "430100-P-000301",
  registrationId: "430100-R-000301",
  city: changsha,
  agency: agency(changsha, "healthcareSecurity"),
  insuredDivision: changsha,
  treatmentDivision: "440106",
  settlementDate: "2025-03-10",
  totalCost: 2_350_000,
  policyRangeCost: 2_010_000,
  pooledFundPayment: 1_450_000,
  criticalIllnessPayment: 120_000,
  outOfPocket: 780_000,
  individualAccountPayment: 80_000,
};

/** 周敏 of 雨湖区, Xiangtan, laid off in 2023: unemployment benefit for 2024. */
const worker: JsonObject = merge(retiree, {
  id: "430300-P-000302",
  idNumber: idNumber("43030219850704202"),
  name: "周敏",
  sex: "2",
  birthDate: "1985-07-04",
  hukou: { division: "430302", residenceType: "urban" },
});
const unemploymentBenefit: JsonObject = merge(pensionBenefit, {
  id: "430300-B-000302",
  personId: "430300-P-000302",
  city: xiangtan,
  agency: agency(xiangtan, "hrss"),
  benefitType: "unemployment.benefit",
  enrolmentId: undefined,
  period: { start: "2024-01-01", end: "2024-12-31" },
  status: "terminated",
  endReason: "periodEnded",
  monthlyAmount: 168_000,
  payments: undefined,
});
/** A Zhuzhou employer's unemployment-insurance enrolment for her. */
const zhuzhouJob = (start: string, scheme = "unemployment"): JsonObject => ({
  recordType: "enrolment",
  id: "430200-E-000302",
  meta,
  personId: "430300-P-000302",
  scheme,
  city: zhuzhou,
  agency: agency(zhuzhou, scheme.startsWith("medical") ? "healthcareSecurity" : "hrss"),
  employer: { creditCode: creditCodes.zhuzhouEmployer, name: "株洲轨道装备有限公司" },
  contributionStatus: "1",
  employmentStatus: "0",
  period: { start },
});

/** A year of her unemployment contributions, the months by paidMonths, at a ¥6,000 base (person 0.3 %, employer 0.7 %). */
const paidYear = (year: number, paidMonths: string): JsonObject => {
  const months = [...paidMonths].filter((month) => month === "1").length;
  return { year, months, monthlyBase: 600_000, individualAmount: 1_800 * months, employerAmount: 4_200 * months, paidMonths };
};

const files = { [changsha]: "430100-changsha.jsonl", [zhuzhou]: "430200-zhuzhou.jsonl", [xiangtan]: "430300-xiangtan.jsonl" } as const;
const inFile = (city: keyof typeof files, record: JsonObject) => ({ file: files[city], record });

/** Records 0–5: the retiree in Changsha and the unemployed worker in Xiangtan. */
const consistent = [
  inFile(changsha, retiree), // 0
  inFile(changsha, retireePension), // 1
  inFile(changsha, pensionBenefit), // 2
  inFile(changsha, registration), // 3
  inFile(changsha, settlement), // 4
  inFile(xiangtan, worker), // 5
  inFile(xiangtan, unemploymentBenefit), // 6
];
const replace = (index: number, record: JsonObject) => consistent.map((entry, i) => (i === index ? { ...entry, record } : entry));

/** A Zhuzhou record about the Changsha retiree (record 7). */
const inZhuzhou = (record: JsonObject) => [inFile(zhuzhou, record)];
const residentPension = (period: JsonObject, status = "inPayment"): JsonObject =>
  merge(pensionBenefit, {
    id: "430200-B-000303",
    city: zhuzhou,
    agency: agency(zhuzhou, "hrss"),
    benefitType: "pension.resident",
    enrolmentId: undefined,
    period,
    status,
    ...(status === "terminated" ? { endReason: "duplicateClaim" } : {}),
    monthlyAmount: 18_000,
    payments: undefined,
  });
const zhuzhouEmployeePension = (period: JsonObject, contributionStatus: string): JsonObject => ({
  recordType: "enrolment",
  id: "430200-E-000303",
  meta,
  personId: "430100-P-000301",
  scheme: "pension.employee",
  city: zhuzhou,
  agency: agency(zhuzhou, "hrss"),
  employer: { creditCode: creditCodes.zhuzhouEmployer, name: "株洲轨道装备有限公司" },
  contributionStatus,
  employmentStatus: "0",
  period,
});

const allRules = [
  "dataset.unresolved-reference",
  "dataset.two-basic-pensions",
  "dataset.pension-recipient-contributing",
  "dataset.unemployment-benefit-while-employed",
  "dataset.settlement-outside-registration",
];

export const benefitGroups: Group[] = [
  {
    description: "benefits and 异地就医 records of 1.1 are accepted, and the settlement's parts add up",
    rules: ["medical-settlement.components-add-up", "medical-settlement.medical-aid-exceeds-out-of-pocket", "benefit.amount-for-frequency", "benefit.end-reason"],
    asOf,
    tests: [
      valid("benefits/pension", "an enterprise pension in payment with a payment line", { data: pensionBenefit }),
      valid("benefits/one-off-grant", "a one-off funeral grant", {
        data: merge(pensionBenefit, { id: "430100-B-000304", benefitType: "funeral.grant", frequency: "oneOff", monthlyAmount: undefined, oneOffAmount: 1_200_000, period: { start: "2025-02-01", end: "2025-02-01" }, status: "terminated", endReason: "oneOffPaid", payments: undefined }),
      }),
      valid("benefits/registration", "an 异地安置退休 registration", { data: registration }),
      valid("benefits/settlement", "a settlement whose parts add up", { data: settlement }),
      valid("benefits/settlement-with-aid", "medical aid paying part of the personal burden", { data: merge(settlement, { medicalAidPayment: 500_000, individualAccountPayment: 280_000 }) }),
      invalid("benefits/settlement-total", "total cost is not the sum of the funds and the personal burden", { data: merge(settlement, { totalCost: 2_360_000 }) }, [
        at("medical-settlement.components-add-up", "/totalCost"),
      ]),
      invalid("benefits/settlement-policy-range", "policy-range cost above the total", { data: merge(settlement, { policyRangeCost: 2_400_000 }) }, [
        at("medical-settlement.components-add-up", "/policyRangeCost"),
      ]),
      invalid("benefits/settlement-personal-share", "medical aid and individual account together above the personal burden", {
        data: merge(settlement, { medicalAidPayment: 750_000 }),
      }, [at("medical-settlement.components-add-up", "/individualAccountPayment")]),
      invalid("benefits/medical-aid-above-out-of-pocket", "medical aid above the personal burden", { data: merge(settlement, { medicalAidPayment: 800_000, individualAccountPayment: undefined }) }, [
        at("medical-settlement.medical-aid-exceeds-out-of-pocket", "/medicalAidPayment"),
      ]),
      invalid("benefits/monthly-without-amount", "a monthly benefit needs its monthly amount", { data: without(pensionBenefit, "monthlyAmount") }, [
        at("benefit.amount-for-frequency", "/monthlyAmount"),
      ]),
      invalid("benefits/one-off-without-amount", "a one-off grant needs its amount", { data: merge(pensionBenefit, { frequency: "oneOff" }) }, [
        at("benefit.amount-for-frequency", "/oneOffAmount"),
      ]),
      invalid("benefits/terminated-without-reason", "a terminated benefit says why", { data: merge(pensionBenefit, { status: "terminated", period: { end: "2025-05-31" } }) }, [
        at("benefit.end-reason", "/status"),
      ]),
    ],
  },
  {
    description: "a consistent dataset of benefits and 异地就医 records: no rule across records fires",
    rules: allRules,
    asOf,
    tests: [valid("benefits/dataset-consistent", "a Changsha retiree resettled in Guangzhou and a Xiangtan worker on unemployment benefit", { records: consistent })],
  },
  {
    description: "benefits, registrations and settlements name records of the dataset",
    rules: ["dataset.unresolved-reference"],
    asOf,
    tests: [
      invalid("benefits/unresolved-enrolment", "the pension names an enrolment that is not in the dataset", { records: replace(2, merge(pensionBenefit, { enrolmentId: "430100-E-999999" })) }, [
        at("dataset.unresolved-reference", "/enrolmentId", 2),
      ]),
      invalid("benefits/registration-is-a-benefit", "the settlement's registrationId names the pension", { records: replace(4, merge(settlement, { registrationId: "430100-B-000301" })) }, [
        at("dataset.unresolved-reference", "/registrationId", 4),
      ]),
    ],
  },
  {
    description: "one basic pension at a time, across cities",
    rules: ["dataset.two-basic-pensions"],
    asOf,
    tests: [
      invalid("benefits/two-pensions-two-cities", "Zhuzhou also pays him a resident pension since 2020", { records: [...consistent, ...inZhuzhou(residentPension({ start: "2020-01-01" }))] }, [
        at("dataset.two-basic-pensions", "/period", 7),
      ]),
      valid("benefits/resident-pension-before", "the resident pension ended before the employee pension began", {
        records: [...consistent, ...inZhuzhou(residentPension({ start: "2016-01-01", end: "2018-03-31" }, "terminated"))],
      }),
    ],
  },
  {
    description: "a pension recipient no longer contributes to an employee pension scheme",
    rules: ["dataset.pension-recipient-contributing"],
    asOf,
    tests: [
      invalid("benefits/pensioner-contributing", "a Zhuzhou employer still contributes to his employee pension since 2019", {
        records: [...consistent, ...inZhuzhou(zhuzhouEmployeePension({ start: "2019-01-01" }, "1"))],
      }, [at("dataset.pension-recipient-contributing", "/contributionStatus", 7)]),
      invalid("benefits/pensioner-contributing-same-city", "the Changsha enrolment was never stopped", { records: replace(1, merge(retireePension, { contributionStatus: "1", period: { end: undefined } })) }, [
        at("dataset.pension-recipient-contributing", "/contributionStatus", 1),
      ]),
      valid("benefits/pensioner-enrolment-stopped", "the Zhuzhou enrolment ended before his Changsha one began", {
        records: [...consistent, ...inZhuzhou(zhuzhouEmployeePension({ start: "1990-01-01", end: "1995-12-31" }, "3"))],
      }),
    ],
  },
  {
    description: "no unemployment benefit while an employer contributes for the person",
    rules: ["dataset.unemployment-benefit-while-employed"],
    asOf,
    tests: [
      warns("benefits/unemployment-while-employed", "a Zhuzhou employer contributes to her unemployment insurance from June 2024", {
        records: [...consistent, inFile(zhuzhou, zhuzhouJob("2024-06-01"))],
      }, [at("dataset.unemployment-benefit-while-employed", "/period", 6)]),
      valid("benefits/unemployment-then-job", "the new job starts after the benefit ended", { records: [...consistent, inFile(zhuzhou, zhuzhouJob("2025-01-01"))] }),
      valid("benefits/unemployment-medical", "employee medical insurance during the benefit is paid by the unemployment fund", {
        records: [...consistent, inFile(zhuzhou, zhuzhouJob("2024-06-01", "medical.employee"))],
      }),
      warns("benefits/unemployment-paid-during-benefit", "the Zhuzhou employer paid her unemployment insurance for June to August 2024, months of the benefit", {
        records: [...consistent, inFile(zhuzhou, merge(zhuzhouJob("2024-06-01"), { contributions: [paidYear(2024, "000001110000")] }))],
      }, [at("dataset.unemployment-benefit-while-employed", "/period", 6)]),
      valid("benefits/unemployment-job-not-closed", "her 2023 job was never closed, but its employer paid no month after November 2023", {
        records: [...consistent, inFile(zhuzhou, merge(zhuzhouJob("2023-03-01"), { contributions: [paidYear(2023, "001111111110")] }))],
      }),
    ],
  },
  {
    description: "a settlement falls within a registration of that person for that place",
    rules: ["dataset.settlement-outside-registration"],
    asOf,
    tests: [
      warns("benefits/settlement-before-registration", "a settlement in Guangzhou before the registration began", {
        records: replace(4, merge(settlement, { settlementDate: "2018-12-01" })),
      }, [at("dataset.settlement-outside-registration", "/settlementDate", 4)]),
      warns("benefits/settlement-elsewhere", "a settlement in 深圳 under a registration for Guangzhou", {
        records: replace(4, merge(settlement, { treatmentDivision: "440304" })),
      }, [at("dataset.settlement-outside-registration", "/settlementDate", 4)]),
      valid("benefits/settlement-in-own-city", "treatment in Changsha itself needs no registration", {
        records: replace(4, merge(settlement, { treatmentDivision: "430104", registrationId: undefined })),
      }),
      valid("benefits/settlement-province-registration", "a registration naming the province covers its districts", {
        records: replace(3, merge(registration, { treatmentDivision: "440000" })),
      }),
    ],
  },
];
