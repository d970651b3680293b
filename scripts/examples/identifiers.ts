/**
 * Identity numbers (GB 11643) and unified social credit codes (GB 32100) for the
 * synthetic population. The check characters come from @czt/domain, never from a copy
 * of the algorithms, so the examples and the validator cannot disagree.
 */
import { creditCodeCheckCharacter, idNumberCheckCharacter, organisationCodeCheckCharacter } from "@czt/domain";

/**
 * An 18-character identity number: issuing division, birth date, a three-digit
 * sequence whose parity carries the sex (odd male "1", even female "2"), check character.
 */
export function idNumber(division: string, birthDate: string, sequence: number, sex: "1" | "2"): string {
  if ((sequence % 2 === 1) !== (sex === "1")) {
    throw new Error(`sequence ${sequence} does not carry sex ${sex} (odd male, even female)`);
  }
  const first17 = `${division}${birthDate.replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
  return first17 + idNumberCheckCharacter(first17);
}

/**
 * A unified social credit code: registering authority and kind (e.g. "91" enterprise,
 * "11" government body, "12" public institution, "51" social organisation), division,
 * an eight-character organisation-code body with its GB 11714 check character, and the
 * GB 32100 check character.
 */
export function creditCode(authorityAndKind: string, division: string, organisationBody: string): string {
  const first17 = `${authorityAndKind}${division}${organisationBody}${organisationCodeCheckCharacter(organisationBody)}`;
  return first17 + creditCodeCheckCharacter(first17);
}
