import { creditCodeCheckCharacter } from "@czt/domain";
import { codeLists } from "@czt/schemas";
import { addDays, laterOf } from "../arbitraries/calendar.js";
import { employeeSchemes } from "../arbitraries/enrolment.js";
import { generatedContributionBase } from "../arbitraries/generated-parameters.js";
import type { CztRecord, EnrolmentRecord } from "../records.js";
import { isEnrolment, isTransfer, type Mutator, mutateOne } from "./mutator.js";

const isEmployeeEnrolment = (record: CztRecord): record is EnrolmentRecord => isEnrolment(record) && employeeSchemes.has(record.scheme) && record.employer !== undefined;
const isTerminatedEnrolment = (record: CztRecord): record is EnrolmentRecord => isEnrolment(record) && record.period.end !== undefined;
const hasContributions = (record: CztRecord): record is EnrolmentRecord => isEmployeeEnrolment(record) && (record.contributions?.length ?? 0) > 0;

/** The day long-term care insurance came into force (its since date in the list; the pilots began in 2016). */
const longTermCareSince = codeLists.insuranceScheme.codes.find((entry) => entry.code === "longTermCare")?.since ?? "2016-06-27";

/** A deprecated employee scheme with an until date, from the list (maternity insurance, merged in 2019). */
const mergedEmployeeScheme = codeLists.insuranceScheme.codes.find((entry) => entry.status !== "active" && entry.employeeScheme === true && entry.until !== undefined);

export const enrolmentMutators: readonly Mutator[] = [
  {
    ruleId: "credit-code.check-character",
    description: "replace the employer's credit-code check character with a wrong one",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isEmployeeEnrolment, (enrolment) => {
        const code = enrolment.employer!.creditCode;
        const right = creditCodeCheckCharacter(code.slice(0, 17));
        enrolment.employer!.creditCode = code.slice(0, 17) + (right === "0" ? "1" : "0");
      }),
  },
  {
    ruleId: "period.order",
    description: "end the enrolment period the day before it starts",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isTerminatedEnrolment, (enrolment) => {
        enrolment.period.end = addDays(enrolment.period.start, -1);
        // Contributions of a reversed period fall outside it: left out, so that only this rule breaks.
        delete enrolment.contributions;
      }),
  },
  {
    ruleId: "name.invisible-characters",
    description: "put a right-to-left override (U+202E) into the name of an enrolment's agency",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isEnrolment, (enrolment) => {
        enrolment.agency.name = `\u202e${enrolment.agency.name ?? "人社局"}`;
      }),
  },
  {
    ruleId: "enrolment.employer-for-employee-scheme",
    description: "drop the employer of an employee-scheme enrolment",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isEmployeeEnrolment, (enrolment) => {
        delete enrolment.employer;
      }),
  },
  {
    ruleId: "enrolment.contribution-base-bounds",
    description: "put the monthly contribution base below the lower bound of the parameter table",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, (r): r is EnrolmentRecord => isEmployeeEnrolment(r) && r.monthlyContributionBase !== undefined, (enrolment) => {
        enrolment.monthlyContributionBase = generatedContributionBase.lowerBound - 1;
      }),
  },
  {
    ruleId: "code.not-active",
    description: "turn an open employee enrolment into maternity insurance starting after the list's until date (the 2019 merger)",
    mutate: (entries, pick) => {
      if (mergedEmployeeScheme?.until === undefined) return undefined;
      const dayAfterUntil = addDays(mergedEmployeeScheme.until, 1);
      // Enrolments a transfer moves keep their scheme: the transfer's kind depends on it.
      const moved = new Set(entries.flatMap((entry) => (isTransfer(entry.record) ? [entry.record.from.enrolmentId, entry.record.to.enrolmentId] : [])));
      return mutateOne(
        entries,
        pick,
        (r): r is EnrolmentRecord => isEmployeeEnrolment(r) && r.period.end === undefined && !moved.has(r.id),
        (enrolment) => {
          enrolment.scheme = mergedEmployeeScheme.code as EnrolmentRecord["scheme"];
          enrolment.period.start = laterOf(enrolment.period.start, dayAfterUntil);
          // The years before the new start, at the old scheme's rate, would break the contribution rules.
          delete enrolment.contributions;
        },
      );
    },
  },
  {
    ruleId: "enrolment.contribution-outside-period",
    description: "list the year before the enrolment started among its contributions",
    alsoFires: ["dataset.contribution-month-twice"],
    mutate: (entries, pick) =>
      mutateOne(entries, pick, hasContributions, (enrolment) => {
        const first = { ...enrolment.contributions![0]!, year: Number(enrolment.period.start.slice(0, 4)) - 1 };
        delete first.paidMonths;
        enrolment.contributions = [first, ...enrolment.contributions!];
      }),
  },
  {
    ruleId: "enrolment.contribution-year-twice",
    description: "list the first contribution year a second time",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, hasContributions, (enrolment) => {
        enrolment.contributions = [...enrolment.contributions!, { ...enrolment.contributions![0]! }];
      }),
  },
  {
    ruleId: "enrolment.contribution-months",
    description: "mark 11 months in paidMonths of a 12-month year",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, (r): r is EnrolmentRecord => hasContributions(r) && r.contributions!.some((year) => year.months === 12), (enrolment) => {
        enrolment.contributions = enrolment.contributions!.map((year) => (year.months === 12 ? { ...year, paidMonths: "011111111111" } : year));
      }),
  },
  {
    ruleId: "enrolment.contribution-rate",
    description: "charge a unit employee's employee-pension year since 2006 at twice the individual rate",
    mutate: (entries, pick) =>
      mutateOne(
        entries,
        pick,
        (r): r is EnrolmentRecord => hasContributions(r) && r.scheme === "pension.employee" && r.contributions!.some((year) => year.year >= 2006),
        (enrolment) => {
          enrolment.contributions = enrolment.contributions!.map((year) => (year.year >= 2006 ? { ...year, individualAmount: year.individualAmount * 2 + 1 } : year));
        },
      ),
  },
  {
    ruleId: "enrolment.end-reason",
    description: "say a terminated enrolment ended by drawing a pension while its employment status stays in employment",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, (r): r is EnrolmentRecord => isTerminatedEnrolment(r) && r.employmentStatus === "0", (enrolment) => {
        enrolment.endReason = "retiredDrawingPension";
      }),
  },
  {
    ruleId: "code.not-yet-in-force",
    description: "turn an employee medical enrolment that started before the long-term care pilots (2016) into long-term care insurance",
    mutate: (entries, pick) => {
      const moved = new Set(entries.flatMap((entry) => (isTransfer(entry.record) ? [entry.record.from.enrolmentId, entry.record.to.enrolmentId] : [])));
      return mutateOne(
        entries,
        pick,
        (r): r is EnrolmentRecord => isEnrolment(r) && r.scheme === "medical.employee" && r.period.start < longTermCareSince && !moved.has(r.id),
        (enrolment) => {
          enrolment.scheme = "longTermCare" as EnrolmentRecord["scheme"];
        },
      );
    },
  },
  {
    ruleId: "contribution.kind-requirements",
    description: "mark a contribution year as a back payment without the day it was paid",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, hasContributions, (enrolment) => {
        enrolment.contributions = [{ ...enrolment.contributions![0]!, kind: "backPayment" }, ...enrolment.contributions!.slice(1)];
      }),
  },
];
