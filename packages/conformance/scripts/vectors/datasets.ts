import { agency, asOf, changsha, creditCodes, dibaoCase, employeeEnrolment, femalePerson, ids, person, personalAid, registrationChange, residentEnrolment, xiangtan, zhuzhou } from "./base-records.js";
import { at, type Group, invalid, type JsonObject, merge, valid, warns, without } from "./builders.js";
import { idNumber } from "./check-characters.js";

/** One export file per city, as each city publishes its own. */
const files = { [changsha]: "430100-changsha.jsonl", [zhuzhou]: "430200-zhuzhou.jsonl", [xiangtan]: "430300-xiangtan.jsonl" } as const;
type City = keyof typeof files;
const inFile = (city: City, record: JsonObject) => ({ file: files[city], record });

/**
 * A record a city sent later, in a second file. The records of a vector are listed in
 * reading order with each file's records together, so an implementation that reads file
 * by file sees them in the same order as one that reads the list.
 */
const inLaterFile = (city: City, record: JsonObject) => ({ file: files[city].replace(".jsonl", "-update.jsonl"), record });

/** 张伟 worked in Changsha, moved to Zhuzhou in 2021 and took his employee pension along. */
const zhang = merge(person, {});
const zhangOld = merge(employeeEnrolment, { contributionStatus: "3", period: { start: "2018-07-01", end: "2020-12-31" } });
const zhangNew = merge(employeeEnrolment, {
  id: "430200-E-000010",
  city: zhuzhou,
  agency: agency(zhuzhou, "hrss"),
  employer: { creditCode: creditCodes.zhuzhouEmployer, name: "株洲轨道装备有限公司" },
  period: { start: "2021-01-01" },
});
const zhangTransfer = registrationChange;

/** 李娜 lives in Zhuzhou with resident medical insurance. */
const li = femalePerson;
const liMedical = residentEnrolment;

/** A Xiangtan 低保 household: the head, his wife (covered) and their son (not covered). */
const wang = merge(person, {
  id: "430300-P-000003",
  idNumber: ids.xiangtanMan,
  name: "王建国",
  birthDate: "1980-06-10",
  hukou: { division: "430304" },
  residenceDivision: "430304",
  household: { householdId: "430300-H-000001", relationToHead: "02" },
});
const wangWife = merge(femalePerson, {
  id: "430300-P-000005",
  idNumber: ids.spouse,
  name: "陈秀英",
  birthDate: "1992-05-14",
  hukou: { division: "430304", residenceType: "urban" },
  residenceDivision: "430304",
  household: { householdId: "430300-H-000001", relationToHead: "10" },
});
const wangSon = merge(person, {
  id: "430300-P-000006",
  idNumber: ids.child,
  name: "王小明",
  birthDate: "2015-09-01",
  hukou: { division: "430304" },
  residenceDivision: "430304",
  household: { householdId: "430300-H-000001", relationToHead: "20" },
});
const wangDibao = merge(dibaoCase, {
  id: "430300-A-000001",
  personId: "430300-P-000003",
  city: xiangtan,
  agency: agency(xiangtan, "civilAffairs"),
  household: {
    householdId: "430300-H-000001",
    headPersonId: "430300-P-000003",
    members: [
      { personId: "430300-P-000003", relationToHead: "02", covered: true },
      { personId: "430300-P-000005", relationToHead: "10", covered: true },
      { personId: "430300-P-000006", relationToHead: "20", covered: false },
    ],
  },
});

/** 资助参保: the covered members of the 低保 household in Xiangtan's resident medical insurance. */
const subsidisedMedical = (id: string, personId: string, start: string) =>
  merge(residentEnrolment, { id, personId, city: xiangtan, agency: agency(xiangtan, "healthcareSecurity"), period: { start } });

/** The consistent dataset every dataset vector starts from (records 0–11). */
const consistent = [
  inFile(changsha, zhang), // 0
  inFile(changsha, zhangOld), // 1
  inFile(zhuzhou, zhangNew), // 2
  inFile(zhuzhou, zhangTransfer), // 3
  inFile(zhuzhou, li), // 4
  inFile(zhuzhou, liMedical), // 5
  inFile(xiangtan, wang), // 6
  inFile(xiangtan, wangWife), // 7
  inFile(xiangtan, wangSon), // 8
  inFile(xiangtan, wangDibao), // 9
  inFile(xiangtan, subsidisedMedical("430300-E-000011", "430300-P-000003", "2017-01-01")), // 10
  inFile(xiangtan, subsidisedMedical("430300-E-000012", "430300-P-000005", "2017-01-01")), // 11
];

const replace = (index: number, record: JsonObject) => consistent.map((entry, i) => (i === index ? { ...entry, record } : entry));

/**
 * Five one-person Xiangtan households that all get ¥500 per month although their incomes
 * differ (each case is consistent on its own: its recorded standard minus its income): 平均保.
 */
function flatHouseholds(count = 5): { file: string; record: JsonObject }[] {
  const entries: { file: string; record: JsonObject }[] = [];
  const enrolments: { file: string; record: JsonObject }[] = [];
  for (let n = 0; n < count; n++) {
    const id = `430300-P-00010${n}`;
    const householdId = `430300-H-00010${n}`;
    entries.push(
      inFile(xiangtan, merge(person, { id, idNumber: idNumber(`4303021975010110${n}`), birthDate: "1975-01-01", sex: n % 2 === 0 ? "2" : "1", household: { householdId, relationToHead: "02" } })),
      inFile(
        xiangtan,
        merge(without(wangDibao, "household"), {
          id: `430300-A-00010${n}`,
          personId: id,
          household: { householdId, headPersonId: id, size: 1, members: [{ personId: id, relationToHead: "02", covered: true }] },
          coveredMembers: 1,
          monthlyStandard: 80_000 + n * 1_000,
          perCapitaIncome: 30_000 + n * 1_000,
          benefitAmount: 50_000,
        }),
      ),
    );
    enrolments.push(inFile(xiangtan, subsidisedMedical(`430300-E-00010${n}`, id, "2017-01-01")));
  }
  // After the households, so each household's records keep their place.
  return [...entries, ...enrolments];
}

const allDatasetRules = [
  "dataset.duplicate-record-id",
  "dataset.duplicate-person",
  "dataset.person-conflict",
  "dataset.unresolved-reference",
  "dataset.duplicate-enrolment",
  "dataset.overlapping-medical",
  "dataset.dibao-two-cities",
  "dataset.tekun-and-dibao",
  "dataset.transfer-source-active",
  "dataset.transfer-target-missing",
  "dataset.flat-benefit",
];

/** Rules across records and cities: run over whole datasets, records attributed to their city's file. */
export const datasetGroups: Group[] = [
  {
    description: "a consistent dataset across the three cities: a move with its transfer, a resident, a 低保 household",
    rules: allDatasetRules,
    asOf,
    tests: [valid("dataset/consistent", "every reference resolves and no rule across records fires", { records: consistent })],
  },
  {
    description: "record ids are unique across the agglomeration",
    rules: ["dataset.duplicate-record-id"],
    asOf,
    tests: [
      invalid("dataset/duplicate-record-id", "Xiangtan reuses a Zhuzhou person's record id for an assistance case", {
        records: [...consistent, inLaterFile(xiangtan, merge(personalAid, { id: "430200-P-000002", personId: "430300-P-000003" }))],
      }, [at("dataset.duplicate-record-id", "/id", 4), at("dataset.duplicate-record-id", "/id", 12)]),
    ],
  },
  {
    description: "one person record per city; the cities agree on the person",
    rules: ["dataset.duplicate-person", "dataset.person-conflict"],
    asOf,
    tests: [
      invalid("dataset/duplicate-person", "Zhuzhou exports 李娜 twice under two record ids", {
        records: [
          ...replace(4, merge(li, { meta: { sourceAgency: agency(zhuzhou, "hrss") } })),
          inLaterFile(zhuzhou, merge(li, { id: "430200-P-000099", meta: { sourceAgency: agency(zhuzhou, "healthcareSecurity") } })),
        ],
      }, [at("dataset.duplicate-person", "/idNumber", 12)]),
      valid("dataset/person-in-two-cities", "Zhuzhou and Changsha both export 李娜, and agree on her", {
        records: [
          ...replace(4, merge(li, { meta: { sourceAgency: agency(zhuzhou, "hrss") } })),
          inLaterFile(changsha, merge(li, { id: "430100-P-000002", meta: { sourceAgency: agency(changsha, "hrss") } })),
        ],
      }),
      // A person record's city is its source agency's (or its export header's), not where the person lives.
      invalid("dataset/person-conflict", "the two cities disagree on 李娜's name", {
        records: [
          ...replace(4, merge(li, { meta: { sourceAgency: agency(zhuzhou, "hrss") } })),
          inLaterFile(changsha, merge(li, { id: "430100-P-000002", name: "李丽", meta: { sourceAgency: agency(changsha, "hrss") } })),
        ],
      }, [at("dataset.person-conflict", "/name", 12)]),
    ],
  },
  {
    description: "references resolve within the dataset",
    rules: ["dataset.unresolved-reference"],
    asOf,
    tests: [
      invalid("dataset/unresolved-person", "an enrolment of a person no city exported", { records: replace(5, merge(liMedical, { personId: "430200-P-999999" })) }, [
        at("dataset.unresolved-reference", "/personId", 5),
      ]),
      invalid("dataset/unresolved-member", "a household member who is not in the dataset", { records: consistent.filter((_, index) => index !== 8) }, [
        at("dataset.unresolved-reference", "/household/members/2/personId", 8),
      ]),
    ],
  },
  {
    description: "one enrolment per person, scheme and city at a time",
    rules: ["dataset.duplicate-enrolment"],
    asOf,
    tests: [
      valid("dataset/same-scheme-one-after-another", "the employee pension in Changsha, then in Zhuzhou", { records: consistent }),
      invalid("dataset/duplicate-enrolment", "李娜 enrolled twice in Zhuzhou resident medical insurance", {
        records: [...consistent, inLaterFile(zhuzhou, merge(liMedical, { id: "430200-E-000003", period: { start: "2020-01-01" } }))],
      }, [at("dataset.duplicate-enrolment", "/period", 12)]),
    ],
  },
  {
    description: "overlapping basic medical insurance (configurable severity)",
    rules: ["dataset.overlapping-medical"],
    asOf,
    tests: [
      warns("dataset/overlapping-medical", "李娜 in Zhuzhou resident medical and Changsha employee medical at once", {
        records: [
          ...consistent,
          inLaterFile(changsha, merge(employeeEnrolment, { id: "430100-E-000020", personId: "430200-P-000002", scheme: "medical.employee", agency: agency(changsha, "healthcareSecurity"), period: { start: "2023-03-01" } })),
        ],
      }, [at("dataset.overlapping-medical", "/period", 12)]),
      valid("dataset/medical-one-after-another", "resident medical ended before employee medical began", {
        records: [
          ...replace(5, merge(liMedical, { contributionStatus: "3", period: { end: "2023-02-28" } })),
          inLaterFile(changsha, merge(employeeEnrolment, { id: "430100-E-000020", personId: "430200-P-000002", scheme: "medical.employee", agency: agency(changsha, "healthcareSecurity"), period: { start: "2023-03-01" } })),
        ],
      }),
    ],
  },
  {
    description: "低保 in one city only",
    rules: ["dataset.dibao-two-cities"],
    asOf,
    tests: [
      invalid("dataset/dibao-two-cities", "王建国 also receives 低保 in Changsha", {
        records: [
          ...consistent,
          inLaterFile(changsha, merge(without(dibaoCase, "household"), { id: "430100-A-000009", personId: "430300-P-000003", household: { householdId: "430100-H-000009", headPersonId: "430300-P-000003", size: 1 }, coveredMembers: 1, benefitAmount: 55_000 })),
        ],
      }, [at("dataset.dibao-two-cities", "/city", 12)]),
    ],
  },
  {
    description: "特困 and 低保 are exclusive",
    rules: ["dataset.tekun-and-dibao"],
    asOf,
    tests: [
      invalid("dataset/tekun-and-dibao", "王建国 is supported as 特困 while his household gets 低保", {
        records: [...consistent, inLaterFile(xiangtan, merge(personalAid, { id: "430300-A-000007", programme: "tekun.dispersed", personId: "430300-P-000003", benefitAmount: 90_000 }))],
      }, [at("dataset.tekun-and-dibao", "/programme", 12)]),
      valid("dataset/tekun-alone", "特困 for someone outside any 低保 household", {
        records: [...consistent, inLaterFile(zhuzhou, merge(personalAid, { id: "430200-A-000007", programme: "tekun.dispersed", personId: "430200-P-000002", city: zhuzhou, agency: agency(zhuzhou, "civilAffairs"), benefitAmount: 90_000 }))],
      }),
    ],
  },
  {
    description: "after a completed transfer the source enrolment is no longer active",
    rules: ["dataset.transfer-source-active"],
    asOf,
    tests: [
      invalid("dataset/transfer-source-active", "Changsha still shows 张伟 contributing after the move", { records: replace(1, merge(zhangOld, { contributionStatus: "1" })) }, [
        at("dataset.transfer-source-active", "/from/enrolmentId", 3),
      ]),
    ],
  },
  {
    description: "a completed transfer names its target enrolment, and it exists",
    rules: ["dataset.transfer-target-missing"],
    asOf,
    tests: [
      invalid("dataset/transfer-target-missing", "a completed transfer without a target enrolment", {
        records: replace(3, merge(zhangTransfer, { to: { enrolmentId: undefined } })),
      }, [at("dataset.transfer-target-missing", "/to", 3)]),
      valid("dataset/transfer-open-without-target", "a transfer still in progress need not name its target yet", {
        records: replace(3, merge(zhangTransfer, { to: { enrolmentId: undefined }, status: "letterIssued", steps: (zhangTransfer["steps"] as JsonObject[]).slice(0, 2) })),
        asOf: "2021-01-12",
      }),
    ],
  },
  {
    description: "平均保: many households of one city getting the same amount per member whatever their income (warning)",
    rules: ["dataset.flat-benefit"],
    asOf,
    tests: [
      warns("dataset/flat-benefit", "five Xiangtan households with different incomes all get ¥500 per member", { records: [...consistent, ...flatHouseholds()] }, [
        at("dataset.flat-benefit", "/benefitAmount", 13),
        at("dataset.flat-benefit", "/benefitAmount", 15),
        at("dataset.flat-benefit", "/benefitAmount", 17),
        at("dataset.flat-benefit", "/benefitAmount", 19),
        at("dataset.flat-benefit", "/benefitAmount", 21),
      ]),
      valid("dataset/four-flat-households", "four alike households are below the default threshold of five", { records: [...consistent, ...flatHouseholds(4)] }),
    ],
  },
  {
    description: "资助参保 (应保尽保): everyone an active 低保 or 特困 case covers has basic medical insurance in force on the as-of date, in any of the three cities (warning)",
    rules: ["dataset.assisted-without-medical-enrolment"],
    asOf,
    tests: [
      warns("dataset/assisted-without-medical", "陈秀英, covered by her household's 低保 in Xiangtan, has no medical enrolment anywhere", {
        records: consistent.filter((_, index) => index !== 11),
      }, [at("dataset.assisted-without-medical-enrolment", "/household/members/1/personId", 9)]),
      valid("dataset/assisted-insured-in-another-city", "陈秀英 is in Changsha's resident medical insurance instead: matched across the cities", {
        records: replace(11, merge(subsidisedMedical("430100-E-000012", "430300-P-000005", "2017-01-01"), { city: changsha, agency: agency(changsha, "healthcareSecurity") })),
      }),
      warns("dataset/assisted-medical-ended", "王建国's resident medical insurance ended before the as-of date", {
        records: replace(10, merge(subsidisedMedical("430300-E-000011", "430300-P-000003", "2017-01-01"), { contributionStatus: "3", period: { end: "2024-12-31" } })),
      }, [at("dataset.assisted-without-medical-enrolment", "/personId", 9)]),
      warns("dataset/tekun-without-medical", "特困 for 李娜 in Zhuzhou after her medical enrolment ended", {
        records: [
          ...replace(5, merge(liMedical, { contributionStatus: "3", period: { end: "2023-02-28" } })),
          inLaterFile(zhuzhou, merge(personalAid, { id: "430200-A-000007", programme: "tekun.dispersed", personId: "430200-P-000002", city: zhuzhou, agency: agency(zhuzhou, "civilAffairs"), benefitAmount: 90_000 })),
        ],
      }, [at("dataset.assisted-without-medical-enrolment", "/personId", 12)]),
      valid("dataset/assistance-export-alone", "民政's export alone holds no medical enrolment: not judged", {
        records: consistent.filter((entry) => (entry.record as JsonObject)["recordType"] !== "enrolment" && (entry.record as JsonObject)["recordType"] !== "transfer"),
      }),
    ],
  },
];
