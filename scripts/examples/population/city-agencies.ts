/** The city agencies that publish the exports and run the insurance schemes. */
import { agency, changsha, xiangtan, zhuzhou } from "../agencies.js";
import type { Agency, CityCode, InsuranceScheme } from "../model.js";

export const csHrss = agency(changsha, "hrss");
export const csMedical = agency(changsha, "healthcareSecurity");
export const zzHrss = agency(zhuzhou, "hrss");
export const zzMedical = agency(zhuzhou, "healthcareSecurity");
export const xtHrss = agency(xiangtan, "hrss");
export const xtMedical = agency(xiangtan, "healthcareSecurity");

/** The agencies that publish each city's export. */
export const publishers: Readonly<Record<CityCode, Agency>> = {
  [changsha]: csHrss,
  [zhuzhou]: zzHrss,
  [xiangtan]: xtHrss,
};

/** The agencies that run each city's insurance schemes: medical and maternity under 医保局, the rest under 人社局. */
export function schemeAgency(city: CityCode, scheme: InsuranceScheme) {
  return agency(city, scheme.startsWith("medical.") || scheme === "maternity" ? "healthcareSecurity" : "hrss");
}
