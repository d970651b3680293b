/**
 * Benefits in payment and 异地就医 (ids 300–399): the Changsha retirees of the examples
 * draw their pensions, and 罗卫东, resettled in Guangzhou, is registered there and had a
 * hospital stay settled directly.
 */
import { changsha } from "../agencies.js";
import { defaultLastUpdated, recordId } from "../builders.js";
import type { BenefitRecord, MedicalRegistrationRecord, MedicalSettlementRecord } from "../model.js";
import { csHrss, csMedical } from "../population/city-agencies.js";
import type { Scenario } from "./scenario.js";

const meta = { lastUpdated: defaultLastUpdated };
const paid = (amount: number) =>
  ["2026-08", "2026-09", "2026-10"].map((month) => ({ month, amount, paidOn: `${month}-15`, payee: { kind: "self" as const }, accountKind: "socialSecurityCard" }));

function pension(n: number, personN: number, enrolmentN: number, benefitType: string, start: string, monthlyAmount: number): BenefitRecord {
  return {
    recordType: "benefit",
    id: recordId(changsha, "B", n),
    meta,
    personId: recordId(changsha, "P", personN),
    city: changsha,
    agency: csHrss,
    benefitType,
    enrolmentId: recordId(changsha, "E", enrolmentN),
    period: { start },
    status: "inPayment",
    frequency: "monthly",
    monthlyAmount,
    payments: paid(monthlyAmount),
  };
}

/** 罗卫东 retired from 长沙第三纺织厂 in August 2013 (enrolment 29). */
const luoPension = pension(300, 14, 29, "pension.employee", "2013-09-01", 356_000);
/** 陈桂兰 has drawn the resident pension since she turned 60 (enrolment 4). */
const chenPension = pension(301, 2, 4, "pension.resident", "2014-10-01", 21_800);
/** 彭秋菊 has drawn the resident pension since August 2024 (enrolment 26). */
const pengPension = pension(302, 13, 26, "pension.resident", "2024-08-01", 19_500);

/** 罗卫东 lives with his daughter in Guangzhou since 2022: 异地安置退休. */
const luoRegistration: MedicalRegistrationRecord = {
  recordType: "medicalRegistration",
  id: recordId(changsha, "R", 303),
  meta,
  personId: recordId(changsha, "P", 14),
  city: changsha,
  agency: csMedical,
  registrationType: "resettledRetiree",
  insuredDivision: changsha,
  treatmentDivision: "440100",
  period: { start: "2022-05-01" },
  registeredOn: "2022-04-18",
};

/** A stay in a 天河区 hospital, settled directly: 38 600 = 24 100 pooled + 2 500 大病 + 12 000 personal burden. */
const luoSettlement: MedicalSettlementRecord = {
  recordType: "medicalSettlement",
  id: recordId(changsha, "S", 304),
  meta,
  personId: recordId(changsha, "P", 14),
  registrationId: luoRegistration.id,
  city: changsha,
  agency: csMedical,
  insuredDivision: changsha,
  treatmentDivision: "440106",
  settlementDate: "2026-09-22",
  totalCost: 3_860_000,
  policyRangeCost: 3_310_000,
  pooledFundPayment: 2_410_000,
  criticalIllnessPayment: 250_000,
  outOfPocket: 1_200_000,
};

export const scenario: Scenario = {
  [changsha]: [luoPension, chenPension, pengPension, luoRegistration, luoSettlement],
};
