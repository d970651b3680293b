import { agencyGroups } from "./agencies.js";
import { assistanceGroups } from "./assistance.js";
import { benefitGroups } from "./benefits.js";
import { deathGroups } from "./deaths.js";
import type { Group } from "./builders.js";
import { careGroups } from "./care.js";
import { codeListGroups } from "./codelists.js";
import { consentGroups } from "./consent.js";
import { contributionGroups } from "./contributions.js";
import { datasetGroups } from "./datasets.js";
import { divisionGroups } from "./divisions.js";
import { envelopeGroups } from "./envelopes.js";
import { householdGroups } from "./households.js";
import { identifierGroups } from "./identifiers.js";
import { inputGroups } from "./input.js";
import { recordGroups } from "./records.js";
import { schemaGroups } from "./schema.js";
import { transferGroups } from "./transfers.js";

/** Every vector file of `conformance/vectors/`, by file name. */
export function buildVectorFiles(schemasDirectory: string): Record<string, Group[]> {
  return {
    "codelists.json": codeListGroups(schemasDirectory),
    "contributions.json": contributionGroups,
    "datasets.json": datasetGroups,
    "identifiers.json": identifierGroups,
    "input.json": inputGroups,
    "records.json": [...recordGroups, ...householdGroups],
    "schema.json": schemaGroups,
    "divisions.json": divisionGroups,
    "envelopes.json": envelopeGroups,
    "agencies.json": agencyGroups,
    "transfers.json": transferGroups,
    "assistance.json": assistanceGroups,
    "benefits.json": benefitGroups,
    "deaths.json": deathGroups,
    "care.json": careGroups,
    "consents.json": consentGroups,
  };
}

/** The text of a vector file as committed: two-space JSON and a final newline. */
export function vectorFileText(groups: Group[]): string {
  return `${JSON.stringify(groups, null, 2)}\n`;
}
