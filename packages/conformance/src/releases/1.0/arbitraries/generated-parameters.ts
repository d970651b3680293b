// Frozen with release 1.0 of the standard: a copy of src/arbitraries/generated-parameters.ts as released. Do not edit (see ../index.ts).
import type { CityCode } from "../../../records.js";

/** Synthetic 低保 standards the generator uses (fen per person per month); not official figures. */
export const generatedDibaoStandards: Readonly<Record<CityCode, { "dibao.urban": number; "dibao.rural": number }>> = {
  "430100": { "dibao.urban": 85_000, "dibao.rural": 70_000 },
  "430200": { "dibao.urban": 80_000, "dibao.rural": 65_000 },
  "430300": { "dibao.urban": 78_000, "dibao.rural": 64_000 },
};

/** Contribution-base bounds (fen) the generator's monthly bases stay within. */
export const generatedContributionBase = { lowerBound: 250_000, upperBound: 2_500_000 } as const;

const source = "CZT-SS conformance kit: synthetic figures for generated test data, not an official document";

/**
 * The parameter tables (validator option `parameters`, `czt validate --params`)
 * that generated data is consistent with, so that the table-driven rules run too.
 */
export const generatedParameters = {
  parametersVersion: "1.0",
  publishedBy: "CZT-SS conformance kit",
  description: source,
  contributionBase: (["430100", "430200", "430300"] as const).map((region) => ({
    region,
    validFrom: "1990-01-01",
    ...generatedContributionBase,
    source,
    verified: false,
  })),
  dibaoStandard: (["430100", "430200", "430300"] as const).flatMap((city) =>
    (["dibao.urban", "dibao.rural"] as const).map((programme) => ({
      city,
      programme,
      validFrom: "2020-01-01",
      monthlyStandard: generatedDibaoStandards[city][programme],
      source,
      verified: false,
    })),
  ),
};
