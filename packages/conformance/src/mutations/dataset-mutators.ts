import { buildDibaoCase, buildPersonalAid } from "../arbitraries/assistance.js";
import { addDays } from "../arbitraries/calendar.js";
import { fileOfRecord } from "../arbitraries/dataset.js";
import { buildPerson, type PersonChoice } from "../arbitraries/person.js";
import { agencyOf } from "../arbitraries/places.js";
import type { AssistanceRecord, CityCode, CztRecord, DatasetEntry, EnrolmentRecord, PersonRecord, TransferRecord } from "../records.js";
import { clone, isDibaoCase, isEnrolment, isPerson, isTransfer, type Mutation, type Mutator, mutateOne } from "./mutator.js";

const otherCity = (city: CityCode): CityCode => (city === "430100" ? "430200" : city === "430200" ? "430300" : "430100");

/** Appends a record to a copy of the dataset; the finding is expected on the appended record. */
export function append(entries: readonly DatasetEntry[], record: CztRecord): Mutation {
  const copy = clone(entries);
  copy.push({ file: fileOfRecord(record), record });
  return { entries: copy, record: copy.length - 1 };
}

function pickOne<T extends CztRecord>(entries: readonly DatasetEntry[], pick: number, test: (record: CztRecord) => record is T): T | undefined {
  const found = entries.map((entry) => entry.record).filter(test);
  return found.length === 0 ? undefined : structuredClone(found[pick % found.length]!);
}

/** People numbered far above any generated dataset, so that added people never collide. */
const addedPeopleFrom = 400;

const choiceFor = (city: CityCode, male: boolean): PersonChoice => ({
  city,
  issuedWhere: "home",
  divisionPick: 0,
  male,
  name: "王平",
  ethnicity: "01",
  rural: false,
  mobile: undefined,
});

export const datasetMutators: readonly Mutator[] = [
  {
    ruleId: "dataset.duplicate-record-id",
    description: "export the same enrolment twice",
    alsoFires: ["dataset.duplicate-enrolment", "dataset.overlapping-medical"],
    mutate: (entries, pick) => {
      const enrolment = pickOne(entries, pick, isEnrolment);
      return enrolment && append(entries, enrolment);
    },
  },
  {
    ruleId: "dataset.duplicate-person",
    description: "the same city exports a person a second time under another record id",
    mutate: (entries, pick) => {
      const person = pickOne(entries, pick, isPerson);
      if (!person) return undefined;
      person.id = `${person.id}-copy`;
      return append(entries, person);
    },
  },
  {
    ruleId: "dataset.person-conflict",
    description: "let another city export the person with another name",
    mutate: (entries, pick) => {
      const person = pickOne(entries, pick, isPerson);
      if (!person) return undefined;
      const city = otherCity(person.id.slice(0, 6) as CityCode);
      person.id = `${city}-P-copy`;
      person.meta.sourceAgency = agencyOf(city, "hrss");
      person.name = person.name === "李娜" ? "张伟" : "李娜";
      return append(entries, person);
    },
  },
  {
    ruleId: "dataset.unresolved-reference",
    description: "point an enrolment at a person record that is not in the dataset",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isEnrolment, (enrolment) => {
        enrolment.personId = `${enrolment.city}-P-999999`;
      }),
  },
  {
    ruleId: "dataset.duplicate-enrolment",
    description: "enrol a person in the same scheme and city twice over the same period",
    alsoFires: ["dataset.overlapping-medical"],
    mutate: (entries, pick) => {
      const enrolment = pickOne(entries, pick, isEnrolment);
      if (!enrolment) return undefined;
      enrolment.id = `${enrolment.id}-dup`;
      return append(entries, enrolment);
    },
  },
  {
    ruleId: "dataset.overlapping-medical",
    description: "add a resident medical enrolment in another city over an employee medical enrolment",
    mutate: (entries, pick) => {
      const medical = pickOne(entries, pick, (r): r is EnrolmentRecord => isEnrolment(r) && r.scheme === "medical.employee" && r.period.end === undefined);
      if (!medical) return undefined;
      const city = otherCity(medical.city);
      const added: EnrolmentRecord = {
        ...medical,
        id: `${city}-E-overlap`,
        scheme: "medical.resident",
        city,
        agency: { ...medical.agency, division: city, creditCode: medical.agency.creditCode },
        period: { start: addDays(medical.period.start, 10) },
      };
      delete added.employer;
      delete added.monthlyContributionBase;
      delete added.contributions;
      return append(entries, added);
    },
  },
  {
    ruleId: "dataset.dibao-two-cities",
    description: "grant the head of a 低保 household 低保 in a second city",
    mutate: (entries, pick) => {
      const dibao = pickOne(entries, pick, isDibaoCase);
      if (!dibao) return undefined;
      const city = otherCity(dibao.city);
      const head = entries.map((entry) => entry.record).find((r): r is PersonRecord => isPerson(r) && r.id === dibao.personId)!;
      // Applied after every generated case (those go back 200 days or more), so the second is the later one, the one reported.
      const second = buildDibaoCase(`${city}-A-second`, city, `${city}-H-second`, [head], { programme: "dibao.urban", incomeShare: 10, coveredMask: [], classifiedSupplement: undefined, appliedDaysAgo: 150, reviewedDaysAgo: 30, nextReviewInDays: 60 }, 1);
      return append(entries, second);
    },
  },
  {
    ruleId: "dataset.tekun-and-dibao",
    description: "support the head of a 低保 household as 特困 as well",
    mutate: (entries, pick) => {
      const dibao = pickOne(entries, pick, isDibaoCase);
      if (!dibao) return undefined;
      const head = entries.map((entry) => entry.record).find((r): r is PersonRecord => isPerson(r) && r.id === dibao.personId)!;
      const tekun = buildPersonalAid(`${dibao.city}-A-tekun`, dibao.city, head, {
        programme: "tekun.dispersed",
        benefitAmount: 90_000,
        caseStatus: "active",
        appliedDaysAgo: 100,
        fundingSource: "individual",
        specialCareCategory: "11",
      });
      return append(entries, tekun);
    },
  },
  {
    ruleId: "dataset.transfer-source-active",
    description: "keep the source enrolment of a completed transfer contributing",
    mutate: (entries, pick) => {
      const transfer = pickOne(entries, pick, (r): r is TransferRecord => isTransfer(r) && r.status === "completed");
      if (!transfer) return undefined;
      const copy = clone(entries);
      const index = copy.findIndex((entry) => entry.record.id === transfer.from.enrolmentId);
      const source = copy[index]!.record as EnrolmentRecord;
      source.contributionStatus = "1";
      return { entries: copy, record: copy.findIndex((entry) => entry.record.id === transfer.id) };
    },
  },
  {
    ruleId: "dataset.transfer-target-missing",
    description: "complete a transfer without naming its target enrolment",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, (r): r is TransferRecord => isTransfer(r) && r.status === "completed", (transfer) => {
        delete transfer.to.enrolmentId;
      }),
  },
  {
    ruleId: "dataset.flat-benefit",
    description: "add five one-person 低保 households in one city with different incomes that all get the same amount per member (平均保)",
    // Equal benefits with different incomes need different recorded standards, which the city's table then flags too.
    alsoFires: ["assistance.dibao-standard-matches-table"],
    mutate: (entries) => {
      const copy = clone(entries);
      const city: CityCode = "430300";
      let first = -1;
      for (let n = 0; n < 5; n++) {
        const index = addedPeopleFrom + n;
        const householdId = `${city}-H-flat-${n}`;
        const head = buildPerson(choiceFor(city, n % 2 === 0), { index, household: { householdId, relationToHead: "02" } });
        const dibao: AssistanceRecord = buildDibaoCase(`${city}-A-flat-${n}`, city, householdId, [head], { programme: "dibao.urban", incomeShare: 50, coveredMask: [], classifiedSupplement: undefined, appliedDaysAgo: 300, reviewedDaysAgo: 30, nextReviewInDays: 60 }, 0);
        dibao.monthlyStandard = 80_000 + n * 1_000;
        dibao.perCapitaIncome = 30_000 + n * 1_000;
        dibao.benefitAmount = 50_000;
        copy.push({ file: `${city}.jsonl`, record: head }, { file: `${city}.jsonl`, record: dibao });
        if (first < 0) first = copy.length - 1;
      }
      return { entries: copy, record: first };
    },
  },
];
