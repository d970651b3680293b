import { buildDibaoCase, buildPersonalAid } from "../arbitraries/assistance.js";
import { addDays, laterOf } from "../arbitraries/calendar.js";
import { fileOfRecord, residentMedicalSince, subsidisedMedical } from "../arbitraries/dataset.js";
import { buildPerson, type PersonChoice } from "../arbitraries/person.js";
import { agencyOf } from "../arbitraries/places.js";
import type { Agency, AssistanceRecord, CityCode, CztRecord, DatasetEntry, EnrolmentRecord, PersonRecord, TransferRecord } from "../records.js";
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
    alsoFires: ["dataset.duplicate-enrolment", "dataset.overlapping-medical", "dataset.contribution-month-twice"],
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
    description: "point a pension enrolment at a person record that is not in the dataset",
    mutate: (entries, pick) =>
      // A pension one: moving a medical enrolment away would also leave an assisted person uninsured.
      mutateOne(entries, pick, (record): record is EnrolmentRecord => isEnrolment(record) && record.scheme.startsWith("pension."), (enrolment) => {
        enrolment.personId = `${enrolment.city}-P-999999`;
      }),
  },
  {
    ruleId: "dataset.duplicate-enrolment",
    description: "enrol a person in the same scheme and city twice over the same period",
    alsoFires: ["dataset.overlapping-medical", "dataset.contribution-month-twice"],
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
        // The other city's own 医保局: keeping the first city's credit code would name two agencies with one code.
        agency: agencyOf(city, "healthcareSecurity"),
        // 城乡居民医保 exists from its since date (2016): code.not-yet-in-force stays silent.
        period: { start: laterOf(addDays(medical.period.start, 10), residentMedicalSince) },
      };
      delete added.employer;
      delete added.participationType;
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
      const second = buildDibaoCase(`${city}-A-second`, city, `${city}-H-second`, [head], { programme: "dibao.urban", incomeShare: 10, coveredMask: [], classifiedSupplement: undefined, appliedDaysAgo: 300, reviewedDaysAgo: 30, nextReviewInDays: 60 }, 1);
      const mutation = append(entries, second);
      // The rule reports the case that started later (approval, else application): the original when it is the more recent.
      const startOf = (record: AssistanceRecord) => record.dates.approved ?? record.dates.applied;
      if (startOf(dibao) <= startOf(second)) return mutation;
      return { ...mutation, record: entries.findIndex((entry) => entry.record.id === dibao.id) };
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
      // The source must be in the dataset: an arrival from another province has none here.
      const transfer = pickOne(entries, pick, (r): r is TransferRecord => isTransfer(r) && r.status === "completed" && r.from.enrolmentId !== undefined);
      if (!transfer) return undefined;
      const copy = clone(entries);
      const index = copy.findIndex((entry) => entry.record.id === transfer.from.enrolmentId);
      const source = copy[index]!.record as EnrolmentRecord;
      source.contributionStatus = "1";
      // Still contributing, so no end reason (enrolment.end-reason would fire on one).
      delete source.endReason;
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
        // Paid what the case now says, so only the amounts across households look flat.
        for (const payment of dibao.payments ?? []) payment.amount = 50_000;
        copy.push({ file: `${city}.jsonl`, record: head }, { file: `${city}.jsonl`, record: dibao });
        if (first < 0) first = copy.length - 1;
        for (const enrolment of subsidisedMedical([head], city, dibao.dates.approved!)) copy.push({ file: `${city}.jsonl`, record: enrolment });
      }
      return { entries: copy, record: first };
    },
  },
  {
    ruleId: "dataset.shared-credit-code",
    description: "give an enrolment's agency the credit code of the first agency the dataset names, of another department or division",
    mutate: (entries, pick) => {
      // The first agency named is the first use of its code, so the enrolment is the one reported.
      const firstAt = entries.findIndex((entry) => agenciesOf(entry.record).length > 0);
      const first = firstAt < 0 ? undefined : agenciesOf(entries[firstAt]!.record)[0]!;
      if (first === undefined) return undefined;
      const differs = (record: CztRecord): record is EnrolmentRecord =>
        isEnrolment(record) && (record.agency.division !== first.division || record.agency.department !== first.department);
      const later = entries.slice(firstAt + 1);
      const mutation = mutateOne(later, pick, differs, (enrolment) => {
        enrolment.agency = { ...enrolment.agency, creditCode: first.creditCode };
      });
      return mutation && { entries: [...clone(entries.slice(0, firstAt + 1)), ...mutation.entries], record: firstAt + 1 + mutation.record };
    },
  },
  {
    ruleId: "dataset.contribution-month-twice",
    description: "let another city also collect the employee pension for the same months",
    alsoFires: ["dataset.duplicate-enrolment"],
    mutate: (entries, pick) => {
      const pension = pickOne(entries, pick, (r): r is EnrolmentRecord => isEnrolment(r) && r.scheme === "pension.employee" && (r.contributions?.length ?? 0) > 0);
      if (!pension) return undefined;
      const city = otherCity(pension.city);
      return append(entries, { ...pension, id: `${city}-E-paid-twice`, city, agency: agencyOf(city, "hrss") });
    },
  },
];

/** The agencies a record names: its source agency first, then its own. */
function agenciesOf(record: CztRecord): Agency[] {
  // A transfer side outside the three cities names no agency record (1.1 `external`).
  const own = isEnrolment(record) ? [record.agency] : isTransfer(record) ? [record.from.agency, record.to.agency] : record.recordType === "assistance" ? [record.agency] : [];
  return [...(record.meta.sourceAgency ? [record.meta.sourceAgency] : []), ...own.filter((agency): agency is Agency => agency !== undefined)];
}
