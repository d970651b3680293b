import { idNumberCheckCharacter } from "@czt/domain";
import { addDays } from "../arbitraries/calendar.js";
import type { CztRecord, PersonRecord } from "../records.js";
import { isPerson, type Mutator, mutateOne } from "./mutator.js";

const withIdNumber = (record: CztRecord): record is PersonRecord => isPerson(record) && record.idNumber !== undefined;

/** A different, wrong check character for the same first 17 characters. */
function wrongCheckCharacter(idNumber: string): string {
  const right = idNumberCheckCharacter(idNumber.slice(0, 17));
  const wrong = "0123456789X".replace(right, "");
  return idNumber.slice(0, 17) + wrong[idNumber.charCodeAt(5) % wrong.length];
}

export const personMutators: readonly Mutator[] = [
  {
    ruleId: "id-number.check-character",
    description: "replace the identity number's check character with a wrong one",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, withIdNumber, (person) => {
        person.idNumber = wrongCheckCharacter(person.idNumber!);
      }),
  },
  {
    ruleId: "id-number.birth-date",
    description: "give the identity number the impossible birth date of 30 February (with a correct check character)",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, withIdNumber, (person) => {
        const first17 = `${person.idNumber!.slice(0, 6)}19900230${person.idNumber!.slice(14, 17)}`;
        person.idNumber = first17 + idNumberCheckCharacter(first17);
      }),
  },
  {
    ruleId: "person.birth-date-matches-id",
    description: "move the birth date one day away from the one in the identity number",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, withIdNumber, (person) => {
        person.birthDate = addDays(person.birthDate, 1);
      }),
  },
  {
    ruleId: "person.sex-matches-id",
    description: "flip the sex against the parity of the identity number's sequence",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, withIdNumber, (person) => {
        person.sex = person.sex === "1" ? "2" : "1";
      }),
  },
  {
    ruleId: "division.valid-on-date",
    description: "set the residence division to 430221 (株洲县, retired in 2018)",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isPerson, (person) => {
        person.residenceDivision = "430221";
      }),
  },
];
