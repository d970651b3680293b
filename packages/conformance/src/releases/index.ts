/** The arbitraries of each released version of the standard, frozen with the release, by version. */
import * as release_1_0 from "./1.0/index.js";

export const releasedArbitraries = {
  "1.0": release_1_0,
} as const;
