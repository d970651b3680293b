// Frozen with release 1.0 of the standard: a copy of src/arbitraries/identity.ts as released. Do not edit (see ../index.ts).
import { idNumberCheckCharacter } from "@czt/domain";
import { addDays } from "./calendar.js";

/** Birth dates run over 50 years (1950-01-01 … 1999-12-19), so everyone is an adult at `datasetAsOf`. */
const birthDays = 18_250;
const firstBirthDate = "1950-01-01";

export interface Identity {
  idNumber: string;
  birthDate: string;
  sex: "1" | "2";
}

/**
 * The identity of the n-th person of a dataset: unique for n < 9 million, because the
 * sequence digits carry n mod 500 (and the sex, odd = male) and the birth date carries
 * n div 500 (131 and 18 250 are coprime, so the day is distinct per block).
 */
export function identityOf(index: number, division: string, male: boolean): Identity {
  const slot = index % 500;
  const block = Math.floor(index / 500);
  const birthDate = addDays(firstBirthDate, (block * 131 + slot * 53 + 4_000) % birthDays);
  const sequence = String(slot * 2 + (male ? 1 : 0)).padStart(3, "0");
  const first17 = division + birthDate.replaceAll("-", "") + sequence;
  return { idNumber: first17 + idNumberCheckCharacter(first17), birthDate, sex: male ? "1" : "2" };
}
