import { addDays } from "../arbitraries/calendar.js";
import { datasetAsOf } from "../arbitraries/person.js";
import { agencyOf, cityCodes } from "../arbitraries/places.js";
import type { BenefitRecord, CztRecord, EnrolmentRecord, MedicalSettlementRecord } from "../records.js";
import { append } from "./dataset-mutators.js";
import { candidates, isEnrolment, type Mutator, mutateOne } from "./mutator.js";

const isBenefit = (record: CztRecord): record is BenefitRecord => record.recordType === "benefit";
const isSettlement = (record: CztRecord): record is MedicalSettlementRecord => record.recordType === "medicalSettlement";
const isPension = (record: CztRecord): record is BenefitRecord => isBenefit(record) && record.benefitType.startsWith("pension.");

/**
 * The first day of the month after the last one an enrolment's contributions say was paid
 * (a month of `paidMonths`, or December of a 12-month year; deemed years aside), if any.
 */
function firstDayAfterPaidMonths(enrolment: EnrolmentRecord): string | undefined {
  let last = -1;
  for (const year of enrolment.contributions ?? []) {
    if (year.kind === "deemed") continue;
    const month = year.paidMonths !== undefined ? year.paidMonths.lastIndexOf("1") : year.months === 12 ? 11 : -1;
    if (month >= 0) last = Math.max(last, year.year * 12 + month);
  }
  if (last < 0) return undefined;
  const next = last + 1;
  return `${Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, "0")}-01`;
}

export const benefitMutators: readonly Mutator[] = [
  {
    ruleId: "medical-settlement.components-add-up",
    description: "put one fen more in the settlement's total cost than its parts",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isSettlement, (settlement) => {
        settlement.totalCost += 1;
      }),
  },
  {
    ruleId: "medical-settlement.medical-aid-exceeds-out-of-pocket",
    description: "pay one fen more medical aid than the personal burden",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isSettlement, (settlement) => {
        settlement.medicalAidPayment = settlement.outOfPocket + 1;
        delete settlement.individualAccountPayment;
      }),
  },
  {
    ruleId: "benefit.amount-for-frequency",
    description: "leave out the monthly amount of a monthly benefit",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, (record): record is BenefitRecord => isBenefit(record) && record.frequency === "monthly", (benefit) => {
        delete benefit.monthlyAmount;
      }),
  },
  {
    ruleId: "benefit.end-reason",
    description: "terminate a benefit without saying why",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isBenefit, (benefit) => {
        benefit.status = "terminated";
        benefit.period = { ...benefit.period, end: addDays(datasetAsOf, -1) };
        delete benefit.endReason;
      }),
  },
  {
    ruleId: "dataset.two-basic-pensions",
    description: "pay a pensioner a resident pension in another city as well, from ten days after the first began",
    mutate: (entries, pick) => {
      const found = candidates(entries, isPension);
      if (found.length === 0) return undefined;
      const pension = entries[found[pick % found.length]!]!.record as BenefitRecord;
      const city = cityCodes[(cityCodes.indexOf(pension.city) + 1) % cityCodes.length]!;
      const second: BenefitRecord = {
        recordType: "benefit",
        id: `${city}-B-second-${pension.id}`,
        meta: pension.meta,
        personId: pension.personId,
        city,
        agency: agencyOf(city, "hrss"),
        benefitType: "pension.resident",
        period: { start: addDays(pension.period.start, 10) },
        status: "inPayment",
        frequency: "monthly",
        monthlyAmount: 18_000,
      };
      return append(entries, second);
    },
  },
  {
    ruleId: "dataset.pension-recipient-contributing",
    description: "keep a pensioner's employee pension enrolment open and contributing",
    mutate: (entries, pick) => {
      const funded = new Set(candidates(entries, isPension).map((i) => (entries[i]!.record as BenefitRecord).enrolmentId));
      return mutateOne(entries, pick, (record): record is EnrolmentRecord => isEnrolment(record) && funded.has(record.id), (enrolment) => {
        enrolment.contributionStatus = "1";
        enrolment.period = { start: enrolment.period.start };
        // Still contributing: no reason for an end (enrolment.end-reason would also fire).
        delete enrolment.endReason;
      });
    },
  },
  {
    ruleId: "dataset.unemployment-benefit-while-employed",
    description: "pay unemployment benefit to someone an employer still contributes for (every other pick: for one day, the last of the last month the employer paid, and in payment from the next month on, which the paid months clear)",
    mutate: (entries, pick) => {
      const employed = candidates(
        entries,
        (record) => isEnrolment(record) && record.employer !== undefined && record.contributionStatus === "1" && !record.scheme.startsWith("medical") && record.period.end === undefined,
      );
      if (employed.length === 0) return undefined;
      const enrolment = entries[employed[pick % employed.length]!]!.record as EnrolmentRecord;
      const benefitOf = (id: string, period: BenefitRecord["period"]): BenefitRecord => ({
        recordType: "benefit",
        id,
        meta: enrolment.meta,
        personId: enrolment.personId,
        city: enrolment.city,
        agency: agencyOf(enrolment.city, "hrss"),
        benefitType: "unemployment.benefit",
        period,
        ...(period.end === undefined ? { status: "inPayment" as const } : { status: "terminated" as const, endReason: "periodEnded" as const }),
        frequency: "monthly",
        monthlyAmount: 168_000,
      });
      const id = `${enrolment.city}-B-unemployed-${enrolment.id}`;
      const after = firstDayAfterPaidMonths(enrolment);
      if (pick % 2 === 1 && after !== undefined && after <= datasetAsOf) {
        // The month boundary the paid months are judged on: the last day paid for is reported, the next month is not.
        const lastPaidDay = addDays(after, -1);
        const mutation = append(entries, benefitOf(id, { start: lastPaidDay, end: lastPaidDay }));
        const next = benefitOf(`${id}-after`, { start: after });
        mutation.entries.push({ file: mutation.entries[mutation.record]!.file, record: next });
        return mutation;
      }
      const start = addDays(enrolment.period.start, 10);
      return append(entries, benefitOf(id, { start, end: addDays(start, 90) }));
    },
  },
  {
    ruleId: "dataset.settlement-outside-registration",
    description: "date a 异地就医 settlement the day before its registration began",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isSettlement, (settlement, copy) => {
        const registration = copy.map((entry) => entry.record).find((record) => record.id === settlement.registrationId);
        if (registration?.recordType !== "medicalRegistration") return;
        settlement.settlementDate = addDays(registration.period.start, -1);
      }),
  },
];
