import { type MapFilesSummary, mapInputs } from "../map-inputs.js";
import type { MapperEvents } from "../mapper.js";
import type { Mapping } from "../mapping.js";
import { fileInput } from "./file-input.js";

/** Maps files on disk through a mapping (see `mapInputs`): each located by its base name. */
export function mapFiles(mapping: Mapping, paths: readonly string[], events: MapperEvents): Promise<MapFilesSummary> {
  return mapInputs(mapping, paths.map(fileInput), events);
}
