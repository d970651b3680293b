import type { DibaoMarginalCeilingEntry } from "../parameters.js";
import type { DefaultRowProvenance } from "./confidence.js";

/**
 * Default income ceiling of 低保边缘 households: 1.5 times the local 低保 standard,
 * province-wide. Provinces and cities set their own multiple (often 1.5, sometimes 2);
 * an agency's table replaces this one.
 */
export const defaultDibaoMarginalCeilings: readonly (DibaoMarginalCeilingEntry & DefaultRowProvenance)[] = [
  {
    region: "430000",
    validFrom: "2021-07-01",
    ceilingPercent: 150,
    source: "民政部 低保边缘家庭认定（最低生活保障边缘家庭和刚性支出困难家庭认定办法）：人均收入原则上不超过当地低保标准 1.5 倍 [param]（domain reference §8; the start date is assumed — replace with the provincial notice）",
    verified: false,
    confidence: "fairlySure",
  },
];
