import fc from "fast-check";
import { codeSince } from "./code-since.js";
import type { CityCode, CztRecord, DatasetEntry, EnrolmentRecord, PersonRecord } from "../records.js";
import { buildDibaoCase, buildPersonalAid, type DibaoChoice, dibaoChoiceArbitrary, memberRelations, type PersonalAidChoice, personalAidChoiceArbitrary } from "./assistance.js";
import { addDays, earlierOf, laterOf } from "./calendar.js";
import { monthlyBasesArbitrary } from "./contributions.js";
import { buildEnrolment, type EmployerChoice, earliestEnrolment, employerChoiceArbitrary } from "./enrolment.js";
import { buildPerson, datasetAsOf, type PersonChoice, personChoiceArbitrary } from "./person.js";
import { cityCodes } from "./places.js";
import { buildRetiree, type RetireeStory, retireeStoryArbitrary } from "./benefits.js";
import { buildTransfer, outsideRegions } from "./transfer.js";
import { buildCharity, buildInstitution, type CharityStory, charityStoryArbitrary, type InstitutionStory, institutionStoryArbitrary } from "./care.js";

/** The day medical.resident comes into force: its `since` in the insuranceScheme list (国发〔2016〕3号). */
export const residentMedicalSince: string = codeSince("insuranceScheme", "medical.resident");

/** Someone who lives and works in one city: a pension and a medical enrolment. */
interface ResidentStory {
  kind: "resident";
  person: PersonChoice;
  pension: "pension.employee" | "pension.institution" | "pension.resident";
  extraScheme: "unemployment" | "workInjury" | undefined;
  startOffset: number;
  employer: EmployerChoice;
  bases: number[];
}

/** Someone who moved to another city and took the employee pension along. */
interface MoverStory {
  kind: "mover";
  person: PersonChoice;
  to: CityCode;
  startOffset: number;
  yearsBefore: number;
  gapDays: number;
  stepGaps: [number, number, number];
  accountInterest: number;
  employers: [EmployerChoice, EmployerChoice];
  bases: number[];
  /** Index into `outsideRegions` when the person arrives from outside the three cities. */
  origin: number | undefined;
  /** The move ends just before the as-of date: after Hunan's provincial pooling, a registration change. */
  recent: boolean;
}

/** A 低保 household: a head and up to three members, each a person record, and their case. */
interface HouseholdStory {
  kind: "household";
  head: PersonChoice;
  members: PersonChoice[];
  dibao: DibaoChoice;
}

/** Someone receiving one personal programme (特困, welfare, charity, 优抚, …). */
interface BeneficiaryStory {
  kind: "beneficiary";
  person: PersonChoice;
  aid: PersonalAidChoice;
}

export type Story =
  | ResidentStory
  | MoverStory
  | HouseholdStory
  | BeneficiaryStory
  | RetireeStory
  | CharityStory
  | InstitutionStory;

export const residentStoryArbitrary: fc.Arbitrary<Story> = fc.record({
  kind: fc.constant("resident" as const),
  person: personChoiceArbitrary(),
  pension: fc.constantFrom("pension.employee" as const, "pension.institution" as const, "pension.resident" as const),
  extraScheme: fc.constantFrom("unemployment" as const, "workInjury" as const, undefined),
  startOffset: fc.nat(4_000),
  employer: employerChoiceArbitrary(),
  bases: monthlyBasesArbitrary(),
});

export const moverStoryArbitrary: fc.Arbitrary<Story> = fc.record({
  kind: fc.constant("mover" as const),
  person: personChoiceArbitrary(),
  to: fc.constantFrom(...cityCodes),
  startOffset: fc.nat(3_000),
  yearsBefore: fc.integer({ min: 1, max: 8 }),
  gapDays: fc.integer({ min: 1, max: 60 }),
  stepGaps: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })),
  accountInterest: fc.integer({ min: 0, max: 50_000 }),
  employers: fc.tuple(employerChoiceArbitrary(), employerChoiceArbitrary()),
  bases: monthlyBasesArbitrary(),
  // Mostly moves within the three cities; one in three arrives from another province.
  origin: fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: fc.nat(outsideRegions.length - 1), weight: 1 }),
  recent: fc.boolean(),
});

export const householdStoryArbitrary: fc.Arbitrary<Story> = fc
  .tuple(personChoiceArbitrary(), fc.integer({ min: 0, max: 3 }))
  .chain(([head, size]) =>
    fc.record({
      kind: fc.constant("household" as const),
      head: fc.constant(head),
      members: fc.array(personChoiceArbitrary(head.city), { minLength: size, maxLength: size }),
      dibao: dibaoChoiceArbitrary(size),
    }),
  );

export const beneficiaryStoryArbitrary: fc.Arbitrary<Story> = fc.record({
  kind: fc.constant("beneficiary" as const),
  person: personChoiceArbitrary(),
  aid: personalAidChoiceArbitrary(),
});

export function storyArbitrary(): fc.Arbitrary<Story> {
  return fc.oneof(
    residentStoryArbitrary,
    moverStoryArbitrary,
    householdStoryArbitrary,
    beneficiaryStoryArbitrary,
    retireeStoryArbitrary,
    charityStoryArbitrary,
    institutionStoryArbitrary,
  );
}

function otherCity(from: CityCode, to: CityCode): CityCode {
  return from !== to ? to : cityCodes[(cityCodes.indexOf(from) + 1) % cityCodes.length]!;
}

const pad = (n: number) => String(n).padStart(6, "0");

/** The resident scheme has no employer: the plan's employer is not read. */
const noEmployer: EmployerChoice = { body: "", name: "" };

/**
 * 资助参保: everyone an active 低保 or 特困 case covers is enrolled in resident medical
 * insurance from the approval (or birth, or the scheme's start), their contribution paid by
 * medical aid — dataset.assisted-without-medical-enrolment expects it.
 */
export function subsidisedMedical(persons: readonly PersonRecord[], city: CityCode, approved: string): EnrolmentRecord[] {
  return persons.map((person) => {
    const start = laterOf(laterOf(approved, person.birthDate), residentMedicalSince);
    return buildEnrolment({ id: `${city}-E-${pad(Number(person.id.slice(-6)))}-9`, person, scheme: "medical.resident", city, start, employer: noEmployer, monthlyBases: [] });
  });
}

/** Turns stories into records; `firstIndex` numbers the people so every id and identity number is unique. */
export function buildStory(story: Story, firstIndex: number): { records: CztRecord[]; people: number } {
  const latestStart = addDays(datasetAsOf, -400);
  switch (story.kind) {
    case "resident": {
      const person = buildPerson(story.person, { index: firstIndex });
      const city = story.person.city;
      const earliest = earliestEnrolment(person);
      const start = earlierOf(addDays(earliest, story.startOffset), latestStart);
      const id = (k: number) => `${city}-E-${pad(firstIndex)}-${k}`;
      const plan = { person, city, start, employer: story.employer, monthlyBases: story.bases };
      const employee = story.pension !== "pension.resident";
      const records: CztRecord[] = [
        person,
        buildEnrolment({ ...plan, id: id(1), scheme: story.pension }),
        // 城乡居民医保 exists from its integration (2016): an earlier resident joins it then.
        employee ? buildEnrolment({ ...plan, id: id(2), scheme: "medical.employee" }) : buildEnrolment({ ...plan, start: laterOf(start, residentMedicalSince), id: id(2), scheme: "medical.resident" }),
      ];
      if (employee && story.extraScheme !== undefined) records.push(buildEnrolment({ ...plan, id: id(3), scheme: story.extraScheme }));
      return { records, people: 1 };
    }
    case "mover": {
      const person = buildPerson(story.person, { index: firstIndex });
      const from = story.person.city;
      const to = otherCity(from, story.to);
      const earliest = earliestEnrolment(person);
      // Leave room for the years before the move, the gap and the transfer steps before asOf.
      const latestEnd = addDays(datasetAsOf, -120);
      const recentStart = addDays(latestEnd, -365 * story.yearsBefore);
      const start = story.recent ? earlierOf(laterOf(earliest, recentStart), addDays(latestEnd, -31)) : earlierOf(addDays(earliest, story.startOffset), recentStart);
      const end = story.recent ? latestEnd : earlierOf(addDays(start, 365 * story.yearsBefore), latestEnd);
      const newStart = addDays(end, story.gapDays);
      const old: EnrolmentRecord = buildEnrolment({
        id: `${from}-E-${pad(firstIndex)}-1`,
        person,
        scheme: "pension.employee",
        city: from,
        start,
        end,
        employer: story.employers[0],
        monthlyBases: story.bases,
      });
      const current: EnrolmentRecord = buildEnrolment({
        id: `${to}-E-${pad(firstIndex)}-2`,
        person,
        scheme: "pension.employee",
        city: to,
        start: newStart,
        employer: story.employers[1],
        monthlyBases: story.bases,
      });
      const medical = buildEnrolment({ ...{ person, city: to, start: newStart, employer: story.employers[1], monthlyBases: story.bases }, id: `${to}-E-${pad(firstIndex)}-3`, scheme: "medical.employee" });
      const outside = story.origin === undefined ? undefined : outsideRegions[story.origin];
      const transfer = buildTransfer({
        id: `${to}-T-${pad(firstIndex)}`,
        from: old,
        to: current,
        requested: addDays(newStart, 5),
        stepGaps: story.stepGaps,
        accountInterest: story.accountInterest,
        ...(outside ? { origin: { city: outside.city, external: { agency: { name: outside.agency }, localId: `X${pad(firstIndex)}` } } } : {}),
      });
      // An arrival from outside: the old enrolment is another province's, not a record here.
      return { records: outside ? [person, current, medical, transfer] : [person, old, current, medical, transfer], people: 1 };
    }
    case "household": {
      const city = story.head.city;
      const householdId = `${city}-H-${pad(firstIndex)}`;
      const head = buildPerson(story.head, { index: firstIndex, household: { householdId, relationToHead: "02" } });
      const members = story.members.map((choice, index) =>
        buildPerson(choice, { index: firstIndex + 1 + index, household: { householdId, relationToHead: memberRelations[index % memberRelations.length]! } }),
      );
      const persons: PersonRecord[] = [head, ...members];
      const assistance = buildDibaoCase(`${city}-A-${pad(firstIndex)}`, city, householdId, persons, story.dibao, firstIndex);
      const covered = persons.filter((_, index) => assistance.household?.members?.[index]?.covered === true);
      return { records: [...persons, assistance, ...subsidisedMedical(covered, city, assistance.dates.approved!)], people: persons.length };
    }
    case "beneficiary": {
      const person = buildPerson(story.person, { index: firstIndex });
      const aid = buildPersonalAid(`${story.person.city}-A-${pad(firstIndex)}`, story.person.city, person, story.aid);
      const tekun = aid.caseStatus === "active" && aid.programme.startsWith("tekun.");
      return { records: [person, aid, ...(tekun ? subsidisedMedical([person], story.person.city, aid.dates.approved!) : [])], people: 1 };
    }
    case "retiree":
      return { records: buildRetiree(story, firstIndex), people: 1 };
    case "charity": {
      const person = buildPerson(story.person, { index: firstIndex });
      return { records: [person, ...buildCharity(story, person, firstIndex)], people: 1 };
    }
    case "institution": {
      const person = buildPerson(story.person, { index: firstIndex });
      const { home, supported } = buildInstitution(story, person, firstIndex);
      return { records: [person, home, supported, ...subsidisedMedical([person], story.person.city, supported.dates.approved!)], people: 1 };
    }
  }
}

/** The export file a record belongs to: one JSON Lines file per city, as each city publishes its own. */
export function fileOfRecord(record: CztRecord): string {
  const city = record.recordType === "person" ? (record.meta.sourceAgency?.division ?? record.id.slice(0, 6)) : record.recordType === "transfer" ? record.to.city : record.city;
  return `${city}.jsonl`;
}

/** Builds the records of a list of stories, numbering people from `firstIndex`. */
export function buildDataset(stories: readonly Story[], firstIndex = 0): DatasetEntry[] {
  const entries: DatasetEntry[] = [];
  let index = firstIndex;
  for (const story of stories) {
    const built = buildStory(story, index);
    index += built.people;
    for (const record of built.records) entries.push({ file: fileOfRecord(record), record });
  }
  return entries;
}

export interface DatasetArbitraryOptions {
  minStories?: number;
  maxStories?: number;
}

/**
 * A whole consistent dataset across the three cities, valid by construction: people who
 * move (with transfers whose amounts follow the 12 % rule), households with covered
 * members, residents and beneficiaries, every reference resolvable.
 */
export function datasetArbitrary(options: DatasetArbitraryOptions = {}): fc.Arbitrary<DatasetEntry[]> {
  return fc.array(storyArbitrary(), { minLength: options.minStories ?? 1, maxLength: options.maxStories ?? 8 }).map((stories) => buildDataset(stories));
}
