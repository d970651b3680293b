/**
 * Benefits (待遇) and 异地就医 records for generated datasets: a retiree whose employee
 * pension enrolment ended the day before the pension began, the pension in payment with
 * its last payment lines, and sometimes a registration to live elsewhere with a
 * settlement inside it whose parts add up. Valid by construction: no rule fires.
 */
import fc from "fast-check";
import type { Benefit, MedicalRegistration, MedicalRegistrationTypeCode, MedicalSettlement } from "@czt/types";
import type { CityCode, CztRecord, PersonRecord } from "../records.js";
import { addDays, earlierOf, timestampOn } from "./calendar.js";
import { buildEnrolment, earliestEnrolment, type EmployerChoice, employerChoiceArbitrary } from "./enrolment.js";
import { monthlyBasesArbitrary } from "./contributions.js";
import { buildPerson, datasetAsOf, type PersonChoice, personChoiceArbitrary } from "./person.js";
import { agencyOf, elsewhereDivisions } from "./places.js";

export interface MedicalChoice {
  registrationType: MedicalRegistrationTypeCode;
  treatmentPick: number;
  /** Days after the pension start the registration begins, and after that the settlement. */
  registeredAfter: number;
  settledAfter: number;
  /** Costs in fen: total, and the shares (per mille) of the pooled fund and 大病 insurance. */
  totalCost: number;
  pooledShare: number;
  criticalShare: number;
  aidShare: number;
}

export interface RetireeStory {
  kind: "retiree";
  person: PersonChoice;
  pension: "pension.employee" | "pension.institution";
  workYears: number;
  employer: EmployerChoice;
  bases: number[];
  monthlyAmount: number;
  medical: MedicalChoice | undefined;
}

const medicalChoiceArbitrary: fc.Arbitrary<MedicalChoice> = fc.record({
  registrationType: fc.constantFrom<MedicalRegistrationTypeCode[]>("longTermResidence", "resettledRetiree", "postedWorker", "temporary", "referral", "emergency"),
  treatmentPick: fc.nat(100),
  registeredAfter: fc.integer({ min: 0, max: 400 }),
  settledAfter: fc.integer({ min: 0, max: 60 }),
  totalCost: fc.integer({ min: 10_000, max: 50_000_000 }),
  pooledShare: fc.integer({ min: 0, max: 900 }),
  criticalShare: fc.integer({ min: 0, max: 100 }),
  aidShare: fc.integer({ min: 0, max: 1000 }),
});

export const retireeStoryArbitrary: fc.Arbitrary<RetireeStory> = fc.record({
  kind: fc.constant("retiree" as const),
  person: personChoiceArbitrary(),
  pension: fc.constantFrom("pension.employee" as const, "pension.institution" as const),
  workYears: fc.integer({ min: 1, max: 30 }),
  employer: employerChoiceArbitrary(),
  bases: monthlyBasesArbitrary(),
  monthlyAmount: fc.integer({ min: 150_000, max: 900_000 }),
  medical: fc.option(medicalChoiceArbitrary, { nil: undefined }),
});

const pad = (n: number) => String(n).padStart(6, "0");

/** The parts of a settlement: funds, then the personal burden, of which medical aid pays a share. */
function settlementAmounts(choice: MedicalChoice) {
  const pooledFundPayment = Math.floor((choice.totalCost * choice.pooledShare) / 1000);
  const criticalIllnessPayment = Math.floor((choice.totalCost * choice.criticalShare) / 1000);
  const outOfPocket = choice.totalCost - pooledFundPayment - criticalIllnessPayment;
  const medicalAidPayment = Math.floor((outOfPocket * choice.aidShare) / 1000);
  return { totalCost: choice.totalCost, policyRangeCost: pooledFundPayment + criticalIllnessPayment, pooledFundPayment, criticalIllnessPayment, outOfPocket, medicalAidPayment };
}

function buildMedical(choice: MedicalChoice, person: PersonRecord, city: CityCode, from: string, index: number): CztRecord[] {
  const treatmentDivision = elsewhereDivisions[choice.treatmentPick % elsewhereDivisions.length]!;
  const start = earlierOf(addDays(from, choice.registeredAfter), addDays(datasetAsOf, -1));
  const settled = earlierOf(addDays(start, choice.settledAfter), datasetAsOf);
  const agency = agencyOf(city, "healthcareSecurity");
  const registration: MedicalRegistration = {
    recordType: "medicalRegistration",
    id: `${city}-R-${pad(index)}`,
    meta: { lastUpdated: timestampOn("2025-06-02") },
    personId: person.id,
    city,
    agency,
    registrationType: choice.registrationType,
    insuredDivision: city,
    treatmentDivision,
    period: { start },
  };
  const settlement: MedicalSettlement = {
    recordType: "medicalSettlement",
    id: `${city}-S-${pad(index)}`,
    meta: { lastUpdated: timestampOn("2025-06-02") },
    personId: person.id,
    registrationId: registration.id,
    city,
    agency,
    insuredDivision: city,
    treatmentDivision,
    settlementDate: settled,
    ...settlementAmounts(choice),
  };
  return [registration, settlement];
}

/** The records of a retiree story; `index` numbers the person. */
export function buildRetiree(story: RetireeStory, index: number): CztRecord[] {
  const person = buildPerson(story.person, { index });
  const city = story.person.city;
  const earliest = earliestEnrolment(person);
  const pensionStart = earlierOf(addDays(earliest, 365 * story.workYears), addDays(datasetAsOf, -90));
  const records: CztRecord[] = [person];
  // Someone too young to have worked before the latest start draws no enrolment-backed pension: the benefit stands alone.
  const worked = pensionStart > addDays(earliest, 31);
  if (worked) {
    records.push(
      buildEnrolment({ id: `${city}-E-${pad(index)}-1`, person, scheme: story.pension, city, start: earliest, end: addDays(pensionStart, -1), employer: story.employer, monthlyBases: story.bases }),
    );
  }
  // The two months before the as-of month, each once.
  const months = [...new Set([addDays(datasetAsOf, -60), addDays(datasetAsOf, -30)].map((date) => date.slice(0, 7)))].filter((month) => month > pensionStart.slice(0, 7));
  const benefit: Benefit = {
    recordType: "benefit",
    id: `${city}-B-${pad(index)}`,
    meta: { lastUpdated: timestampOn("2025-06-02") },
    personId: person.id,
    city,
    agency: agencyOf(city, "hrss"),
    benefitType: story.pension,
    period: { start: pensionStart },
    status: "inPayment",
    frequency: "monthly",
    monthlyAmount: story.monthlyAmount,
  };
  if (worked) benefit.enrolmentId = `${city}-E-${pad(index)}-1`;
  if (months.length > 0) benefit.payments = months.map((month) => ({ month, amount: story.monthlyAmount, paidOn: `${month}-15`, accountKind: "socialSecurityCard" }));
  records.push(benefit);
  if (story.medical !== undefined) records.push(...buildMedical(story.medical, person, city, pensionStart, index));
  return records;
}
