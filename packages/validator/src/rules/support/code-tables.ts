import { codeLists } from "@czt/schemas";

/**
 * Facts taken from the standard's code lists (`@czt/schemas`), not hard-coded: which
 * schemes are employee schemes, which family a scheme belongs to, and small integer
 * indexes for codes so the dataset index can store them in typed arrays.
 */

interface Entry {
  readonly code: string;
  readonly [column: string]: unknown;
}

function entriesOf(listId: string): readonly Entry[] {
  const list = (codeLists as unknown as Record<string, { codes: readonly Entry[] } | undefined>)[listId];
  if (!list) throw new Error(`code list ${listId} is missing from @czt/schemas`);
  return list.codes;
}

const schemeEntries = entriesOf("insuranceScheme");

/** Schemes whose `employeeScheme` column is true: they name an employer (用人单位). */
export const employeeSchemes: ReadonlySet<string> = new Set(schemeEntries.filter((e) => e["employeeScheme"] === true).map((e) => e.code));

/** Scheme → family (`pension`, `medical`, …) from the list's `family` column. */
export const schemeFamily: ReadonlyMap<string, string> = new Map(schemeEntries.map((e) => [e.code, String(e["family"] ?? e.code)]));

/** Codes in list order; index + 1 is the code's small integer (0 = unknown). */
function codeIndex(listId: string): { readonly codes: readonly string[]; readonly index: ReadonlyMap<string, number> } {
  const codes = entriesOf(listId).map((e) => e.code);
  return { codes, index: new Map(codes.map((code, i) => [code, i + 1])) };
}

export const schemeCodes = codeIndex("insuranceScheme");
export const programmeCodes = codeIndex("assistanceProgramme");
export const transferKindCodes = codeIndex("transferKind");
export const transferStatusCodes = codeIndex("transferStatus");
export const caseStatusCodes = codeIndex("caseStatus");
export const contributionStatusCodes = codeIndex("contributionStatus");
export const benefitTypeCodes = codeIndex("benefitType");
export const benefitStatusCodes = codeIndex("benefitStatus");
export const medicalRegistrationTypeCodes = codeIndex("medicalRegistrationType");

/** Basic pensions (基本养老金): a person draws at most one at a time (社会保险法 art. 16, 国发〔2014〕8号). */
export const basicPensionBenefits: ReadonlySet<string> = new Set(["pension.employee", "pension.institution", "pension.resident"]);
export const organisationKindCodes = codeIndex("organisationKind");
export const institutionOwnershipCodes = codeIndex("institutionOwnership");
export const donorTypeCodes = codeIndex("donorType");

export const dibaoProgrammes: ReadonlySet<string> = new Set(["dibao.urban", "dibao.rural"]);
export const tekunProgrammes: ReadonlySet<string> = new Set(["tekun.centralised", "tekun.dispersed"]);

/** The three cities as small integers (0 = unknown or outside the agglomeration). */
export const cityCodes: readonly string[] = ["430100", "430200", "430300"];
export function cityIndex(city: string | undefined): number {
  return city === undefined ? 0 : cityCodes.indexOf(city) + 1;
}

/** Participation types whose `employerRequired` column is true (单位职工 …): an enrolment of that type names an employer. */
export const participationTypesWithEmployer: ReadonlySet<string> = new Set(entriesOf("participationType").filter((e) => e["employerRequired"] === true).map((e) => e.code));

/** Scheme → the scheme it supplements (`supplements` column): held alongside it, never a duplicate of it. */
export const schemeSupplements: ReadonlyMap<string, string> = new Map(
  schemeEntries.flatMap((e) => {
    const supplemented = e["supplements"];
    return Array.isArray(supplemented) && typeof supplemented[0] === "string" ? [[e.code, supplemented[0]] as const] : [];
  }),
);

/** Whether an enrolment is judged as a unit employee's: its participation type requires an employer, or it has none (as 1.0 judged every enrolment). */
export function isUnitEmployee(participationType: string | undefined): boolean {
  return participationType === undefined || participationTypesWithEmployer.has(participationType);
}
