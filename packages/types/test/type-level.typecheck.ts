/**
 * Type-level checks, compiled by `npm run typecheck` (not run by vitest): the generated
 * types accept realistic records (see `support/records.ts`, each one `satisfies` its
 * type) and reject wrong ones. An unused `@ts-expect-error` is itself a compile error,
 * so every rejection below must really happen.
 */
import type { Assistance, Benefit, CztRecord, Enrolment, InsuranceSchemeCode, JsonLinesLine, Package, Person, Transfer, TransferKindCode } from "../src/index.js";
import { assistance, benefit, enrolment, medicalRegistration, medicalSettlement, person, transfer } from "./support/records.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(): T | undefined => undefined;

// Accepted: a package of one record of each type, and JSON Lines lines.
export const pkg: Package = {
  schemaVersion: "1.1",
  publisher: enrolment.agency,
  city: "430100",
  created: "2024-07-01T08:00:00+08:00",
  asOf: "2024-06-30",
  records: [person, enrolment, transfer, assistance, benefit, medicalRegistration, medicalSettlement],
};
export const lines: JsonLinesLine[] = [
  { recordType: "header", schemaVersion: "1.1", publisher: pkg.publisher, city: "430100", created: pkg.created },
  person,
  assistance,
];

// Codes are the code lists' strings; deprecated codes stay valid.
export const deprecatedScheme: InsuranceSchemeCode = "medical.nrcms";
assertType<
  Equal<
    TransferKindCode,
    | "pension.employee.intercity"
    | "medical.intercity"
    | "unemployment.intercity"
    | "pension.link.residentToEmployee"
    | "pension.link.employeeToResident"
    | "pension.institution.toEmployee"
    | "pension.employee.toInstitution"
    | "pension.institution.withinProvince"
    | "pension.resident.interregion"
  >
>();
assertType<Equal<CztRecord["recordType"], "person" | "enrolment" | "transfer" | "assistance" | "benefit" | "medicalRegistration" | "medicalSettlement" | "organisation" | "donation" | "consent">>();

// Rejected.
// @ts-expect-error sex is a code string, never a number
export const sexAsNumber: Person = { ...person, sex: 1 };
// @ts-expect-error name is required
export const nameless: Person = { ...person, name: undefined };
// @ts-expect-error amounts are integer fen, never strings of yuan
export const yuanString: Assistance = { ...assistance, benefitAmount: "1350.00" };
// @ts-expect-error "110" is a local code, not a code of the closed insuranceScheme list
export const localScheme: Enrolment = { ...enrolment, scheme: "110" };
// @ts-expect-error there is no "pensioner" record type
export const unknownType: CztRecord = { ...person, recordType: "pensioner" };
// @ts-expect-error objects of the standard are closed: extra data goes under extensions
export const extraProperty: Person = { ...person, wechat: "lijianguo" };
// @ts-expect-error each transfer step carries its time
export const steplessTime: Transfer = { ...transfer, steps: [{ status: "requested" }] };
// @ts-expect-error a header line is not a package
export const headerAsPackage: Package = lines[0];
// @ts-expect-error a benefit's amounts are integer fen
export const benefitInYuan: Benefit = { ...benefit, monthlyAmount: "3250.00" };
// @ts-expect-error benefitType is a code of the closed benefitType list
export const unknownBenefit: Benefit = { ...benefit, benefitType: "pension" };
