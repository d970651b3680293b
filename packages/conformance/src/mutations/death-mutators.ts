import { addDays } from "../arbitraries/calendar.js";
import { fileOfRecord } from "../arbitraries/dataset.js";
import { datasetAsOf } from "../arbitraries/person.js";
import { agencyOf } from "../arbitraries/places.js";
import type { AssistanceRecord, CityCode, CztRecord, DatasetEntry, EnrolmentRecord, PersonRecord } from "../records.js";
import { type Mutator, isAssistance, isEnrolment, isPerson, mutateOne } from "./mutator.js";

type Payment = NonNullable<AssistanceRecord["payments"]>[number];
/** The 1.1 vital status, which the generated records' type may not name yet. */
type WithVitalStatus = PersonRecord & { vitalStatus?: { status: string; date?: string; source?: string } };

/** Every rule a recorded death can set off, for the mutators that record one. */
const deathRules = [
  "dataset.contributing-after-death",
  "dataset.assistance-active-after-death",
  "dataset.payment-after-death",
  "dataset.death-in-one-city",
  "dataset.benefit-after-death",
] as const;

const hasPayments = (record: CztRecord): record is AssistanceRecord => isAssistance(record) && (record.payments?.length ?? 0) > 0;
const effective = (line: Payment) => line.status !== "failed" && line.status !== "returned";

/** Records the death of every person record (all cities) with the identity number of person `personId`. */
function recordDeath(copy: DatasetEntry[], personId: string, date: string): void {
  const person = copy.find((entry) => entry.record.id === personId)?.record;
  if (!person || !isPerson(person)) return;
  for (const entry of copy) {
    const other = entry.record;
    if (isPerson(other) && (other.id === personId || (person.idNumber !== undefined && other.idNumber === person.idNumber))) {
      (other as WithVitalStatus).vitalStatus = { status: "deceased", date, source: "householdDeregistration" };
    }
  }
}

/** Everyone an assistance case pays for: personId and the covered members. */
function beneficiaries(record: AssistanceRecord): string[] {
  const ids = record.personId === undefined ? [] : [record.personId];
  for (const member of record.household?.members ?? []) if (member.covered) ids.push(member.personId);
  return ids;
}

const otherCity = (city: CityCode): CityCode => (city === "430100" ? "430200" : city === "430200" ? "430300" : "430100");

const lastDayBefore = (month: string) => addDays(`${month}-01`, -1);

export const deathMutators: readonly Mutator[] = [
  {
    ruleId: "person.vital-status-death-date",
    description: "a person recorded alive in vitalStatus, with a deathDate",
    alsoFires: deathRules,
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isPerson, (person) => {
        (person as WithVitalStatus).vitalStatus = { status: "alive" };
        person.deathDate = addDays(datasetAsOf, -1);
      }),
  },
  {
    ruleId: "payment.after-end",
    description: "terminate a paid case the month before its last payment",
    alsoFires: ["dataset.dibao-two-cities", "dataset.tekun-and-dibao", "dataset.flat-benefit"],
    mutate: (entries, pick) =>
      mutateOne(entries, pick, hasPayments, (record) => {
        const last = record.payments!.filter(effective).at(-1)!;
        record.caseStatus = "terminated";
        record.dates.terminated = lastDayBefore(last.month);
      }),
  },
  {
    ruleId: "payment.before-start",
    description: "pay a case the day before its approval",
    mutate: (entries, pick) =>
      mutateOne(
        entries,
        pick,
        (record): record is AssistanceRecord => hasPayments(record) && record.dates.approved !== undefined,
        (record) => {
          record.payments!.find(effective)!.paidOn = addDays(record.dates.approved!, -1);
        },
      ),
  },
  {
    ruleId: "payment.duplicate-month",
    description: "pay a case's first paid month again",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, hasPayments, (record) => {
        const line = record.payments!.find(effective)!;
        record.payments!.push({ month: line.month, amount: line.amount, paidOn: line.paidOn });
      }),
  },
  {
    ruleId: "payment.funding-sum",
    description: "split a payment into funding parts one fen short",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, hasPayments, (record) => {
        const line = record.payments![0]!;
        line.funding = [{ source: "central", amount: line.amount - 1 }];
      }),
  },
  {
    ruleId: "dataset.contributing-after-death",
    description: "record the death of a person whose enrolment is still contributing",
    alsoFires: deathRules,
    mutate: (entries, pick) =>
      mutateOne(
        entries,
        pick,
        (record): record is EnrolmentRecord => isEnrolment(record) && record.contributionStatus === "1",
        (enrolment, copy) => recordDeath(copy, enrolment.personId, addDays(datasetAsOf, -1)),
      ),
  },
  {
    ruleId: "dataset.assistance-active-after-death",
    description: "record the death of everyone an active case pays for",
    alsoFires: deathRules,
    mutate: (entries, pick) =>
      mutateOne(
        entries,
        pick,
        (record): record is AssistanceRecord => isAssistance(record) && record.caseStatus === "active" && beneficiaries(record).length > 0,
        (record, copy) => {
          for (const id of beneficiaries(record)) recordDeath(copy, id, addDays(datasetAsOf, -1));
        },
      ),
  },
  {
    ruleId: "dataset.payment-after-death",
    description: "record the deaths of a paid case's beneficiaries the month before its last payment",
    alsoFires: deathRules,
    mutate: (entries, pick) =>
      mutateOne(
        entries,
        pick,
        (record): record is AssistanceRecord => hasPayments(record) && beneficiaries(record).length > 0,
        (record, copy) => {
          const last = record.payments!.filter(effective).at(-1)!;
          for (const id of beneficiaries(record)) recordDeath(copy, id, lastDayBefore(last.month));
        },
      ),
  },
  {
    ruleId: "dataset.death-in-one-city",
    description: "let another city export the person, recording a death the first city lacks",
    alsoFires: deathRules,
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isPerson, (person, copy, index) => {
        const city = otherCity(person.id.slice(0, 6) as CityCode);
        const twin = structuredClone(person) as WithVitalStatus;
        twin.id = `${city}-P-death`;
        twin.meta.sourceAgency = agencyOf(city, "civilAffairs");
        twin.vitalStatus = { status: "deceased", date: addDays(datasetAsOf, -1), source: "medicalDeathCertificate" };
        copy.push({ file: fileOfRecord(twin), record: twin });
        return index;
      }),
  },
  {
    ruleId: "dataset.benefit-after-death",
    description: "a work-injury allowance still in payment for a person whose death is recorded",
    alsoFires: [...deathRules, "dataset.pension-recipient-contributing", "dataset.two-basic-pensions"],
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isPerson, (person, copy) => {
        const city = person.id.slice(0, 6) as CityCode;
        const benefit = {
          recordType: "benefit",
          id: `${city}-B-death`,
          meta: person.meta,
          personId: person.id,
          city,
          agency: agencyOf(city, "hrss"),
          benefitType: "workInjury.disabilityAllowance",
          period: { start: "2020-01-01" },
          status: "inPayment",
          frequency: "monthly",
          monthlyAmount: 150_000,
        } as unknown as CztRecord;
        copy.push({ file: `${city}.jsonl`, record: benefit });
        recordDeath(copy, person.id, addDays(datasetAsOf, -1));
        return copy.length - 1;
      }),
  },
];
