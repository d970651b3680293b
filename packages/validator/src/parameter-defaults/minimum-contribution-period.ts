import type { MinimumContributionPeriodEntry } from "../parameters.js";
import type { DefaultRowProvenance } from "./confidence.js";

const retirementAgeDecision =
  "全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13) and its 国务院关于渐进式延迟法定退休年龄的办法, art. 3: from 2030-01-01 the minimum rises from 15 years by six months a year to 20 years; domain reference §10.";

/** 15 years plus six months for each year from 2030 until 20 years (2039). */
function risingRows(): (MinimumContributionPeriodEntry & DefaultRowProvenance)[] {
  const rows: (MinimumContributionPeriodEntry & DefaultRowProvenance)[] = [];
  for (let year = 2030; year <= 2039; year++) {
    const months = 180 + 6 * (year - 2029);
    const row = { months, validFrom: `${year}-01-01`, source: retirementAgeDecision, confidence: "fairlySure" as const };
    rows.push(year < 2039 ? { ...row, validUntil: `${year}-12-31` } : row);
  }
  return rows;
}

/**
 * Default minimum contribution period for a monthly employee pension, by the date pension
 * age is reached (最低缴费年限): 15 years (180 months) until 2029, then rising.
 */
export const defaultMinimumContributionPeriod: readonly (MinimumContributionPeriodEntry & DefaultRowProvenance)[] = [
  {
    months: 180,
    validFrom: "1998-01-01",
    validUntil: "2029-12-31",
    source: "国发〔1997〕26号 (15 years of contributions for a monthly basic pension); 人社部发〔2014〕17号 uses the same 15 years for linking; domain reference §7.",
    confidence: "fairlySure",
  },
  ...risingRows(),
];
