import type { Mapping } from "../mapping.js";
import { type MappingProfile, profileInputs } from "../profile-inputs.js";
import { fileInput } from "./file-input.js";

/** The profile of a mapping over files on disk (see `profileInputs`). */
export function profileFiles(mapping: Mapping, paths: readonly string[]): Promise<MappingProfile> {
  return profileInputs(mapping, paths.map(fileInput));
}
