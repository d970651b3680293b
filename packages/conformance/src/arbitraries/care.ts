/**
 * Charity and welfare institutions for generated datasets (issue 14): a charity with its
 * projects, the donations it received and a relief case one of its projects funded for one
 * of the project's purposes; a care home with its beds and a 特困 person supported there
 * (集中供养). Valid by construction, so the dataset rules about them stay silent.
 */
import fc from "fast-check";
import type { AssistanceRecord, CityCode, DonationRecord, OrganisationRecord, PersonRecord } from "../records.js";
import { buildPersonalAid, type PersonalAidChoice } from "./assistance.js";
import { addDays, timestampOn } from "./calendar.js";
import { datasetAsOf, type PersonChoice, personChoiceArbitrary } from "./person.js";
import { cityNames, countiesOfCity, creditCode } from "./places.js";

type Purpose = NonNullable<NonNullable<AssistanceRecord["charity"]>["purpose"]>;
type DonorType = DonationRecord["donorType"];

const purposes: readonly Purpose[] = ["poverty", "elderly", "children", "medical", "disability", "disaster", "education", "other"];

export interface CharityStory {
  kind: "charity";
  person: PersonChoice;
  /** Indexes into `purposes` of the project's purposes (deduplicated). */
  projectPurposes: number[];
  restricted: boolean;
  donations: { donorType: DonorType; amount: number; daysAgo: number }[];
  /** Which of the project's purposes the relief was for. */
  reliefPurpose: number;
  reliefAmount: number;
}

export interface InstitutionStory {
  kind: "institution";
  person: PersonChoice;
  ownership: NonNullable<OrganisationRecord["ownership"]>;
  capacity: number;
  admittedDaysAgo: number;
  benefitAmount: number;
}

export const charityStoryArbitrary: fc.Arbitrary<CharityStory> = fc.record({
  kind: fc.constant("charity" as const),
  person: personChoiceArbitrary(),
  projectPurposes: fc.uniqueArray(fc.nat(purposes.length - 1), { minLength: 1, maxLength: 3 }),
  restricted: fc.boolean(),
  donations: fc.array(
    fc.record({
      donorType: fc.constantFrom<DonorType[]>("individual", "enterprise", "oneYuan", "workplace"),
      amount: fc.integer({ min: 100, max: 50_000_000 }),
      daysAgo: fc.integer({ min: 1, max: 700 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  reliefPurpose: fc.nat(10),
  reliefAmount: fc.integer({ min: 10_000, max: 2_000_000 }),
});

export const institutionStoryArbitrary: fc.Arbitrary<InstitutionStory> = fc.record({
  kind: fc.constant("institution" as const),
  person: personChoiceArbitrary(),
  ownership: fc.constantFrom<InstitutionStory["ownership"][]>("public", "private", "publicBuiltPrivatelyRun"),
  capacity: fc.integer({ min: 1, max: 300 }),
  admittedDaysAgo: fc.integer({ min: 30, max: 1_500 }),
  benefitAmount: fc.integer({ min: 60_000, max: 200_000 }),
});

const pad = (n: number) => String(n).padStart(6, "0");

/** An organisation's own credit code, unique per story: 53 (社会团体) for a charity, 12 (事业单位) for a public care home, 52 (民办非企业) otherwise. */
function organisationCode(kind: string, city: CityCode, index: number): string {
  return creditCode(kind, countiesOfCity[city][0]!, `M${pad(index % 1_000_000)}${"AB"[Math.floor(index / 1_000_000) % 2]}`);
}

const meta = { lastUpdated: timestampOn("2025-06-04") };

export function buildCharity(story: CharityStory, person: PersonRecord, index: number): (OrganisationRecord | DonationRecord | AssistanceRecord)[] {
  const city = story.person.city;
  const id = `${city}-O-${pad(index)}`;
  const projectCode = `XM${pad(index)}`;
  const projectPurposes = story.projectPurposes.map((n) => purposes[n]!);
  const organisation: OrganisationRecord = {
    recordType: "organisation",
    id,
    meta,
    kind: "charity",
    name: `${cityNames[city]}慈善会第${index}号项目组`,
    creditCode: organisationCode("53", city, index),
    city,
    division: city,
    projects: [{ code: projectCode, purposes: projectPurposes, restricted: story.restricted }],
  };
  const donations: DonationRecord[] = story.donations.map((donation, k) => ({
    recordType: "donation",
    id: `${city}-D-${pad(index)}-${k + 1}`,
    meta,
    organisationId: id,
    city,
    donorType: donation.donorType,
    amount: donation.amount,
    receivedOn: addDays(datasetAsOf, -donation.daysAgo),
    projectCode,
    restricted: story.restricted,
  }));
  const choice: PersonalAidChoice = { programme: "charityRelief", benefitAmount: story.reliefAmount, caseStatus: "active", appliedDaysAgo: 60, fundingSource: "organised", specialCareCategory: "11" };
  const relief = buildPersonalAid(`${city}-A-${pad(index)}`, city, person, choice);
  relief.charity = { fundingSource: "organised", organisationId: id, projectCode, purpose: projectPurposes[story.reliefPurpose % projectPurposes.length]! };
  return [organisation, ...donations, relief];
}

export function buildInstitution(story: InstitutionStory, person: PersonRecord, index: number): { home: OrganisationRecord; supported: AssistanceRecord } {
  const city = story.person.city;
  const id = `${city}-O-${pad(index)}`;
  const home: OrganisationRecord = {
    recordType: "organisation",
    id,
    meta,
    kind: "careHome",
    name: `${cityNames[city]}第${index}社会福利院`,
    creditCode: organisationCode(story.ownership === "public" ? "12" : "52", city, index),
    city,
    division: countiesOfCity[city][0]!,
    ownership: story.ownership,
    capacity: story.capacity,
  };
  const choice: PersonalAidChoice = {
    programme: "tekun.centralised",
    benefitAmount: story.benefitAmount,
    caseStatus: "active",
    appliedDaysAgo: story.admittedDaysAgo + 15,
    fundingSource: "individual",
    specialCareCategory: "11",
  };
  const supported = buildPersonalAid(`${city}-A-${pad(index)}`, city, person, choice);
  supported.institution = { organisationId: id, admitted: supported.dates.approved! };
  return { home, supported };
}
