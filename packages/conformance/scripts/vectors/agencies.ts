import { agency, asOf, changsha, employeeEnrolment, femalePerson, person, residentEnrolment, zhuzhou } from "./base-records.js";
import { at, type Group, invalid, type JsonObject, merge, valid } from "./builders.js";

const files = { [changsha]: "430100-changsha.jsonl", [zhuzhou]: "430200-zhuzhou.jsonl" } as const;
const inFile = (city: keyof typeof files, record: JsonObject) => ({ file: files[city], record });

const changshaHrss = agency(changsha, "hrss");
const changshaHrssCode = changshaHrss["creditCode"] as string;
const zhuzhouMedical = agency(zhuzhou, "healthcareSecurity");

/** Records 0–3: a person and an enrolment in each city's export, every agency with its own credit code. */
function dataset(patches: { person?: JsonObject; enrolment?: JsonObject; zhuzhouPerson?: JsonObject; zhuzhouEnrolment?: JsonObject } = {}) {
  return [
    inFile(changsha, merge(person, patches.person ?? {})),
    inFile(changsha, merge(employeeEnrolment, patches.enrolment ?? {})),
    inFile(zhuzhou, merge(femalePerson, patches.zhuzhouPerson ?? {})),
    inFile(zhuzhou, merge(residentEnrolment, patches.zhuzhouEnrolment ?? {})),
  ];
}

/**
 * A unified social credit code names one organisation (GB 32100): the agencies of a
 * dataset — across the files of one run and across cities — that share a code must be
 * the same agency, with the same division and department. The finding is reported once
 * per differing agency, on the first record that names it.
 */
export const agencyGroups: Group[] = [
  {
    description: "one credit code, several agencies",
    rules: ["dataset.shared-credit-code"],
    asOf,
    tests: [
      valid("shared-credit-code/distinct", "each agency of two cities has its own credit code", { records: dataset() }),
      valid("shared-credit-code/same-agency-two-cities", "Changsha's 人社局 named in a Changsha enrolment and as the source of a Zhuzhou person: one agency, one code", {
        records: dataset({ zhuzhouPerson: { meta: { sourceAgency: changshaHrss } } }),
      }),
      invalid(
        "shared-credit-code/two-cities",
        "Zhuzhou's 医保局 carries the credit code of Changsha's 人社局",
        { records: dataset({ zhuzhouEnrolment: { agency: { ...zhuzhouMedical, creditCode: changshaHrssCode } } }) },
        [at("dataset.shared-credit-code", "/agency/creditCode", 3)],
      ),
      invalid(
        "shared-credit-code/two-departments",
        "in one city, the source agency of a person (民政局) and the agency of an enrolment (人社局) share one code",
        { records: dataset({ person: { meta: { sourceAgency: { ...changshaHrss, department: "civilAffairs" } } } }) },
        [at("dataset.shared-credit-code", "/agency/creditCode", 1)],
      ),
      invalid(
        "shared-credit-code/two-divisions",
        "one code, one department, two divisions: 株洲市 430200 and 荷塘区 430202",
        { records: dataset({ zhuzhouPerson: { meta: { sourceAgency: zhuzhouMedical } }, zhuzhouEnrolment: { agency: { ...zhuzhouMedical, division: "430202" } } }) },
        [at("dataset.shared-credit-code", "/agency/creditCode", 3)],
      ),
    ],
  },
];
