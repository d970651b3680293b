import { benefitTypeCodes } from "./code-tables.js";

/**
 * Benefits paid because of a death (funeral grant, survivors' grant and pension, the
 * work-injury death grant): agencies often record them against the deceased, so they are
 * lawfully in payment after that person's death. The death rules leave them out.
 */
const paidOnDeath: readonly string[] = ["funeral.grant", "survivors.grant", "workInjury.deathGrant", "workInjury.survivorPension"];

const paidOnDeathIndexes: ReadonlySet<number> = new Set(paidOnDeath.map((code) => benefitTypeCodes.index.get(code) ?? -1));

/** Whether a benefit type (its code-list index + 1, as in the dataset index) is paid on account of a death. */
export function isPaidOnDeath(benefitType: number): boolean {
  return paidOnDeathIndexes.has(benefitType);
}
