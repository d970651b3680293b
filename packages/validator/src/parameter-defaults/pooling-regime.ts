import type { PoolingRegimeEntry } from "../parameters.js";
import type { DefaultRowProvenance } from "./confidence.js";

/**
 * Default pooling regime (统筹层次). The enterprise employee pension pools at provincial
 * level, so a move between two Hunan cities is a registration change (变更登记) without
 * fund transfer (domain reference §10). Medical and unemployment insurance have no row:
 * they pool by city, the rule for divisions no row covers.
 */
export const defaultPoolingRegime: readonly (PoolingRegimeEntry & DefaultRowProvenance)[] = [
  {
    scheme: "pension.employee",
    region: "430000",
    validFrom: "2021-01-01",
    source:
      "Provincial unified collection and payment (省级统收统支) of the enterprise employee pension, national target by the end of 2020 (国发〔2018〕18号 and the 2020 provincial-pooling requirement); domain reference §10. Hunan's own notice not checked: the start date is the latest the national target allows, to be replaced by the agency's figure.",
    confidence: "unsure",
  },
];
