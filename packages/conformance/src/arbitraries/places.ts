import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from "@czt/domain";
import type { Agency, CityCode } from "../records.js";

export const cityCodes: readonly CityCode[] = ["430100", "430200", "430300"];

/** County-level divisions in force today (GB/T 2260, unchanged 2021–2024). */
export const countiesOfCity: Readonly<Record<CityCode, readonly string[]>> = {
  "430100": ["430102", "430103", "430104", "430105", "430111", "430112", "430121", "430181", "430182"],
  "430200": ["430202", "430203", "430204", "430211", "430212", "430223", "430224", "430225", "430281"],
  "430300": ["430302", "430304", "430321", "430381", "430382"],
};

/** Retired codes still carried by identity numbers issued before the change (valid for life). */
export const retiredCountiesOfCity: Readonly<Record<CityCode, readonly string[]>> = {
  "430100": ["430124", "430122"],
  "430200": ["430221"],
  "430300": [],
};

/** Divisions of other provinces, for people whose identity number was issued elsewhere. */
export const elsewhereDivisions: readonly string[] = ["110105", "310104", "440106", "420102", "360102", "500103", "450102"];

export const cityNames: Readonly<Record<CityCode, string>> = { "430100": "长沙市", "430200": "株洲市", "430300": "湘潭市" };

const departmentNames: Readonly<Record<string, string>> = {
  hrss: "人力资源和社会保障局",
  healthcareSecurity: "医疗保障局",
  civilAffairs: "民政局",
  veteransAffairs: "退役军人事务局",
  disabledPersonsFederation: "残疾人联合会",
  charityFederation: "慈善总会",
};

/** Agencies of the whole agglomeration, named without a city. */
const agglomerationAgencies: Readonly<Record<string, string>> = { cztCentre: "长株潭城乡社会保障中心" };

/** A credit code with valid GB 11714 and GB 32100 check characters. */
export function creditCode(authorityAndKind: string, division: string, body: string): string {
  const first17 = authorityAndKind + division + body + organisationCodeCheckCharacter(body);
  return first17 + creditCodeCheckCharacter(first17);
}

/** Agencies already derived: deriving a credit code costs two check characters per record. */
const agencies = new Map<string, Agency>();

/** The agency of a department in a city (a 机关 credit code derived from both, so it is stable). */
export function agencyOf(city: CityCode, department: string): Agency {
  const key = `${city}/${department}`;
  let agency = agencies.get(key);
  if (agency === undefined) {
    agency = deriveAgency(city, department);
    agencies.set(key, agency);
  }
  // A copy: mutators edit the agencies of the records they break.
  return { ...agency };
}

function deriveAgency(city: CityCode, department: string): Agency {
  const departmentIndex = Object.keys(departmentNames).indexOf(department);
  const body = `00${city.slice(2, 4)}${String(departmentIndex + 10).padStart(2, "0")}0${departmentIndex >= 0 ? "1" : "9"}`;
  return { creditCode: creditCode("11", city, body), division: city, department, name: agglomerationAgencies[department] ?? `${cityNames[city]}${departmentNames[department] ?? department}` };
}
