// Frozen with release 1.0 of the standard: a copy of src/arbitraries/person.ts as released. Do not edit (see ../index.ts).
import fc from "fast-check";
import type { EthnicityCode, RelationToHeadCode } from "@czt/types";
import type { CityCode, PersonRecord } from "../../../records.js";
import { timestampOn } from "./calendar.js";
import { identityOf } from "./identity.js";
import { nameArbitrary } from "./names.js";
import { agencyOf, cityCodes, countiesOfCity, elsewhereDivisions, retiredCountiesOfCity } from "./places.js";

/** The reference date of generated data: every record is valid as of this day. */
export const datasetAsOf = "2025-06-30";

/** The random choices behind a person; ids and identity numbers are assigned when the dataset is built. */
export interface PersonChoice {
  city: CityCode;
  issuedWhere: "home" | "retired" | "elsewhere";
  divisionPick: number;
  male: boolean;
  name: string;
  ethnicity: EthnicityCode;
  rural: boolean;
  mobile: string | undefined;
}

export function personChoiceArbitrary(city?: CityCode): fc.Arbitrary<PersonChoice> {
  return fc.record({
    city: city === undefined ? fc.constantFrom(...cityCodes) : fc.constant(city),
    issuedWhere: fc.constantFrom("home", "home", "home", "retired", "elsewhere"),
    divisionPick: fc.nat(1000),
    male: fc.boolean(),
    name: nameArbitrary(),
    // Mostly 汉族, with the large minorities of Hunan (苗 06, 侗 12, 瑶 13, 土家 15).
    ethnicity: fc.constantFrom<EthnicityCode[]>("01", "01", "01", "01", "06", "12", "13", "15"),
    rural: fc.boolean(),
    mobile: fc.option(fc.tuple(fc.constantFrom("13", "15", "17", "18", "19"), fc.integer({ min: 0, max: 999_999_999 })).map(([p, n]) => p + String(n).padStart(9, "0")), {
      nil: undefined,
    }),
  });
}

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

export interface PersonPlacement {
  index: number;
  household?: { householdId: string; relationToHead: RelationToHeadCode };
}

export function personId(city: CityCode, index: number): string {
  return `${city}-P-${String(index).padStart(6, "0")}`;
}

/** Builds the n-th person from its choices: the identity number, birth date and sex agree by construction. */
export function buildPerson(choice: PersonChoice, placement: PersonPlacement): PersonRecord {
  const retired = retiredCountiesOfCity[choice.city];
  const issuedWhere = choice.issuedWhere === "retired" && retired.length === 0 ? "home" : choice.issuedWhere;
  const issuing =
    issuedWhere === "home" ? pick(countiesOfCity[choice.city], choice.divisionPick) : issuedWhere === "retired" ? pick(retired, choice.divisionPick) : pick(elsewhereDivisions, choice.divisionPick);
  const identity = identityOf(placement.index, issuing, choice.male);
  const county = pick(countiesOfCity[choice.city], choice.divisionPick + 1);
  const person: PersonRecord = {
    recordType: "person",
    id: personId(choice.city, placement.index),
    // The source agency says which city exported the record (two cities may both export a person).
    meta: { lastUpdated: timestampOn("2025-06-01"), sourceAgency: agencyOf(choice.city, "hrss"), sourceSystem: "czt-conformance generator" },
    idNumber: identity.idNumber,
    name: choice.name,
    sex: identity.sex,
    birthDate: identity.birthDate,
    ethnicity: choice.ethnicity,
    nationality: "CHN",
    hukou: { division: county, residenceType: choice.rural ? "rural" : "urban" },
    residenceDivision: county,
  };
  if (choice.mobile !== undefined) person.contact = { mobile: choice.mobile };
  if (placement.household) person.household = placement.household;
  return person;
}

/** A valid person record on its own (index drawn at random, so ids vary). */
export function personArbitrary(): fc.Arbitrary<PersonRecord> {
  return fc.tuple(personChoiceArbitrary(), fc.nat(99_999)).map(([choice, index]) => buildPerson(choice, { index }));
}
