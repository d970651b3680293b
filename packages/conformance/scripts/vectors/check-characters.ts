/**
 * Check characters computed here from the published algorithms (domain reference §2, §3),
 * independently of @czt/domain, so the vectors do not inherit a bug of the code they test.
 */

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643: ISO 7064 MOD 11-2 over the first 17 digits. */
export function idNumber(first17: string): string {
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * idWeights[index]!, 0);
  return first17 + "10X98765432"[sum % 11]!;
}

const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const creditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const organisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check character of an organisation-code body of 8 characters. */
function organisationCheck(body: string): string {
  const sum = [...body].reduce((total, char, index) => total + Number.parseInt(char, 36) * organisationWeights[index]!, 0);
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** GB 32100: authority+kind (2) + division (6) + organisation body (8) → 18 characters. */
export function creditCode(authorityKindDivision: string, body: string): string {
  const first17 = authorityKindDivision + body + organisationCheck(body);
  const sum = [...first17].reduce((total, char, index) => total + charset.indexOf(char) * creditWeights[index]!, 0);
  return first17 + charset[(31 - (sum % 31)) % 31]!;
}
