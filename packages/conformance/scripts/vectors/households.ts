import { asOf, changsha, dibaoCase } from "./base-records.js";
import { at, type Group, invalid, merge, valid, warns } from "./builders.js";

const source = "CZT-SS conformance vectors: illustrative figures, not an official document";

/** Changsha's urban and rural 低保 standards (illustrative) and the 特困 floor stated explicitly (130 %). */
const tekunParameters = {
  parametersVersion: "1.0",
  dibaoStandard: [
    { city: changsha, programme: "dibao.urban", validFrom: "2025-01-01", monthlyStandard: 85_000, source, verified: false },
    { city: changsha, programme: "dibao.rural", validFrom: "2025-01-01", monthlyStandard: 70_000, source, verified: false },
  ],
  tekunStandardRatio: [{ region: "430000", validFrom: "2016-02-10", minimumPercent: 130, source, verified: false }],
};

const members = (...list: [string, string][]) => list.map(([personId, relationToHead]) => ({ personId, relationToHead, covered: true }));
const household = (headPersonId: string, ...list: [string, string][]) => ({ household: { householdId: "430100-H-000001", headPersonId, size: 3, members: members(...list) }, coveredMembers: list.length });

const tekunCase = merge(dibaoCase, { programme: "tekun.dispersed", household: undefined, coveredMembers: undefined, perCapitaIncome: undefined, monthlyStandard: 91_000, benefitAmount: 91_000 });

/** Households whose head is named twice or not at all, and the 特困 standard's floor. */
export const householdGroups: Group[] = [
  {
    description: "one head of household, the one headPersonId names",
    rules: ["assistance.household-head"],
    asOf,
    tests: [
      valid("assistance/household-head-consistent", "the named head is the member coded 02", { data: dibaoCase }),
      invalid("assistance/household-head-twice", "two members coded 户主", { data: merge(dibaoCase, household("430100-P-000001", ["430100-P-000001", "02"], ["430100-P-000005", "02"])) }, [
        at("assistance.household-head", "/household/members/1/relationToHead"),
      ]),
      invalid("assistance/household-head-swapped", "the head changed in the member list only", { data: merge(dibaoCase, household("430100-P-000001", ["430100-P-000001", "10"], ["430100-P-000005", "02"])) }, [
        at("assistance.household-head", "/household/members/0/relationToHead"),
        at("assistance.household-head", "/household/members/1/relationToHead"),
      ]),
    ],
  },
  {
    description: "the head is among the members listed (warning: the list may be partial)",
    rules: ["assistance.household-head-not-listed"],
    asOf,
    tests: [
      valid("assistance/household-head-listed", "the head is listed", { data: dibaoCase }),
      warns("assistance/household-head-not-listed", "members listed without the head", { data: merge(dibaoCase, household("430100-P-000001", ["430100-P-000005", "10"], ["430100-P-000006", "20"])) }, [
        at("assistance.household-head-not-listed", "/household/headPersonId"),
      ]),
    ],
  },
  {
    description: "特困 standard at least 1.3 times the lower 低保 standard (国发〔2016〕14号, dated parameter)",
    rules: ["assistance.tekun-standard-ratio"],
    asOf,
    parameters: tekunParameters,
    tests: [
      valid("assistance/tekun-standard-at-floor", "¥910 = 1.3 × ¥700, the rural standard", { data: tekunCase }),
      invalid("assistance/tekun-standard-below-floor", "¥850, the 低保 level itself", { data: merge(tekunCase, { monthlyStandard: 85_000, benefitAmount: 85_000 }) }, [
        at("assistance.tekun-standard-ratio", "/monthlyStandard"),
      ]),
    ],
  },
];
