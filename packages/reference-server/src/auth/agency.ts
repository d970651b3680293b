import { cityOfDivision, creditCodeCheckCharacter, organisationCodeCheckCharacter } from "@czt/domain";

export type CityCode = "430100" | "430200" | "430300";

/** `common.schema.json#/$defs/agency`. */
export interface Agency {
  creditCode: string;
  division: string;
  department: string;
  name?: string;
}

export const scopes = ["read", "read:personal", "write", "validate"] as const;
export type Scope = (typeof scopes)[number];

/** Who a bearer token speaks for: one agency of one city, with scopes. */
export interface Principal {
  agency: Agency;
  city: CityCode;
  scopes: Scope[];
}

/** True when the principal may write a record owned by `city` and `department`. */
export function ownsRecord(principal: Principal, city: string | undefined, department: string | undefined): boolean {
  return principal.city === city && principal.agency.department === department;
}

/** The city an agency belongs to, from its division code. */
export function cityOfAgency(agency: Agency): CityCode | undefined {
  return cityOfDivision(agency.division) as CityCode | undefined;
}

/** A GB 32100 credit code with valid check characters (inner GB 11714 and outer), for demo agencies. */
export function demoCreditCode(division: string, serial: string): string {
  const organisationBody = `MB${serial.padStart(6, "0")}`;
  const first17 = `11${division}${organisationBody}${organisationCodeCheckCharacter(organisationBody)}`;
  return first17 + creditCodeCheckCharacter(first17);
}
