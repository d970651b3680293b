import type { Parameters } from "../parameters.js";
import { tekunStandardRatioDefaults } from "./tekun-standard-ratio.js";
import { defaultMinimumContributionPeriod } from "./minimum-contribution-period.js";
import { defaultPoolingRegime } from "./pooling-regime.js";
import { defaultContributionRates } from "./contribution-rate.js";
import { defaultDibaoMarginalCeilings } from "./dibao-marginal-ceiling.js";
import { defaultReviewIntervals } from "./review-interval.js";

/**
 * The parameter tables the standard ships with default rows (national rules: minimum
 * contribution period, pooling regime, review intervals …). Each default table lives in
 * its own file of this folder, every row with its source and confidence, and is
 * registered here with one line.
 */
export const defaultParameterTables: Partial<Parameters> = {
  tekunStandardRatio: tekunStandardRatioDefaults,
  poolingRegime: defaultPoolingRegime,
  minimumContributionPeriod: defaultMinimumContributionPeriod,
  contributionRate: defaultContributionRates,
  reviewInterval: defaultReviewIntervals,
  dibaoMarginalCeiling: defaultDibaoMarginalCeilings,
};

/**
 * The tables a validation uses: the agency's own tables where it supplies them, the
 * standard's defaults for the others. An agency-supplied table replaces the default
 * table as a whole, so an agency never has to reason about rows mixed from two sources.
 */
export function withDefaultParameters(parameters: Parameters): Parameters {
  return { ...defaultParameterTables, ...parameters };
}
