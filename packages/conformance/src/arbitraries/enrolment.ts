import type { InsuranceSchemeCode } from "@czt/types";
import fc from "fast-check";
import type { CityCode, EnrolmentRecord, PersonRecord } from "../records.js";
import { addDays, addYears, laterOf, timestampOn } from "./calendar.js";
import { contributionYears, individualRateOf } from "./contributions.js";
import { datasetAsOf } from "./person.js";
import { agencyOf, countiesOfCity, creditCode } from "./places.js";

/** Schemes with an employer (the `employeeScheme` column of the insuranceScheme list). */
export const employeeSchemes: ReadonlySet<string> = new Set<InsuranceSchemeCode>(["pension.employee", "pension.institution", "medical.employee", "unemployment", "workInjury", "maternity"]);

const medicalSchemes = new Set(["medical.employee", "medical.resident", "medical.nrcms"]);

export function departmentOfScheme(scheme: string): string {
  return medicalSchemes.has(scheme) || scheme === "maternity" ? "healthcareSecurity" : "hrss";
}

export interface EmployerChoice {
  body: string;
  name: string;
}

const employerNames = ["湘江机械有限公司", "株洲轨道装备有限公司", "湘潭钢铁配件厂", "岳麓软件科技有限公司", "长株潭物流有限公司", "浏阳花炮有限公司"];
const bodyCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

export function employerChoiceArbitrary(): fc.Arbitrary<EmployerChoice> {
  return fc.record({
    body: fc.array(fc.constantFrom(...bodyCharacters.slice(0, 10)), { minLength: 8, maxLength: 8 }).map((cs) => `MA${cs.slice(2).join("")}`),
    name: fc.constantFrom(...employerNames),
  });
}

export interface EnrolmentPlan {
  id: string;
  person: PersonRecord;
  scheme: InsuranceSchemeCode;
  city: CityCode;
  start: string;
  /** Set for a terminated enrolment (contribution status 3). */
  end?: string;
  employer: EmployerChoice;
  monthlyBases: readonly number[];
}

/** The first day someone may be enrolled: 18 years old and not before 2000. */
export function earliestEnrolment(person: PersonRecord): string {
  return laterOf(addYears(person.birthDate, 18), "2000-01-01");
}

export function buildEnrolment(plan: EnrolmentPlan): EnrolmentRecord {
  const employee = employeeSchemes.has(plan.scheme);
  const enrolment: EnrolmentRecord = {
    recordType: "enrolment",
    id: plan.id,
    meta: { lastUpdated: timestampOn("2025-06-02") },
    personId: plan.person.id,
    scheme: plan.scheme,
    city: plan.city,
    agency: agencyOf(plan.city, departmentOfScheme(plan.scheme)),
    contributionStatus: plan.end === undefined ? "1" : "3",
    employmentStatus: "0",
    period: plan.end === undefined ? { start: plan.start } : { start: plan.start, end: plan.end },
  };
  // A terminated enrolment says why (1.1): the generated ones end with a move.
  if (plan.end !== undefined) enrolment.endReason = "movedAway";
  if (employee) {
    enrolment.participationType = "unitEmployee";
    enrolment.employer = { creditCode: creditCode("91", countiesOfCity[plan.city][0]!, plan.employer.body), name: plan.employer.name };
    enrolment.monthlyContributionBase = plan.monthlyBases[plan.monthlyBases.length - 1]!;
    enrolment.contributions = contributionYears(plan.start, plan.end ?? addDays(datasetAsOf, -31), plan.monthlyBases, individualRateOf(plan.scheme));
  }
  return enrolment;
}
