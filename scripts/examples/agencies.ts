/**
 * The public agencies and employers named in the examples. Names follow the real
 * structure of the three cities' governments; the credit codes are synthetic (valid
 * check characters, computed by @czt/domain) and belong to no real organisation.
 */
import { creditCode } from "./identifiers.js";
import type { Agency, CityCode, Department } from "./model.js";

export const changsha = "430100" satisfies CityCode;
export const zhuzhou = "430200" satisfies CityCode;
export const xiangtan = "430300" satisfies CityCode;

export const cityNames: Readonly<Record<CityCode, string>> = { "430100": "长沙市", "430200": "株洲市", "430300": "湘潭市" };

const departmentNames: Readonly<Record<Department, string>> = {
  hrss: "人力资源和社会保障局",
  healthcareSecurity: "医疗保障局",
  civilAffairs: "民政局",
  veteransAffairs: "退役军人事务局",
  disabledPersonsFederation: "残疾人联合会",
  charityFederation: "慈善总会",
  housing: "住房和城乡建设局",
  education: "教育局",
  emergencyManagement: "应急管理局",
};

/**
 * GB 32100 positions 1–2 by department: government bodies "11"; the disabled persons'
 * federation, a people's organisation under the establishment office, "13"; the charity
 * federation, a social organisation registered with civil affairs, "51".
 */
const registration: Readonly<Record<Department, string>> = {
  hrss: "11",
  healthcareSecurity: "11",
  civilAffairs: "11",
  veteransAffairs: "11",
  disabledPersonsFederation: "13",
  charityFederation: "51",
  housing: "11",
  education: "11",
  emergencyManagement: "11",
};

/** Organisation-code bodies; bodies of offices created in the 2018–2019 reform start with "MB". */
const organisationBodies: Readonly<Record<Department, string>> = {
  hrss: "00614052",
  healthcareSecurity: "MB1C3571",
  civilAffairs: "00614011",
  veteransAffairs: "MB1D2468",
  disabledPersonsFederation: "44487613",
  charityFederation: "50221837",
  housing: "00614087",
  education: "00614044",
  emergencyManagement: "MB1E7720",
};

/** Counties and districts whose own civil affairs bureau appears in the examples. */
const countyNames: Readonly<Record<string, string>> = {
  "430103": "长沙市天心区",
  "430181": "浏阳市",
  "430182": "宁乡市",
  "430225": "炎陵县",
  "430281": "醴陵市",
  "430302": "湘潭市雨湖区",
  "430321": "湘潭县",
  "430381": "湘乡市",
  "430382": "韶山市",
};

function cityOf(division: string): CityCode {
  const city = `${division.slice(0, 4)}00`;
  if (city !== changsha && city !== zhuzhou && city !== xiangtan) throw new Error(`${division} is not in the three cities`);
  return city;
}

/**
 * The agency of a department at a city (`430100`) or county (`430181`) level. Its
 * organisation-code body is the department's with positions 5–6 set to the division's
 * last two digits, so every (division, department) pair has a code of its own: the
 * department's first four and last two characters are distinct (dataset.shared-credit-code).
 */
export function agency(division: string, department: Department): Agency {
  const city = cityOf(division);
  const place = division === city ? cityNames[city] : countyNames[division];
  if (place === undefined) throw new Error(`no name for division ${division}`);
  const body = organisationBodies[department];
  const variedBody = body.slice(0, 4) + division.slice(4, 6) + body.slice(6, 8);
  const name = `${place}${departmentNames[department]}`;
  return { creditCode: creditCode(registration[department], division, variedBody), division, department, name };
}

export interface Employer {
  creditCode: string;
  name: string;
}

/** An employer: an enterprise ("91") or a public institution ("12") registered at a division. */
export function employer(authorityAndKind: "91" | "12", division: string, organisationBody: string, name: string): Employer {
  return { creditCode: creditCode(authorityAndKind, division, organisationBody), name };
}
