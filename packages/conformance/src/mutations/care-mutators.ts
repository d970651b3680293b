/**
 * Mutators of the 1.1 care rules. Generated datasets hold no organisation yet, so each
 * mutation adds the records it breaks (a charity, a care home, a case of an existing
 * person) next to the dataset's own, in the first file.
 */
import type { AssistanceRecord, CztRecord, DatasetEntry, DonationRecord, OrganisationRecord } from "../records.js";
import { clone, isPerson, type Mutation, type Mutator } from "./mutator.js";

const meta = { lastUpdated: "2025-03-01T09:00:00+08:00" };
const civilAffairs = { creditCode: "12430000444876548X", division: "430100", department: "civilAffairs" } as const;

const charity = (id: string, creditCode = "53430100MJ000000XB"): OrganisationRecord => ({
  recordType: "organisation",
  id,
  meta,
  kind: "charity",
  name: "长沙市慈善总会",
  creditCode,
  city: "430100",
  division: "430100",
  projects: [{ code: "DBJZ", purposes: ["medical"], restricted: true }],
});

/** The dataset with `records` added to its first file, and the index of the one that must carry the finding. */
function withAdded(entries: readonly DatasetEntry[], records: readonly CztRecord[], reported: number): Mutation {
  const copy = clone(entries);
  const file = copy[0]?.file ?? "430100-changsha.jsonl";
  for (const record of records) copy.push({ file, record });
  return { entries: copy, record: entries.length + reported };
}

/** A person of the dataset, by `pick`, or undefined when it has none. */
function personId(entries: readonly DatasetEntry[], pick: number): string | undefined {
  const persons = entries.filter((entry) => isPerson(entry.record));
  return persons.length === 0 ? undefined : persons[pick % persons.length]!.record.id;
}

const assistanceFor = (id: string, person: string, programme: AssistanceRecord["programme"], extra: Partial<AssistanceRecord>): AssistanceRecord => ({
  recordType: "assistance",
  id,
  meta,
  programme,
  personId: person,
  city: "430100",
  agency: civilAffairs,
  caseStatus: "active",
  dates: { applied: "2024-12-01", approved: "2025-01-02" },
  benefitAmount: 100_000,
  lastReviewDate: "2025-03-01",
  nextReviewDate: "2026-03-01",
  ...extra,
});

export const careMutators: readonly Mutator[] = [
  {
    ruleId: "organisation.charity-credit-code-prefix",
    description: "add a charity whose credit code is a company's (91…)",
    mutate: (entries) => withAdded(entries, [charity("430100-O-900001", "91430100MA4L12346D")], 0),
  },
  {
    ruleId: "assistance.special-care-funding",
    description: "add a special-care case of a person whose payment has no funding split",
    mutate: (entries, pick) => {
      const person = personId(entries, pick);
      if (person === undefined) return undefined;
      const care = assistanceFor("430100-A-900001", person, "specialCare", {
        agency: { ...civilAffairs, department: "veteransAffairs" },
        specialCare: { category: "11", categories: ["11", "51"], disability: { grade: "6", nature: "inCombat" } },
        payments: [{ month: "2025-03", amount: 100_000, paidOn: "2025-03-06" }],
      });
      return withAdded(entries, [care], 0);
    },
  },
  {
    ruleId: "assistance.special-care-main-category",
    description: "add a special-care case whose main category (21) is not among its categories (11, 51)",
    mutate: (entries, pick) => {
      const person = personId(entries, pick);
      if (person === undefined) return undefined;
      const care = assistanceFor("430100-A-900004", person, "specialCare", {
        agency: { ...civilAffairs, department: "veteransAffairs" },
        specialCare: { category: "21", categories: ["11", "51"] },
      });
      return withAdded(entries, [care], 0);
    },
  },
  {
    ruleId: "dataset.charity-project-unknown",
    description: "add a charity and a donation to a project it does not list",
    mutate: (entries) => {
      const donation: DonationRecord = {
        recordType: "donation",
        id: "430100-D-900001",
        meta,
        organisationId: "430100-O-900002",
        city: "430100",
        donorType: "oneYuan",
        amount: 10_000,
        receivedOn: "2025-03-01",
        projectCode: "NO-SUCH-PROJECT",
        restricted: false,
      };
      return withAdded(entries, [charity("430100-O-900002"), donation], 1);
    },
  },
  {
    ruleId: "dataset.charity-restricted-purpose",
    description: "add a charity and education relief of a person paid from its restricted medical project",
    mutate: (entries, pick) => {
      const person = personId(entries, pick);
      if (person === undefined) return undefined;
      const relief = assistanceFor("430100-A-900002", person, "charityRelief", {
        charity: { fundingSource: "individual", organisationId: "430100-O-900003", projectCode: "DBJZ", purpose: "education" },
      });
      return withAdded(entries, [charity("430100-O-900003"), relief], 1);
    },
  },
  {
    ruleId: "dataset.institution-over-capacity",
    description: "add a care home without beds and place a person of the dataset in it",
    mutate: (entries, pick) => {
      const person = personId(entries, pick);
      if (person === undefined) return undefined;
      const home: OrganisationRecord = {
        recordType: "organisation",
        id: "430100-O-900004",
        meta,
        kind: "careHome",
        name: "宁乡市社会福利中心",
        creditCode: "12430000444876548X",
        city: "430100",
        division: "430182",
        ownership: "public",
        capacity: 0,
      };
      const stay = assistanceFor("430100-A-900003", person, "welfare.elderly", { institution: { organisationId: home.id } });
      return withAdded(entries, [home, stay], 1);
    },
  },
];
