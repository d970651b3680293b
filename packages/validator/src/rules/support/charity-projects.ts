import { type DatasetIndex, Kind } from "../../dataset/dataset-index.js";
import type { ProjectEntry } from "../../dataset/index-entry.js";

/**
 * The organisation record a reference names, when it names one (-1 otherwise: an
 * unresolved reference is dataset.unresolved-reference's to report).
 */
export function organisationSlot(index: DatasetIndex, organisationId: string): number {
  const slot = index.slotById(organisationId);
  return slot >= 0 && index.kindOf(slot) === Kind.Organisation ? slot : -1;
}

/** The project of an organisation with this code, or undefined. */
export function projectOf(index: DatasetIndex, organisation: number, code: string): ProjectEntry | undefined {
  return index.extrasOf(organisation).projects?.find((project) => project.code === code);
}
