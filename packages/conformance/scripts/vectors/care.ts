/**
 * Vectors of standard 1.1's care records: organisations (charities, welfare
 * institutions), donations, special care with several categories and a funding split,
 * charity relief linked to its project, and 集中供养 residents of an institution.
 */
import { agency, asOf, changsha, meta, person } from "./base-records.js";
import { at, type Group, invalid, type JsonObject, merge, type Test, valid, warns } from "./builders.js";
import { creditCode, idNumber } from "./check-characters.js";

const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const jsonl = (version: string, ...records: JsonObject[]): Partial<Test> => ({
  raw: line({ recordType: "header", schemaVersion: version, publisher: agency(changsha, "civilAffairs"), city: changsha, created: "2025-06-30T12:00:00+08:00" }) + records.map(line).join(""),
  format: "jsonl",
});
const dataset = (...records: JsonObject[]): Partial<Test> => ({ records: records.map((record) => ({ file: "430100-changsha.jsonl", record })) });

export const charity: JsonObject = {
  recordType: "organisation",
  id: "430100-O-000001",
  meta,
  kind: "charity",
  name: "长沙市慈善总会",
  creditCode: creditCode("53430100", "MJ000000"),
  city: changsha,
  division: changsha,
  registeredOn: "2017-03-01",
  projects: [
    { code: "DBJZ-2025", name: "大病救助", purposes: ["medical"], restricted: true },
    { code: "YYJ-2025", name: "一元捐", purposes: ["poverty", "elderly"], restricted: false },
  ],
};
export const careHome: JsonObject = {
  recordType: "organisation",
  id: "430100-O-000002",
  meta,
  kind: "careHome",
  name: "宁乡市社会福利中心",
  creditCode: creditCode("12430182", "44490061"),
  city: changsha,
  division: "430182",
  ownership: "public",
  capacity: 2,
};
export const donation: JsonObject = {
  recordType: "donation",
  id: "430100-D-000001",
  meta,
  organisationId: "430100-O-000001",
  city: changsha,
  donorType: "individual",
  donorName: "陈雅琴",
  amount: 500_000,
  receivedOn: "2025-03-12",
  projectCode: "DBJZ-2025",
  restricted: true,
};
const relief: JsonObject = {
  recordType: "assistance",
  id: "430100-A-000001",
  meta,
  programme: "charityRelief",
  personId: "430100-P-000001",
  city: changsha,
  agency: agency(changsha, "charityFederation"),
  caseStatus: "terminated",
  dates: { applied: "2025-04-01", approved: "2025-04-10", terminated: "2025-04-30" },
  benefitAmount: 3_000_000,
  charity: { fundingSource: "enterprise", organisationId: "430100-O-000001", projectCode: "DBJZ-2025", purpose: "medical" },
};
const specialCare: JsonObject = {
  recordType: "assistance",
  id: "430100-A-000002",
  meta,
  programme: "specialCare",
  personId: "430100-P-000001",
  city: changsha,
  agency: agency(changsha, "veteransAffairs"),
  caseStatus: "active",
  dates: { applied: "2005-01-04", approved: "2005-02-01" },
  benefitAmount: 286_000,
  lastReviewDate: "2025-04-15",
  nextReviewDate: "2026-04-15",
  specialCare: { category: "11", categories: ["11", "51"], disability: { grade: "6", nature: "inCombat" } },
  payments: [{ month: "2025-05", amount: 286_000, paidOn: "2025-05-06", funding: [{ source: "central", amount: 230_000 }, { source: "county", amount: 56_000 }] }],
};
const elder = (n: number, sequence: string): JsonObject =>
  merge(person, { id: `430100-P-00000${n}`, idNumber: idNumber(`43018219460101${sequence}`), name: `周满仓${n}`, birthDate: "1946-01-01", hukou: { division: "430182", residenceType: "rural" }, residenceDivision: "430182" });
const resident = (n: number, admitted: string, left?: string): JsonObject => ({
  recordType: "assistance",
  id: `430100-A-00001${n}`,
  meta,
  programme: "tekun.centralised",
  personId: `430100-P-00000${n}`,
  city: changsha,
  agency: agency(changsha, "civilAffairs"),
  caseStatus: left === undefined ? "active" : "terminated",
  dates: left === undefined ? { applied: "2024-12-01", approved: admitted } : { applied: "2024-12-01", approved: admitted, terminated: left },
  monthlyStandard: 117_000,
  benefitAmount: 117_000,
  lastReviewDate: "2025-03-01",
  nextReviewDate: "2026-03-01",
  institution: { organisationId: "430100-O-000002", admitted },
});

export const careGroups: Group[] = [
  {
    description: "Organisation and donation records (new in 1.1): a 1.0 export does not know them",
    rules: ["input.unknown-record-type"],
    asOf,
    tests: [
      valid("care/records-1.1", "a charity, a care home and a donation in a 1.1 export", jsonl("1.1", charity, careHome, donation)),
      invalid("care/records-in-1.0", "the same records declared as 1.0: unknown record types", jsonl("1.0", charity, donation), [
        at("input.unknown-record-type", "/recordType", 0),
        at("input.unknown-record-type", "/recordType", 1),
      ]),
    ],
  },
  {
    description: "A charity's credit code starts with 5 (registered by 民政)",
    rules: ["organisation.charity-credit-code-prefix"],
    asOf,
    tests: [
      valid("care/charity-prefix-5", "a foundation (53…) and a public care home (12…)", dataset(charity, careHome)),
      invalid("care/charity-prefix-9", "a charity whose code is a company's (91…)", dataset(merge(charity, { creditCode: "91430100MA4L12346D" })), [at("organisation.charity-credit-code-prefix", "/creditCode", 0)]),
    ],
  },
  {
    description: "Special care: several categories and a disability grade (1.1); a 1.0 case keeps its single category",
    rules: ["schema.required", "schema.additional-property", "assistance.special-care-funding", "assistance.special-care-main-category"],
    asOf,
    tests: [
      valid("care/special-care-categories-1.1", "two categories, 伤残等级 六级 因战, paid from central and county funds", jsonl("1.1", person, specialCare)),
      valid("care/special-care-single-category-1.1", "1.0's single category stays valid in 1.1", jsonl("1.1", person, merge(specialCare, { specialCare: { categories: undefined, disability: undefined, category: "41" } }))),
      invalid("care/special-care-categories-1.0", "the categories of 1.1 in a 1.0 export: 1.0 knows only the single category", jsonl("1.0", person, merge(specialCare, { payments: undefined })), [
        at("schema.additional-property", "/specialCare/categories", 1),
        at("schema.additional-property", "/specialCare/disability", 1),
      ]),
      warns("care/special-care-no-funding", "a special-care payment without its funding split", dataset(person, merge(specialCare, { payments: [{ month: "2025-05", amount: 286_000, paidOn: "2025-05-06" }] })), [
        at("assistance.special-care-funding", "/payments/0", 1),
      ]),
      invalid("care/special-care-main-category-not-listed", "the main category 21 while the categories are 11 and 51", dataset(person, merge(specialCare, { specialCare: { category: "21" } })), [
        at("assistance.special-care-main-category", "/specialCare/category", 1),
      ]),
    ],
  },
  {
    description: "Donations and charity relief name a charity and one of its projects",
    rules: ["dataset.unresolved-reference", "dataset.charity-project-unknown", "dataset.charity-restricted-purpose"],
    asOf,
    tests: [
      valid("care/relief-from-restricted-project", "a donation to the 大病救助 project and medical relief paid from it", dataset(person, charity, donation, relief)),
      valid("care/relief-from-open-project", "relief for education from the unrestricted 一元捐 project", dataset(person, charity, merge(relief, { charity: { projectCode: "YYJ-2025", purpose: "education" } }))),
      invalid("care/donation-unknown-organisation", "a donation to an organisation not in the dataset", dataset(person, donation), [at("dataset.unresolved-reference", "/organisationId", 1)]),
      invalid("care/donation-unknown-project", "a donation to a project the charity does not list", dataset(charity, merge(donation, { projectCode: "DBJZ-2019" })), [at("dataset.charity-project-unknown", "/projectCode", 1)]),
      warns("care/relief-restricted-purpose", "education relief paid from the restricted 大病救助 project", dataset(person, charity, merge(relief, { charity: { purpose: "education" } })), [
        at("dataset.charity-restricted-purpose", "/charity/purpose", 2),
      ]),
    ],
  },
  {
    description: "集中供养 residents of an institution, against its beds",
    rules: ["dataset.unresolved-reference", "dataset.institution-over-capacity"],
    asOf,
    tests: [
      valid("care/institution-within-capacity", "three residents of a two-bed home, one leaving the day before the third arrives", dataset(elder(1, "101"), elder(2, "103"), elder(3, "105"), careHome, resident(1, "2025-01-02", "2025-03-31"), resident(2, "2025-01-02"), resident(3, "2025-04-01"))),
      warns("care/institution-over-capacity", "a third resident while two still live in the two-bed home", dataset(elder(1, "101"), elder(2, "103"), elder(3, "105"), careHome, resident(1, "2025-01-02", "2025-03-31"), resident(2, "2025-01-02"), resident(3, "2025-03-31")), [
        at("dataset.institution-over-capacity", "/institution/organisationId", 6),
      ]),
      invalid("care/institution-unknown", "a 集中供养 case naming an institution not in the dataset", dataset(elder(1, "101"), resident(1, "2025-01-02")), [at("dataset.unresolved-reference", "/institution/organisationId", 1)]),
    ],
  },
];
