import { assistanceMutators } from "./assistance-mutators.js";
import { benefitMutators } from "./benefit-mutators.js";
import { careMutators } from "./care-mutators.js";
import { consentMutators } from "./consent-mutators.js";
import { datasetMutators } from "./dataset-mutators.js";
import { deathMutators } from "./death-mutators.js";
import { enrolmentMutators } from "./enrolment-mutators.js";
import type { Mutator } from "./mutator.js";
import { personMutators } from "./person-mutators.js";
import { schemaMutators } from "./schema-mutators.js";
import { transferMutators } from "./transfer-mutators.js";

/** One mutator per rule: schema keywords, record rules and dataset rules. */
export const mutationCatalogue: readonly Mutator[] = [
  ...schemaMutators,
  ...personMutators,
  ...enrolmentMutators,
  ...transferMutators,
  ...assistanceMutators,
  ...datasetMutators,
  ...benefitMutators,
  ...deathMutators,
  ...careMutators,
  ...consentMutators,
];

export function mutatorFor(ruleId: string): Mutator | undefined {
  return mutationCatalogue.find((mutator) => mutator.ruleId === ruleId);
}
