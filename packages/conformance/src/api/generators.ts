import { creditCodeCheckCharacter, idNumberCheckCharacter, organisationCodeCheckCharacter } from "@czt/domain";
import fc from "fast-check";
import type { Agency, CityCode } from "./agency.js";

/**
 * fast-check arbitraries of records that a conforming server must accept: every
 * identifier with its check character, every amount consistent with the
 * validator's rules. Record ids are not generated: the runner stamps unique ones
 * when it sends, so that shrinking never replays an id.
 */

type Body = Record<string, unknown>;

const countiesByCity: Record<CityCode, string[]> = {
  "430100": ["430102", "430103", "430104", "430105", "430111", "430112", "430121", "430181", "430182"],
  "430200": ["430202", "430203", "430204", "430211", "430212", "430223", "430224", "430225", "430281"],
  "430300": ["430302", "430304", "430321", "430381", "430382"],
};
const allCounties = Object.values(countiesByCity).flat();
const surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "谭", "彭", "欧阳"];
const givenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "湘", "潭"];

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** A real calendar date between two years, `YYYY-MM-DD`. */
export function dateArbitrary(fromYear: number, toYear: number): fc.Arbitrary<string> {
  const min = Date.UTC(fromYear, 0, 1) / 86_400_000;
  const max = Date.UTC(toYear, 11, 31) / 86_400_000;
  return fc.integer({ min, max }).map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
}

export function idNumberOf(division: string, birthDate: string, sequence: number): string {
  const first17 = division + birthDate.replaceAll("-", "") + pad(sequence, 3);
  return first17 + idNumberCheckCharacter(first17);
}

/** An employer's GB 32100 credit code (enterprise, registered in `division`), both check characters valid. */
export const creditCodeArbitrary: fc.Arbitrary<string> = fc
  .record({ division: fc.constantFrom(...allCounties), serial: fc.integer({ min: 0, max: 9_999_999 }) })
  .map(({ division, serial }) => {
    const body = `MA${pad(serial, 7)}`.slice(0, 8);
    const first17 = `91${division}${body}${organisationCodeCheckCharacter(body)}`;
    return first17 + creditCodeCheckCharacter(first17);
  });

export const personArbitrary: fc.Arbitrary<Body> = fc
  .record({
    division: fc.constantFrom(...allCounties),
    birthDate: dateArbitrary(1950, 2005),
    sequence: fc.integer({ min: 0, max: 999 }),
    surname: fc.constantFrom(...surnames),
    given: fc.array(fc.constantFrom(...givenNames), { minLength: 1, maxLength: 2 }),
    lowercaseX: fc.boolean(),
    residence: fc.option(fc.constantFrom(...allCounties), { nil: undefined }),
  })
  .map(({ division, birthDate, sequence, surname, given, lowercaseX, residence }) => {
    const idNumber = idNumberOf(division, birthDate, sequence);
    const person: Body = {
      recordType: "person",
      meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
      idNumber: lowercaseX ? idNumber.toLowerCase() : idNumber,
      name: surname + given.join(""),
      sex: sequence % 2 === 1 ? "1" : "2",
      birthDate,
      nationality: "CHN",
    };
    if (residence !== undefined) person["residenceDivision"] = residence;
    return person;
  });

const firstBirthDay = Date.UTC(1950, 0, 1) / 86_400_000;
const birthDays = 20_000;

/**
 * The person with an identity number of its own, `serial` of 10 million: the birth date
 * (1950–2004) and the sequence (keeping the sex) are derived from it, the division and
 * the case of the check character kept. A server refuses a second person with one number
 * in a city, and fast-check repeats small values often: the runner stamps every person it
 * sends, as it stamps ids.
 */
export function withUniqueIdentity(person: Body, serial: number): Body {
  const idNumber = String(person["idNumber"]);
  const birthDate = new Date((firstBirthDay + (serial % birthDays)) * 86_400_000).toISOString().slice(0, 10);
  const sequence = (Math.floor(serial / birthDays) % 500) * 2 + (person["sex"] === "1" ? 1 : 0);
  const stamped = idNumberOf(idNumber.slice(0, 6), birthDate, sequence);
  return { ...person, idNumber: idNumber === idNumber.toLowerCase() ? stamped.toLowerCase() : stamped, birthDate };
}

const schemes = [
  { scheme: "pension.employee", employee: true },
  { scheme: "pension.resident", employee: false },
  { scheme: "medical.employee", employee: true },
  { scheme: "medical.resident", employee: false },
  { scheme: "unemployment", employee: true },
  { scheme: "workInjury", employee: true },
] as const;

export interface EnrolmentDraft {
  scheme: string;
  employer: string | undefined;
  start: string;
  endAfterDays: number | undefined;
}

export const enrolmentDraftArbitrary: fc.Arbitrary<EnrolmentDraft> = fc
  .record({ choice: fc.constantFrom(...schemes), employer: creditCodeArbitrary, start: dateArbitrary(2008, 2025), endAfterDays: fc.option(fc.integer({ min: 30, max: 3000 }), { nil: undefined }) })
  .map(({ choice, employer, start, endAfterDays }) => ({ scheme: choice.scheme, employer: choice.employee ? employer : undefined, start, endAfterDays }));

const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Enrolments of one person one after the other, each ended (at most a year long) before
 * the next starts: a person is never enrolled twice in one insurance family at once
 * (`dataset.duplicate-enrolment`), and a server refuses the overlap.
 */
export function consecutiveEnrolments(drafts: readonly EnrolmentDraft[]): EnrolmentDraft[] {
  let start = drafts[0]?.start ?? "2008-01-01";
  return drafts.map((draft, index) => {
    const endAfterDays = index === drafts.length - 1 ? draft.endAfterDays : Math.min(draft.endAfterDays ?? 365, 365);
    const placed = { ...draft, start, endAfterDays };
    if (endAfterDays !== undefined) start = dayAfter(start, endAfterDays + 1);
    return placed;
  });
}

export function enrolmentOf(draft: EnrolmentDraft, personId: string, agency: Agency, city: CityCode): Body {
  const period: Body = { start: draft.start };
  if (draft.endAfterDays !== undefined) {
    period["end"] = dayAfter(draft.start, draft.endAfterDays);
  }
  const enrolment: Body = {
    recordType: "enrolment",
    meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
    personId,
    scheme: draft.scheme,
    city,
    agency,
    contributionStatus: draft.endAfterDays === undefined ? "1" : "3",
    employmentStatus: "0",
    period,
  };
  if (draft.employer !== undefined) enrolment["employer"] = { creditCode: draft.employer };
  return enrolment;
}

/** round_half_up(a × p / 100) on integers. */
const percentOf = (amount: number, percent: number) => Math.floor((amount * percent * 2 + 100) / 200);

export interface ContributionDraft {
  year: number;
  months: number;
  monthlyBase: number;
}

export const contributionsArbitrary: fc.Arbitrary<ContributionDraft[]> = fc.uniqueArray(
  fc.record({ year: fc.integer({ min: 1995, max: 2025 }), months: fc.integer({ min: 1, max: 12 }), monthlyBase: fc.integer({ min: 200_000, max: 2_000_000 }) }),
  { minLength: 1, maxLength: 4, selector: (item) => item.year },
);

/** A pension transfer in `requested`, with amounts by the 12 % rule of 国办发〔2009〕66号. */
export function transferOf(
  contributions: ContributionDraft[],
  personId: string,
  from: { agency: Agency; city: CityCode; enrolmentId: string },
  to: { agency: Agency; city: CityCode },
  requestedAt: string,
): Body {
  const years = [...contributions]
    .sort((a, b) => a.year - b.year)
    .map(({ year, months, monthlyBase }) => ({
      year,
      months,
      monthlyBase,
      individualAmount: percentOf(monthlyBase * months, 8),
      employerAmount: percentOf(monthlyBase * months, 16),
    }));
  return {
    recordType: "transfer",
    meta: { lastUpdated: requestedAt },
    personId,
    kind: "pension.employee.intercity",
    from: { city: from.city, agency: from.agency, enrolmentId: from.enrolmentId },
    to: { city: to.city, agency: to.agency },
    status: "requested",
    steps: [{ status: "requested", at: requestedAt }],
    contributionMonths: years.reduce((sum, year) => sum + year.months, 0),
    // Two Hunan cities are one pool for the employee pension (the standard's default
    // poolingRegime): a registration change, no pooled fund and no account move.
    individualAccountBalance: 0,
    pooledFundAmount: 0,
    contributions: years,
  };
}

export interface DibaoDraft {
  size: number;
  covered: number;
  standard: number;
  incomeShare: number;
  applied: string;
}

export const dibaoDraftArbitrary: fc.Arbitrary<DibaoDraft> = fc
  .record({ size: fc.integer({ min: 1, max: 6 }), coveredShare: fc.integer({ min: 1, max: 100 }), standard: fc.integer({ min: 60_000, max: 90_000 }), incomeShare: fc.integer({ min: 0, max: 95 }), applied: dateArbitrary(2020, 2025) })
  .map(({ size, coveredShare, standard, incomeShare, applied }) => ({ size, covered: Math.max(1, Math.ceil((size * coveredShare) / 100)), standard, incomeShare, applied }));

/** A 低保 case: benefit = (standard − per-capita income) × covered members. */
export function dibaoCaseOf(draft: DibaoDraft, personId: string, agency: Agency, city: CityCode, today: string): Body {
  const income = Math.floor((draft.standard * draft.incomeShare) / 100);
  const approved = new Date(Date.parse(`${draft.applied}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  const next = new Date(Date.parse(`${today}T00:00:00Z`) + 150 * 86_400_000).toISOString().slice(0, 10);
  return {
    recordType: "assistance",
    meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
    programme: "dibao.urban",
    personId,
    household: { householdId: `H-${personId}`, headPersonId: personId, size: draft.size },
    coveredMembers: draft.covered,
    city,
    agency,
    caseStatus: "active",
    dates: { applied: draft.applied, approved },
    monthlyStandard: draft.standard,
    perCapitaIncome: income,
    benefitAmount: (draft.standard - income) * draft.covered,
    lastReviewDate: today,
    nextReviewDate: next,
  };
}
