import type { TekunStandardRatioEntry } from "../parameters.js";
import type { DefaultRowProvenance } from "./confidence.js";

/** The national floor of the 特困 standard, applied to Hunan until an agency supplies its own table. */
export const tekunStandardRatioDefaults: readonly (TekunStandardRatioEntry & DefaultRowProvenance)[] = [
  {
    region: "430000",
    validFrom: "2016-02-10",
    minimumPercent: 130,
    source: "国务院关于进一步健全特困人员救助供养制度的意见（国发〔2016〕14号）, as read in the CZT-SS domain reference §10: the basic living standard of 特困 persons is at least 1.3 times the local 低保 standard [policy, fairly sure]",
    verified: false,
    confidence: "fairlySure",
  },
];
