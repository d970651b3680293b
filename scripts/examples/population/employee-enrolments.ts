import type { Employer } from "../agencies.js";
import { enrolment, recordId } from "../builders.js";
import type { CityCode, EnrolmentRecord, PersonRecord } from "../model.js";
import { schemeAgency } from "./city-agencies.js";

/** Open employee enrolments with one employer from `start`, numbered from `first`; wage bases on the pension and medical ones. */
export function openEmployeeEnrolments(
  city: CityCode,
  first: number,
  who: PersonRecord,
  work: Employer,
  start: string,
  schemes: readonly ("pension.employee" | "medical.employee" | "unemployment" | "workInjury")[],
  base: number,
): EnrolmentRecord[] {
  return schemes.map((scheme, i) =>
    enrolment(recordId(city, "E", first + i), city, who, {
      scheme,
      agency: schemeAgency(city, scheme),
      employer: work,
      contributionStatus: "1",
      employmentStatus: "0",
      period: { start },
      ...(scheme === "pension.employee" || scheme === "medical.employee" ? { monthlyContributionBase: base } : {}),
    }),
  );
}
